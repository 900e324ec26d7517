namespace Sitrep.Ingest.Extraction.Dom;

/// <summary>The HTML5 element categories the tree builder needs, and interning of tag and attribute names.</summary>
internal static class HtmlNames
{
    private static readonly HashSet<string> Void = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "keygen", "basefont", "bgsound", "frame", "image",
    };

    /// <summary>Raw text: content up to the matching end tag is not markup. Script-like ones are dropped unread.</summary>
    private static readonly HashSet<string> SkippedRawText = new(StringComparer.Ordinal)
    {
        "script", "style", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext",
    };

    /// <summary>HTML5 "special" elements: an unknown inline end tag does not close across them.</summary>
    private static readonly HashSet<string> Special = new(StringComparer.Ordinal)
    {
        "address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote", "body", "br", "button",
        "caption", "center", "col", "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt", "embed", "fieldset", "figcaption",
        "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr",
        "html", "iframe", "img", "input", "keygen", "li", "link", "listing", "main", "marquee", "menu", "meta", "nav", "noembed",
        "noframes", "noscript", "object", "ol", "p", "param", "plaintext", "pre", "script", "search", "section", "select", "source",
        "style", "summary", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "title", "tr", "track", "ul",
        "wbr", "xmp",
    };

    /// <summary>Start tags that close an open &lt;p&gt; (in button scope).</summary>
    private static readonly HashSet<string> ClosesParagraph = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption",
        "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p", "search", "section", "summary", "ul",
        "h1", "h2", "h3", "h4", "h5", "h6", "pre", "listing", "form", "plaintext", "table", "hr", "li", "dd", "dt", "xmp",
    };

    private static readonly HashSet<string> Formatting = new(StringComparer.Ordinal)
    {
        "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u",
    };

    /// <summary>Elements whose start tag, before &lt;body&gt;, stays in &lt;head&gt;.</summary>
    private static readonly HashSet<string> HeadContent = new(StringComparer.Ordinal)
    {
        "meta", "link", "title", "script", "style", "base", "noscript", "template", "basefont", "bgsound",
    };

    /// <summary>Attributes the extractor reads; the rest are never materialised.</summary>
    private static readonly HashSet<string> KeptAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "class", "id", "style", "hidden", "aria-hidden", "role", "itemprop", "href", "content", "property",
        "name", "http-equiv", "datetime", "lang", "rel", "charset", "type",
    };

    private static readonly HashSet<string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font", "i", "ins", "kbd", "mark",
        "q", "rp", "rt", "ruby", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var",
        "label", "svg", "math", "path", "g", "use", "circle", "rect", "polygon", "symbol", "defs", "picture", "video", "audio",
        "canvas", "map", "object", "optgroup", "option", "select", "textarea", "template", "title", "button", "input", "dialog",
        "html", "head", "body", "script", "style", "noscript", "iframe", "figure", "figcaption",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownLookup = BuildLookup();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AttributeLookup = KeptAttributes.GetAlternateLookup<ReadOnlySpan<char>>();

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BuildLookup()
    {
        foreach (var set in new[] { Void, SkippedRawText, Special, ClosesParagraph, Formatting, HeadContent })
        {
            Known.UnionWith(set);
        }
        return Known.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The lower-case tag name, shared (not allocated) for the common ones.</summary>
    public static string TagName(ReadOnlySpan<char> raw) =>
        KnownLookup.TryGetValue(raw, out var name) ? name : raw.ToString().ToLowerInvariant();

    /// <summary>The interned lower-case attribute name, or null for attributes not kept.</summary>
    public static string? KeptAttribute(ReadOnlySpan<char> raw) => AttributeLookup.TryGetValue(raw, out var name) ? name : null;

    public static bool IsVoid(string name) => Void.Contains(name);
    public static bool IsSkippedRawText(string name) => SkippedRawText.Contains(name);
    public static bool IsSpecial(string name) => Special.Contains(name);
    public static bool IsFormatting(string name) => Formatting.Contains(name);
    public static bool IsHeadContent(string name) => HeadContent.Contains(name);
    public static bool IsClosingParagraph(string name) => ClosesParagraph.Contains(name);

    public static bool IsHeading(string name) => name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";

    /// <summary>HTML5 "has an element in scope" boundaries.</summary>
    public static bool IsScopeBoundary(string name) =>
        name is "html" or "table" or "td" or "th" or "caption" or "template" or "object" or "applet" or "marquee";
}
