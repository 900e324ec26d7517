using System.Globalization;
using Sitrep.Events.Text;

namespace Sitrep.Events.Coding;

/// <summary>A count phrase: UCDP low/best/high over words [First, Last].</summary>
public sealed record Quantity(int? Low, int? Best, int? High, bool Estimated, int First, int Last);

/// <summary>Numbers, number words, hedges, ranges and vague amounts (table in Resources/MAPPINGS.md).</summary>
public static class QuantityParser
{
    private static readonly Dictionary<string, int> Units = new(StringComparer.Ordinal)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        ["dozen"] = 12,
    };

    private static readonly Dictionary<string, int> Multipliers = new(StringComparer.Ordinal)
    {
        ["hundred"] = 100, ["thousand"] = 1000, ["million"] = 1_000_000,
    };

    private static readonly Dictionary<string, (int Low, int Best)> Vague = new(StringComparer.Ordinal)
    {
        ["dozens"] = (24, 36), ["scores"] = (40, 60), ["hundreds"] = (200, 300), ["thousands"] = (2000, 3000),
        ["several"] = (3, 4), ["millions"] = (2_000_000, 3_000_000),
    };

    /// <summary>The quantity phrase that starts at word <paramref name="i"/>, or null.</summary>
    public static Quantity? At(Word[] w, int i)
    {
        if (i >= w.Length) return null;
        var n = w[i].Norm;
        // hedges
        string? hedge = null;
        var start = i;
        if (n is "at" && Is(w, i + 1, "least")) { hedge = "low"; i += 2; }
        else if (n is "more" or "fewer" or "less" && Is(w, i + 1, "than")) { hedge = n == "more" ? "low" : "high"; i += 2; }
        else if (n is "over") { hedge = "low"; i += 1; }
        else if (n is "up" && Is(w, i + 1, "to")) { hedge = "high"; i += 2; }
        else if (n is "as" && Is(w, i + 1, "many") && Is(w, i + 2, "as")) { hedge = "high"; i += 3; }
        else if (n is "about" or "around" or "nearly" or "almost" or "approximately" or "roughly" or "some" or "estimated" or "approx") { hedge = "about"; i += 1; }
        else if (n is "an" && Is(w, i + 1, "estimated")) { hedge = "about"; i += 2; }
        else if (n is "between")
        {
            var a = Number(w, i + 1);
            if (a.Length > 0 && Is(w, i + 1 + a.Length, "and"))
            {
                var b = Number(w, i + 2 + a.Length);
                if (b.Length > 0 && b.Value >= a.Value)
                {
                    return new Quantity(a.Value, (a.Value + b.Value) / 2, b.Value, false, start, i + 1 + a.Length + b.Length);
                }
            }
            return null;
        }
        if (i >= w.Length) return null;
        if (w[i].Norm is "tens" or "hundreds" && Is(w, i + 1, "of") && (Is(w, i + 2, "thousands") || Is(w, i + 2, "millions")))
        {
            var scale = w[i].Norm == "tens" ? 10 : 100;
            var unit = w[i + 2].Norm == "thousands" ? 1000 : 1_000_000;
            return new Quantity(2 * scale * unit, 3 * scale * unit, null, true, start, i + 2);
        }
        if (Vague.TryGetValue(w[i].Norm, out var vague))
        {
            return new Quantity(vague.Low, vague.Best, null, true, start, i);
        }
        if (w[i].Norm is "a" or "an" && Is(w, i + 1, "few")) return new Quantity(2, 3, null, true, start, i + 1);
        if (w[i].Norm is "a" && Is(w, i + 1, "dozen")) return new Quantity(12, 12, null, true, start, i + 1);
        var num = Number(w, i);
        if (num.Length == 0) return null;
        var end = i + num.Length - 1;
        // ranges "10 to 15", "10-15" (one token), "10 or 12"
        if ((Is(w, end + 1, "to") || Is(w, end + 1, "or") || Is(w, end + 1, "-")) && hedge is null)
        {
            var b = Number(w, end + 2);
            if (b.Length > 0 && b.Value > num.Value)
            {
                return new Quantity(num.Value, (num.Value + b.Value) / 2, b.Value, false, start, end + 1 + b.Length);
            }
        }
        return hedge switch
        {
            "low" => new Quantity(num.Value, num.Value, null, false, start, end),
            "high" => new Quantity(null, num.Value, num.Value, false, start, end),
            "about" => new Quantity(null, num.Value, null, true, start, end),
            _ => new Quantity(num.Value, num.Value, num.Value, false, start, end),
        };
    }

    private static bool Is(Word[] w, int i, string norm) => i < w.Length && w[i].Norm == norm;

    /// <summary>"26", "50,000", "2.5 million", "twenty-six", "three hundred", "a hundred"; a lone "10-15" token is a range.</summary>
    public static (int Value, int Length) Number(Word[] w, int i)
    {
        if (i >= w.Length) return (0, 0);
        var n = w[i].Norm;
        if (n.Length > 0 && char.IsDigit(n[0]))
        {
            var dash = n.IndexOf('-');
            if (dash > 0) n = n[..dash]; // "10-15": the low end; callers see ranges through "-" tokens
            if (!double.TryParse(n.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d)) return (0, 0);
            if (n.EndsWith("mm", StringComparison.Ordinal)) return (0, 0);
            var length = 1;
            if (i + 1 < w.Length && Multipliers.TryGetValue(w[i + 1].Norm, out var m)) { d *= m; length++; }
            return d > int.MaxValue ? (0, 0) : ((int)d, length);
        }
        if (n is "a" && i + 1 < w.Length && Multipliers.TryGetValue(w[i + 1].Norm, out var mult)) return (mult, 2);
        var value = 0;
        var current = 0;
        var j = i;
        while (j < w.Length)
        {
            var word = w[j].Norm;
            var parts = word.Split('-');
            var ok = true;
            foreach (var p in parts)
            {
                if (Units.TryGetValue(p, out var u)) current += u;
                else if (Multipliers.TryGetValue(p, out var mm) && (current > 0 || value > 0)) { current = Math.Max(current, 1) * mm; if (mm >= 1000) { value += current; current = 0; } }
                else { ok = false; break; }
            }
            if (!ok) break;
            j++;
            // "twenty - six" when the tokenizer splits hyphens
            if (j + 1 < w.Length && w[j].Norm == "-" && current % 10 == 0 && current >= 20 && Units.TryGetValue(w[j + 1].Norm, out var unitAfter) && unitAfter < 10) j++;
            if (j < w.Length && w[j].Norm == "and" && j + 1 < w.Length && Units.ContainsKey(w[j + 1].Norm) && (value + current) >= 100) j++;
        }
        return j == i ? (0, 0) : (value + current, j - i);
    }
}
