using System.Net;
using System.Text.RegularExpressions;

namespace Sitrep.Text.Cleaning;

/// <summary>Simple HTML to plain text: tags stripped, block elements become paragraph breaks, &lt;br&gt; a line
/// break, entities decoded; script/style/figure captions dropped. (Page extraction is the ingest stage's job.)</summary>
public static partial class HtmlText
{
    [GeneratedRegex(@"<!--.*?-->|<(script|style|noscript|template|svg|figcaption|head)\b[^>]*>.*?</\1\s*>",
        RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Dropped();

    [GeneratedRegex(@"<\s*br\s*/?\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"</?\s*(p|div|h[1-6]|li|ul|ol|dl|dt|dd|tr|table|thead|tbody|blockquote|section|article|header|footer|aside|nav|figure|hr|pre|main|title|form|address)\b[^>]*>",
        RegexOptions.IgnoreCase)]
    private static partial Regex Block();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"[ \t\f\v\u00A0]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@" *\n *")]
    private static partial Regex SpacedNewline();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex ManyNewlines();

    public static string ToText(string html)
    {
        var text = Dropped().Replace(html, " ");
        // Newlines inside HTML source are just spaces.
        text = text.Replace('\r', ' ').Replace('\n', ' ');
        text = LineBreak().Replace(text, "\n");
        text = Block().Replace(text, "\n\n");
        text = Tag().Replace(text, "");
        text = WebUtility.HtmlDecode(text);
        text = Spaces().Replace(text, " ");
        text = SpacedNewline().Replace(text, "\n");
        text = ManyNewlines().Replace(text, "\n\n");
        return text.Trim();
    }
}
