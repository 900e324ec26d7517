using System.Text.RegularExpressions;

namespace Sitrep.Ingest.Extraction;

/// <summary>Last pass over the collected paragraphs: whole-paragraph boilerplate phrases ("Advertisement",
/// "Like this:"), and the link lists that follow a "You may also like" / "Related" / "Tags" lead-in.</summary>
public static partial class ParagraphFilter
{
    /// <summary>Short paragraphs that are page furniture, never prose.</summary>
    [GeneratedRegex(@"^(advertisement|advertising|anzeige|publicidad|publicité|pubblicità|sponsored|comments?|\d+ comments?|leave a (comment|reply)|" +
                    @"like this:?|like loading\W*|loading\W*|share( this( article| story| post)?)?( on \w+)?:?|tweet|email|print|" +
                    @"skip (the )?ad|continue reading\W*|click here to (subscribe|sign up).*|sign up for .*newsletter.*|" +
                    @"(subscribe|follow) (to|on) .*|back to top|image|photo|video|getty images)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Furniture();

    /// <summary>Lead-ins whose following link-only paragraphs are a list of other stories.</summary>
    [GeneratedRegex(@"^(you (may|might) (also )?(like|enjoy)|related( articles| stories| posts| content| coverage)?|read (more|also|next)|" +
                    @"more (from|on|stories|news)|recommended( for you)?|see also|tags?|topics|trending|most (read|popular))\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkListLeadIn();

    private const double LinkOnly = 0.8;

    public static List<string> Apply(List<(string Text, double LinkDensity)> paragraphs)
    {
        var kept = new List<string>(paragraphs.Count);
        var inLinkList = false;
        foreach (var (text, density) in paragraphs)
        {
            var shortText = text.Length <= 80;
            if (shortText && LinkListLeadIn().IsMatch(text))
            {
                inLinkList = true;
                continue;
            }
            if (inLinkList)
            {
                if (density >= LinkOnly || (text.Length < 400 && text.Contains(", ", StringComparison.Ordinal) && density >= 0.5))
                {
                    continue;
                }
                inLinkList = false;
            }
            if (shortText && Furniture().IsMatch(text))
            {
                continue;
            }
            kept.Add(text);
        }
        return kept;
    }
}
