using System.Text.RegularExpressions;

namespace Sitrep.Text.Cleaning;

/// <summary>Agency credits at the end of an article: a line "* Agence France-Presse", "— AP", "(Reuters)", a
/// credit glued to the last paragraph ("… a proposal. (AFP)"), and wire sign-offs ("(Reporting by …)").</summary>
public static partial class Credits
{
    private static readonly Regex CreditLine = new(
        @"^[\s*•·\-–—(\[]*(?:(?:source|credit|copyright|©)\s*:?\s*)?(?:©\s*)?(?<agency>" + Agencies.Alternation + @")[\s)\].]*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex GluedCredit = new(
        @"(?<=[.!?""”’])\s+(?:[-–—]\s*|\()(?<agency>" + Agencies.Alternation + @")\)?\s*$",
        RegexOptions.CultureInvariant);

    [GeneratedRegex(@"^\(?\s*(?:\(?(?:additional\s+)?(?:reporting|writing|editing|compiled|compiling)\s+by\b|with\s+(?:files|reporting)\s+from\b|" +
                    @"(?:[-–—]\s*)?with\s+(?:AFP|AP|Reuters)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex SignOff();

    [GeneratedRegex(@"reporting by|editing by", RegexOptions.IgnoreCase)]
    private static partial Regex ReutersSignOff();

    /// <summary>The full agency name when the whole line is a credit, else null.</summary>
    public static string? CreditOnly(string line)
    {
        var m = CreditLine.Match(line);
        if (!m.Success) return null;
        // "AP" or "AFP" alone must be in capitals, so the word "ap" in some chat line is not a credit.
        var agency = m.Groups["agency"].Value;
        if (agency.Length <= 3 && agency != agency.ToUpperInvariant()) return null;
        return Agencies.FullName(agency);
    }

    /// <summary>A sign-off line ("(Reporting by …; Editing by …)", "With AFP"); <paramref name="impliedSource"/>
    /// is "Reuters" for its reporting/editing credits.</summary>
    public static bool IsSignOff(string line, out string? impliedSource)
    {
        impliedSource = null;
        if (!SignOff().IsMatch(line) || line.Length > 300) return false;
        if (line.StartsWith('(') && ReutersSignOff().IsMatch(line)) impliedSource = "Reuters";
        return true;
    }

    /// <summary>Strips a credit glued to a paragraph's end; returns the agency's full name or null.</summary>
    public static string? StripGlued(ref string paragraph)
    {
        var m = GluedCredit.Match(paragraph);
        if (!m.Success) return null;
        var name = Agencies.FullName(m.Groups["agency"].Value);
        if (name is null) return null;
        paragraph = paragraph[..m.Index].TrimEnd();
        return name;
    }
}
