using System.Text.RegularExpressions;

namespace Sitrep.Text.Cleaning;

/// <summary>A dateline at the start of the first body paragraph: "ALEPPO //", "BEIRUT (Reuters) -",
/// "DAMASCUS, Nov 30 (AFP) -", "KABUL, Afghanistan —", "NEW DELHI:".</summary>
public sealed record DatelineMatch(string Place, string? Agency, int Length);

public static partial class Dateline
{
    private const string Month = @"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?";
    private const string Place = @"(?<place>[\p{Lu}][\p{L}.'’\-]*(?:[ ][\p{Lu}][\p{L}.'’\-]*){0,3}(?:,\s*[\p{Lu}][\p{L}.'’\-]*(?:[ ][\p{Lu}][\p{L}.'’\-]*){0,2})?)";

    [GeneratedRegex(@"^" + Place + @"\s*//\s*")]
    private static partial Regex Slashes();

    private static readonly Regex WithAgency = new(
        @"^" + Place + @"(?:,\s*(?<date>" + Month + @"))?\s*\(\s*(?<agency>" + Agencies.Alternation + @")\s*\)\s*(?:[-–—:]+\s*|(?=\p{Lu}))",
        RegexOptions.CultureInvariant);

    /// <summary>A credit in brackets that is no known agency ("BEIRUT (Levant Wire) —"): only with the place in
    /// capitals and a dash or colon after it.</summary>
    [GeneratedRegex(@"^" + Place + @"(?:,\s*(?<date>" + Month + @"))?\s*\(\s*(?<agency>[\p{Lu}][\p{L}&.'’\-]*(?:\s+[\p{Lu}][\p{L}&.'’\-]*){0,3})\s*\)\s*(?:—|–|--|-|:)\s*")]
    private static partial Regex WithOtherCredit();

    [GeneratedRegex(@"^" + Place + @"(?:,\s*(?<date>" + Month + @"))?\s*(?:—|–|--|\s-\s|:\s)\s*")]
    private static partial Regex Bare();

    /// <summary>The dateline at the start of <paramref name="paragraph"/>, or null.</summary>
    public static DatelineMatch? Find(string paragraph)
    {
        foreach (var (regex, needsAgency) in new[] { (Slashes(), false), (WithAgency, true), (WithOtherCredit(), false), (Bare(), false) })
        {
            var m = regex.Match(paragraph);
            if (!m.Success) continue;
            var place = m.Groups["place"].Value.Trim();
            // The place opens in capitals ("KABUL, Afghanistan"), so a sentence such as "Officials said — …" is no dateline;
            // with an agency credit in brackets a mixed-case place ("Aleppo (AFP)") is accepted.
            if (place.Length is < 2 or > 40 || (!needsAgency && !FirstWordIsCapitals(place))) continue;
            if (m.Length >= paragraph.Length) continue; // nothing after it: not a dateline
            if (NotPlaces.Contains(place)) continue;
            var agency = m.Groups["agency"].Success ? m.Groups["agency"].Value : null;
            return new DatelineMatch(place, agency, m.Length);
        }
        return null;
    }

    [GeneratedRegex(@"^(?<place>[\p{Lu}][\p{Lu}.'’\-]*(?:[ ][\p{Lu}][\p{Lu}.'’\-]*){0,3},\s*[\p{Lu}][\p{L}.'’\-]*(?:[ ][\p{Lu}][\p{L}.'’\-]*){0,2})$")]
    private static partial Regex StandalonePlace();

    /// <summary>A line that is only a dateline place in capitals with its country or state ("BAAR, SWITZERLAND").</summary>
    public static string? FindStandalone(string line)
    {
        if (line.Length > 40) return null;
        var m = StandalonePlace().Match(line);
        return m.Success ? m.Groups["place"].Value : null;
    }

    /// <summary>Capitalised labels that open a paragraph like a dateline but name no place ("UPDATE: …").</summary>
    private static readonly HashSet<string> NotPlaces = new(StringComparer.OrdinalIgnoreCase)
    {
        "NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE", "UPDATE", "UPDATED", "BREAKING", "BREAKING NEWS", "WATCH", "EXCLUSIVE",
        "ANALYSIS", "OPINION", "LIVE", "VIDEO", "PHOTOS", "READ", "CORRECTION", "FACTBOX", "EXPLAINER", "INTERVIEW",
        "FILE", "ADVERTISEMENT", "WARNING", "ALERT", "URGENT", "FLASH", "RECAP", "SUMMARY", "Q&A",
    };

    private static bool FirstWordIsCapitals(string place)
    {
        var letters = 0;
        foreach (var c in place)
        {
            if (c is ' ' or ',') break;
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c)) return false;
                letters++;
            }
        }
        return letters >= 2;
    }
}
