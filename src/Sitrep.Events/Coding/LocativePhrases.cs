using Sitrep.Events.Text;

namespace Sitrep.Events.Coding;

/// <summary>A written place chain after a locative ("in the Dushakha area of Zhari district, Kandahar",
/// "in east Aleppo"): its names, most specific first, and the words it spans.</summary>
public sealed record LocativeChain(List<(int First, int Last)> Names, int First, int Last);

public static class LocativePhrases
{
    private static readonly HashSet<string> Starters = new(StringComparer.Ordinal) { "in", "at", "near", "outside", "around", "into", "across", "inside" };
    private static readonly HashSet<string> Skips = new(StringComparer.Ordinal)
    {
        "the", "east", "west", "north", "south", "eastern", "western", "northern", "southern", "central", "north-east", "north-west",
        "south-east", "south-west", "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
        "southeastern", "southwestern", "downtown", "rural", "parts", "part", "of", "outskirts", "town", "city", "village", "district",
        // "in the area of X", "in the vicinity of X", "in the hamlet of X"
        "area", "areas", "vicinity", "surroundings", "countryside", "hamlet", "hamlets", "villages", "towns", "locality", "localities",
        "commune", "communes", "forest", "entrance",
        // "in the rebel-held town of X", "in the besieged city of X"
        "besieged", "embattled", "nearby", "neighbouring", "neighboring", "strategic", "key", "northwestern", "small", "remote",
    };

    /// <summary>"rebel-held", "Kurdish-controlled" (three tokens): who holds the place, between the locative and its
    /// name. Returns how many words to pass over, 0 when there is no such phrase at <paramref name="j"/>.</summary>
    private static int HeldBy(Word[] w, int j) =>
        j + 2 < w.Length && w[j + 1].Norm == "-" && w[j + 2].Norm is "held" or "controlled" or "run" or "dominated" && !w[j].IsPunct ? 3 : 0;
    private static readonly HashSet<string> Units = new(StringComparer.Ordinal)
    {
        "area", "areas", "village", "villages", "district", "districts", "city", "town", "province", "provinces", "county", "region",
        "governorate", "neighbourhood", "neighborhood", "camp", "sub-county", "subcounty", "commune", "department", "municipality",
        "state", "ward", "locality", "market", "division", "prefecture", "zone", "settlement", "suburb", "township", "valley", "island",
        "counties", "center", "centre", "border", "front", "frontline", "outskirts", "sector",
    };
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
        "may", "june", "july", "august", "september", "october", "november", "december", "the",
    };

    public static List<LocativeChain> Find(Word[] w, Func<int, int, bool> isActor)
    {
        var chains = new List<LocativeChain>();
        for (var i = 0; i < w.Length; i++)
        {
            if (!Starters.Contains(w[i].Norm)) continue;
            var names = new List<(int, int)>();
            var j = i + 1;
            while (j < w.Length)
            {
                while (j < w.Length)
                {
                    if (HeldBy(w, j) is > 0 and var held) j += held;
                    else if (Skips.Contains(w[j].Norm) && !w[j].Capitalized || w[j].Norm is "the") j++;
                    else break;
                }
                if (j >= w.Length || !IsName(w[j])) break;
                var s = j;
                j = NameEnd(w, j, w.Length);
                if (isActor(w[s].Start, w[j - 1].End)) break;
                names.Add((s, j - 1));
                // unit words, "of", ",", "(…)" continue the chain
                var k = j;
                while (k < w.Length && Units.Contains(w[k].Norm)) k++;
                if (k < w.Length && w[k].Norm == "(")
                {
                    var close = k;
                    while (close < w.Length && w[close].Norm != ")") close++;
                    AddParenthesisNames(w, k + 1, close, names);
                    k = Math.Min(w.Length, close + 1);
                }
                if (k < w.Length && (w[k].Norm is "of" or "," or "in")) { j = k + 1; continue; }
                j = k;
                break;
            }
            if (names.Count > 0) chains.Add(new LocativeChain(names, i, names[^1].Item2));
            i = Math.Max(i, j - 1);
        }
        return chains;
    }

    /// <summary>ACLED's "Villa Nueva (Mendoza)", "Buruku (Chikun LGA, Kaduna)": the units inside the parenthesis are the
    /// chain's next parts — when it holds only names, commas and unit words ("(VoJ reported 1 fatality)" adds nothing).</summary>
    private static void AddParenthesisNames(Word[] w, int from, int close, List<(int, int)> names)
    {
        if (close >= w.Length || close == from) return;
        for (var k = from; k < close; k++)
        {
            if (!(IsName(w[k]) || w[k].Norm is "," or "-" or "/" or "&" || Units.Contains(w[k].Norm) || Connectors(w, k) > 0)) return;
        }
        var j = from;
        while (j < close)
        {
            if (!IsName(w[j])) { j++; continue; }
            var s = j;
            j = NameEnd(w, j, close);
            names.Add((s, j - 1));
        }
    }

    /// <summary>The end (exclusive) of the name starting at <paramref name="j"/>: capitalised words and the lower-case
    /// connectors between them, before <paramref name="limit"/>.</summary>
    private static int NameEnd(Word[] w, int j, int limit)
    {
        while (j < limit)
        {
            if (IsName(w[j])) { j++; continue; }
            var joined = Connectors(w, j);
            if (joined == 0) break;
            j += joined;
        }
        return j;
    }

    private static readonly HashSet<string> LeadOpeners = new(StringComparer.Ordinal) { "on", "around", "between", "overnight", "during", "from", "since", "sometime", "late", "early" };

    /// <summary>ACLED's lead "On 3 May 2020, in Garcia, Nuevo Leon, armed men …" / "Around 3 May 2020 (as reported), at
    /// X": the chain right after the note's opening date clause, which names the event's place (later places are
    /// neighbourhoods, roads, home towns). Null when the sentence does not open that way.</summary>
    public static LocativeChain? Lead(Word[] w)
    {
        if (w.Length < 4 || !LeadOpeners.Contains(w[0].Norm)) return null;
        var depth = 0;
        for (var i = 1; i + 1 < w.Length && i < 24; i++)
        {
            if (w[i].Norm == "(") depth++;
            else if (w[i].Norm == ")") depth--;
            else if (w[i].Norm == "," && depth == 0)
            {
                if (!Starters.Contains(w[i + 1].Norm)) return null;
                foreach (var chain in Find(w, static (_, _) => false))
                {
                    if (chain.First == i + 1) return chain;
                }
                return null;
            }
        }
        return null;
    }

    /// <summary>Lower-case words inside a name when a name follows: "Kafr al Hamra", "Buena Vista de la Salud", "Leon de
    /// los Aldama", "Santa Terezinha do Itaipu". Returns how many words join (0 = none).</summary>
    private static int Connectors(Word[] w, int j)
    {
        var k = j;
        while (k < w.Length && k - j < 2 && w[k].Norm is "al" or "el" or "de" or "-" or "ad" or "la" or "los" or "las" or "del" or "do" or "da" or "dos" or "das") k++;
        return k > j && k < w.Length && IsName(w[k]) ? k - j : 0;
    }

    private static bool IsName(in Word w) => w.Capitalized && !w.IsPunct && !NotNames.Contains(w.Norm);
}
