using System.Globalization;
using System.Text.Json;
using Sitrep.Ingest.Extraction.Dom;

namespace Sitrep.Ingest.Extraction;

/// <summary>What a page says about itself: JSON-LD (NewsArticle and kin), Open Graph and article:* meta tags,
/// plain &lt;meta&gt; names, &lt;time datetime&gt;, &lt;html lang&gt;. First good value wins in that order.</summary>
public sealed record PageMetadata
{
    public string? Title { get; init; }
    public DateOnly? Published { get; init; }
    public string? Byline { get; init; }
    public string? Source { get; init; }
    public string? Language { get; init; }
    public string? Url { get; init; }
    /// <summary>JSON-LD articleBody when the page carries one: a hint for checking the DOM extraction.</summary>
    public string? JsonLdBody { get; init; }

    public static PageMetadata Read(HtmlDocument document)
    {
        var ld = JsonLdArticle.Find(document.JsonLd);
        var found = Scan(document.DocumentElement);
        var meta = found.Meta;
        string? Meta(params string[] keys)
        {
            foreach (var key in keys)
            {
                if (meta.TryGetValue(key, out var v))
                {
                    return v;
                }
            }
            return null;
        }

        var title = ld?.Headline ?? Meta("og:title", "twitter:title", "headline", "dc.title", "title")
            ?? found.FirstH1?.TextContent.Trim() ?? document.Title?.Trim();
        var published = ParseDate(ld?.DatePublished)
            ?? ParseDate(Meta("article:published_time", "og:article:published_time", "datePublished", "pubdate", "publishdate",
                "publish-date", "date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published"))
            ?? ParseDate(found.FirstTimeWithDate);
        var byline = ld?.Author ?? Meta("author", "article:author", "dc.creator", "byl", "parsely-author", "sailthru.author");
        if (byline is not null && byline.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            byline = null; // article:author is often a profile URL
        }
        var lang = document.DocumentElement.GetAttribute("lang") ?? ld?.Language ?? Meta("og:locale", "content-language", "dc.language", "language");
        var url = Meta("og:url") ?? found.Canonical ?? ld?.Url;
        return new PageMetadata
        {
            Title = Clean(title),
            Published = published,
            Byline = Clean(byline),
            Source = Clean(ld?.Publisher ?? Meta("og:site_name", "application-name", "publisher", "dc.publisher")),
            Language = NormaliseLanguage(lang),
            Url = string.IsNullOrWhiteSpace(url) ? null : url.Trim(),
            JsonLdBody = ld?.ArticleBody,
        };
    }

    private sealed record Found(Dictionary<string, string> Meta, HtmlElement? FirstH1, string? FirstTimeWithDate, string? Canonical);

    /// <summary>One walk over the whole page for the elements metadata reads: &lt;meta&gt; (first value per key),
    /// the first &lt;h1&gt;, the first &lt;time datetime&gt;, &lt;link rel=canonical&gt;.</summary>
    private static Found Scan(HtmlElement root)
    {
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        HtmlElement? h1 = null;
        string? time = null, canonical = null;
        var stack = new Stack<HtmlElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            switch (element.LocalName)
            {
                case "meta":
                    var key = element.GetAttribute("property") ?? element.GetAttribute("name") ?? element.GetAttribute("itemprop") ?? element.GetAttribute("http-equiv");
                    var content = element.GetAttribute("content");
                    if (key is not null && !string.IsNullOrWhiteSpace(content))
                    {
                        meta.TryAdd(key.Trim(), content.Trim());
                    }
                    break;
                case "h1":
                    h1 ??= element;
                    break;
                case "time":
                    time ??= element.GetAttribute("datetime");
                    break;
                case "link":
                    if (element.GetAttribute("rel") == "canonical")
                    {
                        canonical ??= element.GetAttribute("href");
                    }
                    break;
            }
            // Children pushed last-first so they pop in document order ("first" means first in the page).
            for (var child = element.LastElementChild; child is not null; child = child.PreviousElementSibling)
            {
                stack.Push(child);
            }
        }
        return new Found(meta, h1, time, canonical);
    }

    private static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var collapsed = string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length > 500 ? collapsed[..500] : collapsed;
    }

    /// <summary>"en-US", "en_GB" → "en".</summary>
    public static string? NormaliseLanguage(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var v = value.Trim();
        var cut = v.IndexOfAny(['-', '_', ',', ';', ' ']);
        if (cut > 0)
        {
            v = v[..cut];
        }
        return v.Length is 2 or 3 && v.All(char.IsAsciiLetter) ? v.ToLowerInvariant() : null;
    }

    /// <summary>ISO 8601 dates and date-times, RFC 1123 (feeds), and a few common plain forms.</summary>
    public static DateOnly? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var v = value.Trim();
        if (v.Length >= 10 && DateOnly.TryParseExact(v.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
        {
            return iso;
        }
        if (v.Length >= 8 && DateOnly.TryParseExact(v.AsSpan(0, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var compact) && (v.Length == 8 || !char.IsDigit(v[8])))
        {
            return compact;
        }
        if (DateTimeOffset.TryParse(v, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var dto))
        {
            return DateOnly.FromDateTime(dto.UtcDateTime);
        }
        // RFC 822 with a zone name DateTimeOffset does not know ("EST"): drop the zone.
        var lastSpace = v.LastIndexOf(' ');
        if (lastSpace > 0 && DateTimeOffset.TryParse(v[..lastSpace], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out dto))
        {
            return DateOnly.FromDateTime(dto.UtcDateTime);
        }
        return null;
    }
}

/// <summary>The first JSON-LD object whose @type is an article (NewsArticle, ReportageNewsArticle, BlogPosting…),
/// looked for in arrays and @graph.</summary>
internal sealed record JsonLdArticle(string? Headline, string? DatePublished, string? Author, string? Publisher, string? ArticleBody, string? Language, string? Url)
{
    public static JsonLdArticle? Find(IReadOnlyList<string> blocks)
    {
        foreach (var text in blocks)
        {
            if (text.Length > 4_000_000)
            {
                continue;
            }
            try
            {
                using var json = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
                if (Search(json.RootElement, 0) is { } found)
                {
                    return found;
                }
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common; the meta tags still speak.
            }
        }
        return null;
    }

    private static JsonLdArticle? Search(JsonElement element, int depth)
    {
        if (depth > 6)
        {
            return null;
        }
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                if (Search(item, depth + 1) is { } found)
                {
                    return found;
                }
            }
            return null;
        }
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        if (IsArticleType(element))
        {
            return new JsonLdArticle(
                Str(element, "headline") ?? Str(element, "name"),
                Str(element, "datePublished") ?? Str(element, "dateCreated"),
                Names(element, "author"),
                Names(element, "publisher"),
                Str(element, "articleBody"),
                Str(element, "inLanguage"),
                Str(element, "url"));
        }
        if (element.TryGetProperty("@graph", out var graph))
        {
            return Search(graph, depth + 1);
        }
        if (element.TryGetProperty("mainEntity", out var main))
        {
            return Search(main, depth + 1);
        }
        return null;
    }

    private static bool IsArticleType(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
        {
            return false;
        }
        static bool Fits(string? t) => t is not null && (t.EndsWith("Article", StringComparison.Ordinal) || t is "BlogPosting" or "Report" or "LiveBlogPosting");
        if (type.ValueKind == JsonValueKind.String)
        {
            return Fits(type.GetString());
        }
        if (type.ValueKind == JsonValueKind.Array)
        {
            foreach (var t in type.EnumerateArray())
            {
                if (t.ValueKind == JsonValueKind.String && Fits(t.GetString()))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static string? Str(JsonElement element, string key) =>
        element.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString()) ? v.GetString() : null;

    private static string? Names(JsonElement element, string key)
    {
        if (!element.TryGetProperty(key, out var v))
        {
            return null;
        }
        var names = new List<string>();
        void Add(JsonElement e)
        {
            if (e.ValueKind == JsonValueKind.String && e.GetString() is { Length: > 0 } s)
            {
                names.Add(s);
            }
            else if (e.ValueKind == JsonValueKind.Object && Str(e, "name") is { } n)
            {
                names.Add(n);
            }
        }
        if (v.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in v.EnumerateArray())
            {
                Add(item);
            }
        }
        else
        {
            Add(v);
        }
        return names.Count == 0 ? null : string.Join(", ", names);
    }
}
