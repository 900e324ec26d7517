using System.Xml;
using System.Xml.Linq;
using Sitrep.Core.Pipeline;
using Sitrep.Ingest.Extraction;

namespace Sitrep.Ingest.Readers;

/// <summary>RSS 2.0 and Atom feeds. Each item becomes an article from its full content (content:encoded,
/// atom:content) — or, when the item only carries a teaser, from the linked page if that page is on disk
/// (a relative path, a file: URL, or an http URL whose last path segment names a file beside the feed).</summary>
public static class FeedReader
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    /// <summary>Teasers shorter than this (in characters of markup) make the reader look for the linked page.</summary>
    private const int TeaserLength = 400;

    public static bool LooksLikeFeed(ReadOnlySpan<char> head) =>
        head.Contains("<rss", StringComparison.OrdinalIgnoreCase)
        || (head.Contains("<feed", StringComparison.OrdinalIgnoreCase) && head.Contains("http://www.w3.org/2005/Atom", StringComparison.Ordinal));

    public static IEnumerable<IngestItem> Read(string text, string name, string? directory)
    {
        XDocument doc;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, MaxCharactersFromEntities = 1024 };
            using var reader = XmlReader.Create(new StringReader(text), settings);
            doc = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            return [IngestItem.Failed(name, $"not a well-formed feed ({e.Message})")];
        }
        var root = doc.Root;
        if (root is null)
        {
            return [IngestItem.Failed(name, "empty feed")];
        }
        var items = root.Name == Atom + "feed" ? root.Elements(Atom + "entry") : root.Descendants("item");
        var channelTitle = root.Name == Atom + "feed"
            ? root.Element(Atom + "title")?.Value
            : root.Element("channel")?.Element("title")?.Value;
        var channelLanguage = root.Element("channel")?.Element("language")?.Value ?? root.Attribute(XNamespace.Xml + "lang")?.Value;
        var result = new List<IngestItem>();
        var index = 0;
        foreach (var item in items)
        {
            index++;
            result.Add(ReadItem(item, $"{name}#{index}", directory, channelTitle, channelLanguage));
        }
        if (index == 0)
        {
            result.Add(IngestItem.Failed(name, "feed has no items"));
        }
        return result;
    }

    private static IngestItem ReadItem(XElement item, string origin, string? directory, string? channelTitle, string? channelLanguage)
    {
        var isAtom = item.Name == Atom + "entry";
        string? title, link, published, author, content;
        if (isAtom)
        {
            title = item.Element(Atom + "title")?.Value;
            link = (item.Elements(Atom + "link").FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate") ?? item.Element(Atom + "link"))?.Attribute("href")?.Value;
            published = item.Element(Atom + "published")?.Value ?? item.Element(Atom + "updated")?.Value;
            author = item.Element(Atom + "author")?.Element(Atom + "name")?.Value;
            content = item.Element(Atom + "content")?.Value ?? item.Element(Atom + "summary")?.Value;
        }
        else
        {
            title = item.Element("title")?.Value;
            link = item.Element("link")?.Value ?? item.Element("guid")?.Value;
            published = item.Element("pubDate")?.Value ?? item.Element(Dc + "date")?.Value;
            author = item.Element(Dc + "creator")?.Value ?? item.Element("author")?.Value;
            content = item.Element(Content + "encoded")?.Value ?? item.Element("description")?.Value;
        }
        link = link?.Trim();
        var id = isAtom ? item.Element(Atom + "id")?.Value : item.Element("guid")?.Value;
        var article = new RawArticle
        {
            Content = content ?? "",
            IsHtml = true,
            Title = Trimmed(title),
            Url = link,
            Published = PageMetadata.ParseDate(published),
            Byline = Trimmed(author),
            Source = Trimmed(channelTitle),
            Language = PageMetadata.NormaliseLanguage(channelLanguage),
            ExternalId = Trimmed(id) ?? link,
            Origin = origin,
        };
        if ((content is null || content.Length < TeaserLength) && LocalPage(link, directory) is { } page)
        {
            var bytes = File.ReadAllBytes(page);
            var decoded = TextDecoder.Decode(bytes, null, sniffMeta: true);
            if (decoded.Error is not null)
            {
                return IngestItem.Failed(origin, $"linked page {page}: {decoded.Error}");
            }
            return IngestItem.Ok(article with { Content = decoded.Text!, Origin = $"{origin} ({Path.GetFileName(page)})" }, decoded.Warning);
        }
        if (string.IsNullOrWhiteSpace(content))
        {
            return IngestItem.Failed(origin, $"item has no content and its link ({link ?? "none"}) is not a page on disk");
        }
        return IngestItem.Ok(article);
    }

    private static string? LocalPage(string? link, string? directory)
    {
        if (string.IsNullOrEmpty(link))
        {
            return null;
        }
        if (Uri.TryCreate(link, UriKind.Absolute, out var uri))
        {
            if (uri.IsFile)
            {
                return File.Exists(uri.LocalPath) ? uri.LocalPath : null;
            }
            if (directory is null)
            {
                return null;
            }
            var last = uri.Segments.Length > 0 ? Uri.UnescapeDataString(uri.Segments[^1].Trim('/')) : "";
            if (last.Length == 0 || last.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
            {
                return null;
            }
            foreach (var candidate in new[] { last, last + ".html", last + ".htm" })
            {
                var path = Path.Combine(directory, candidate);
                if (File.Exists(path))
                {
                    return path;
                }
            }
            return null;
        }
        if (directory is null || link.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            return null;
        }
        var relative = Path.GetFullPath(Path.Combine(directory, link));
        return File.Exists(relative) ? relative : null;
    }

    private static string? Trimmed(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
