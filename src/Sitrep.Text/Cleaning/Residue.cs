using System.Text.RegularExpressions;

namespace Sitrep.Text.Cleaning;

/// <summary>Recognisers for what page templates and photo desks leave in article text: "Show more" / "Read more"
/// widgets, share buttons, advertisement labels, photo credits and captions.</summary>
public static partial class Residue
{
    [GeneratedRegex(@"^(?:show more|show less|read more|see more|load more|advertisement|advertisements|advert|sponsored|" +
                    @"story continues below(?: advertisement)?|continue reading(?: below)?|scroll to continue(?: with content)?|" +
                    @"skip (?:to (?:main )?content|advertisement)|share this (?:article|story|page)|share(?: article| story)?|" +
                    @"click to share|tweet|print|copy link|link copied|comments?|\d+ comments?|listen to (?:this )?article|" +
                    @"subscribe(?: now)?|sign up(?: now)?|recommended|most read|related(?: articles| stories| content)?|" +
                    @"more on this story|top stories|watch|video|gallery|photos?)\.?:?$",
        RegexOptions.IgnoreCase)]
    private static partial Regex BoilerplateLine();

    [GeneratedRegex(@"^(?:read more|more|related|see also|also read|read also|watch|listen|recommended|more on this|" +
                    @"click here|sign up|subscribe)\s*[:>»|]\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex TeaserLine();

    [GeneratedRegex(@"(?:show more|read more|see more|show less)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex GluedExpander();

    private const string Networks = "facebook|twitter|whatsapp|e-?mail|linkedin|reddit|pinterest|print|copy|link|tweet|messenger|" +
                                    "telegram|x|flipboard|tumblr|sms|share|shares|this|article|story|on|click|to|opens|in|new|window|" +
                                    "the|via|bluesky|threads|mail|copied|save";

    [GeneratedRegex(@"^[\s|•·,()]*(?:(?:" + Networks + @")[\s|•·,()]*)+$", RegexOptions.IgnoreCase)]
    private static partial Regex ShareWords();

    [GeneratedRegex(@"facebook|twitter|whatsapp|linkedin|reddit|pinterest|telegram|share", RegexOptions.IgnoreCase)]
    private static partial Regex ShareAnchor();

    [GeneratedRegex(@"^(?:photo|photos|photograph|picture|pictured|image|images|credit|caption|file photo|top photo|main photo|" +
                    @"video|graphic|illustration)(?: credit)?\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex CaptionLabel();

    private const string PhotoAgencies = @"AFP|AP|REUTERS|Reuters|EPA|EPA-EFE|Getty Images|GETTY IMAGES|Getty|Anadolu(?: Agency)?|" +
                                         @"AFP via Getty Images|Xinhua|SANA|ANADOLU|DPA|dpa|UPI|Shutterstock|Alamy|" +
                                         @"NurPhoto|SOPA Images|Bloomberg|IMAGO|imago|[A-Z]{2,6}";

    /// <summary>"George Ourfalian / AFP", "Staff / AFP", "AFP/Getty Images", "Photo by Jane Doe/Reuters" at a line's end.</summary>
    [GeneratedRegex(@"(?:^|[\s.,;(])(?:(?:[Pp]hoto|PHOTO|[Pp]icture|[Ii]mage)s?\s*(?:by|:)\s*)?(?:[\p{Lu}][\p{L}'’.\-]*(?:\s+[\p{Lu}][\p{L}'’.\-]*){0,3}\s*/\s*)?(?:" +
                    PhotoAgencies + @")(?:\s*/\s*(?:" + PhotoAgencies + @"))?(?:\s+(?:[Pp]hoto|PHOTO|[Pp]ool|POOL|[Ff]ile|FILE))?\s*\)?\s*$")]
    private static partial Regex CreditAtEnd();

    /// <summary>Reuters and EPA style, agency first: "… March 5, 2024. REUTERS/Abdullah Qasim".</summary>
    [GeneratedRegex(@"(?:^|[\s.,;(])(?:REUTERS|AFP|AP|EPA|EPA-EFE|ANADOLU|XINHUA|SANA)\s*/\s*[\p{Lu}][\p{L}'’.\-]*(?:\s+[\p{Lu}][\p{L}'’.\-]*){0,3}\s*\)?\s*$")]
    private static partial Regex AgencyFirstCredit();

    [GeneratedRegex(@"\((?:photo|photograph|picture|image|credit)s?\s*(?:by|:|credit:)[^)]*\)", RegexOptions.IgnoreCase)]
    private static partial Regex PhotoParenthetical();

    public static bool IsBoilerplate(string line) =>
        BoilerplateLine().IsMatch(line) || TeaserLine().IsMatch(line)
        || (line.Length <= 120 && ShareWords().IsMatch(line) && ShareAnchor().IsMatch(line));

    /// <summary>"Read more" alone on a line: the next line is the teaser headline it pointed to.</summary>
    public static bool IsTeaserLead(string line) =>
        line.Equals("read more", StringComparison.OrdinalIgnoreCase) || line.Equals("related", StringComparison.OrdinalIgnoreCase)
        || line.Equals("see also", StringComparison.OrdinalIgnoreCase) || line.Equals("more on this story", StringComparison.OrdinalIgnoreCase)
        || line.Equals("read more:", StringComparison.OrdinalIgnoreCase) || line.Equals("related:", StringComparison.OrdinalIgnoreCase);

    /// <summary>The line without a glued "Show more" tail ("…regime forces lShow more"), or null if it has none.</summary>
    public static string? WithoutExpander(string line)
    {
        var m = GluedExpander().Match(line);
        return m.Success && m.Index > 0 ? line[..m.Index].TrimEnd() : null;
    }

    /// <summary>A caption line: labelled ("Photo: …"), carrying a photo parenthetical, or ending in a credit
    /// ("… on November 30, 2016. George Ourfalian / AFP").</summary>
    public static bool IsCaption(string line)
    {
        if (CaptionLabel().IsMatch(line) || PhotoParenthetical().IsMatch(line) || AgencyFirstCredit().IsMatch(line)) return true;
        var m = CreditAtEnd().Match(line);
        if (!m.Success) return false;
        var credit = line[m.Index..].Trim(' ', '.', ',', ';', '(', ')');
        // A slash credit ("Name / AFP"), or a bare agency closing a line that does not end a sentence ("… 2016 AFP").
        if (credit.Contains('/')) return true;
        if (credit.StartsWith("photo", StringComparison.OrdinalIgnoreCase) || credit.StartsWith("picture", StringComparison.OrdinalIgnoreCase)
            || credit.StartsWith("image", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        return credit.Length == line.Trim().Length && credit.Length <= 40 && Agencies.FullName(credit) is null;
    }
}
