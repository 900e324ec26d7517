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
                    @"(subscribe|follow) (to|on) .*|back to top|image|photo|video|getty images|adverts?|this slideshow requires javascript\W*|" +
                    @"like this (story|article)\?.*|tell us what you think\W*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Furniture();

    /// <summary>Lead-ins whose following link-only paragraphs are a list of other stories.</summary>
    [GeneratedRegex(@"^(you (may|might) (also )?(like|enjoy)|related( articles| stories| posts| content| coverage)?|read (more|also|next)|" +
                    @"more (from|on|stories|news)|recommended( for you)?|see also|tags?|topics|trending|most (read|popular)|don.t miss|must read)\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkListLeadIn();

    /// <summary>"READ MORE: other story" — a link to elsewhere with a label.</summary>
    [GeneratedRegex(@"^(read|see|watch|listen|more|also|related)( more| also| on [\w.]+)?\s*:\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelledLink();

    private const double LinkOnly = 0.8;

    public static List<string> Apply(List<(string Text, double LinkDensity)> paragraphs, string? title = null)
    {
        var kept = new List<string>(paragraphs.Count);
        var inLinkList = false;
        foreach (var (text, density) in paragraphs)
        {
            if (kept.Count < 2 && title is not null && SameWords(text, title))
            {
                continue;
            }
            if (density >= 0.3 && text.Length < 300 && LabelledLink().IsMatch(text))
            {
                continue;
            }
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

    /// <summary>Equal ignoring case, punctuation and spacing.</summary>
    private static bool SameWords(string a, string b)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < a.Length && !char.IsLetterOrDigit(a[i]))
            {
                i++;
            }
            while (j < b.Length && !char.IsLetterOrDigit(b[j]))
            {
                j++;
            }
            if (i == a.Length || j == b.Length)
            {
                return i == a.Length && j == b.Length;
            }
            if (char.ToLowerInvariant(a[i]) != char.ToLowerInvariant(b[j]))
            {
                return false;
            }
            i++;
            j++;
        }
    }
}
