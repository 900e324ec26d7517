using Sitrep.Ingest.Extraction.Dom;

namespace Sitrep.Ingest.Extraction;

/// <summary>What an element's class and id words say about it. Matching is on words ("article-body" →
/// "article", "body"), not substrings, so "shadow" never reads as "ad" and "headline" never as "head".</summary>
public static class ClassSignals
{
    /// <summary>Boilerplate regions: removed before scoring unless they also look like content.</summary>
    private static readonly HashSet<string> Unlikely = new(StringComparer.OrdinalIgnoreCase)
    {
        "comment", "comments", "commentlist", "disqus", "respond", "replies", "reply", "discussion",
        "share", "sharing", "sharebar", "sharedaddy", "social", "socials", "sociallinks", "addthis", "likes", "jetpack", "wabtn",
        "related", "relatedposts", "recommended", "recommendations", "recirc", "recirculation", "outbrain", "taboola", "trending", "popular",
        "mostread", "mostpopular", "readmore", "morestories", "also", "next", "prev",
        "sidebar", "sidebars", "aside", "rail",
        "footer", "foot", "masthead", "menu", "nav", "navbar", "navigation", "breadcrumb", "breadcrumbs", "pagination", "pager",
        "newsletter", "subscribe", "subscription", "signup", "paywall", "promo", "promotion", "promoted", "sponsor", "sponsored",
        "advert", "advertisement", "advertising", "ad", "ads", "adslot", "adunit", "dfp", "gpt", "banner", "skyscraper",
        "cookie", "cookies", "gdpr", "consent", "popup", "modal", "overlay", "toolbar", "print", "rss",
        "caption", "figcaption", "credit", "credits", "copyright", "byline", "author", "authors", "bio", "dateline",
        "tags", "tag", "keywords", "topics", "categories", "meta", "metadata", "timestamp", "published",
        "hidden", "hide", "visually", "sronly", "screenreader", "offscreen",
    };

    /// <summary>Words that mark the article container.</summary>
    private static readonly HashSet<string> Positive = new(StringComparer.OrdinalIgnoreCase)
    {
        "article", "articlebody", "body", "content", "entry", "hentry", "main", "post", "text", "story", "storybody",
        "blog", "richtext", "prose", "copy", "paragraph", "paragraphs",
    };

    public static ClassSignal Of(HtmlElement element)
    {
        var signal = ClassSignal.None;
        Scan(element.GetAttribute("class"), ref signal);
        Scan(element.Id, ref signal);
        var role = element.GetAttribute("role");
        if (role is "navigation" or "complementary" or "contentinfo" or "banner" or "dialog" or "alert" or "menu" or "menubar")
        {
            signal |= ClassSignal.Unlikely;
        }
        if (role is "main" or "article")
        {
            signal |= ClassSignal.Positive;
        }
        var prop = element.GetAttribute("itemprop");
        if (prop is "articleBody" or "text" or "reviewBody")
        {
            signal |= ClassSignal.Positive | ClassSignal.Strong;
        }
        else if (prop is "datePublished" or "dateModified" or "dateCreated" or "author" or "publisher" or "keywords")
        {
            signal |= ClassSignal.Unlikely;
        }
        return signal;
    }

    private static void Scan(string? value, ref ClassSignal signal)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }
        var span = value.AsSpan();
        var start = -1;
        for (var i = 0; i <= span.Length; i++)
        {
            var c = i < span.Length ? span[i] : ' ';
            var wordChar = char.IsLetter(c);
            if (wordChar && start >= 0 && char.IsUpper(c) && char.IsLower(span[i - 1]))
            {
                // camelCase: "newsCaption" is "news" + "Caption".
                Classify(span[start..i], ref signal);
                start = i;
            }
            if (wordChar && start < 0)
            {
                start = i;
            }
            else if (!wordChar && start >= 0)
            {
                Classify(span[start..i], ref signal);
                start = -1;
            }
        }
        // Also test the whole joined class name words ("article__body" as "articlebody").
        if (value.Length <= 64)
        {
            Span<char> joined = stackalloc char[value.Length];
            var n = 0;
            foreach (var c in span)
            {
                if (char.IsLetter(c))
                {
                    joined[n++] = c;
                }
                else if (c == ' ')
                {
                    Classify(joined[..n], ref signal);
                    n = 0;
                }
            }
            Classify(joined[..n], ref signal);
        }
    }

    private static void Classify(ReadOnlySpan<char> word, ref ClassSignal signal)
    {
        if (word.Length < 2 || word.Length > 40)
        {
            return;
        }
        var lookupUnlikely = Unlikely.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookupUnlikely.Contains(word))
        {
            signal |= ClassSignal.Unlikely;
        }
        var lookupPositive = Positive.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookupPositive.Contains(word))
        {
            signal |= ClassSignal.Positive;
        }
    }
}

[Flags]
public enum ClassSignal
{
    None = 0,
    Unlikely = 1,
    Positive = 2,
    /// <summary>Explicit article-body markup (itemprop="articleBody").</summary>
    Strong = 4,
}
