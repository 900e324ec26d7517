using System.Net;
using System.Text;
using Sitrep.Ingest.Readers;

namespace Sitrep.Ingest.Tests;

public class ArticleSourcesTests
{
    private static readonly string[] Story = TestPages.Paragraphs(TestPages.SampleText).SkipWhile(p => !p.StartsWith("ALEPPO", StringComparison.Ordinal)).ToArray();

    private static List<IngestItem> Read(params string[] paths) => ArticleSources.Read(paths, new SourceOptions()).ToList();

    [Fact]
    public void Plain_text_and_html_files_become_articles_named_by_path()
    {
        using var dir = new TempDir();
        var txt = dir.File("aleppo.txt", TestPages.SampleText);
        var html = dir.File("page.html", TestPages.NewsPage(Story));
        var items = Read(txt, html);
        Assert.Equal(2, items.Count);
        Assert.False(items[0].Article!.IsHtml);
        Assert.Equal(txt, items[0].Article!.Origin);
        Assert.Equal(TestPages.SampleText, items[0].Article!.Content);
        Assert.True(items[1].Article!.IsHtml);
    }

    [Fact]
    public void Rss_items_with_content_and_items_linking_to_pages_on_disk()
    {
        using var dir = new TempDir();
        dir.File("aleppo-convoy.html", TestPages.NewsPage(Story));
        var rss = $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel><title>Example News</title><language>en-gb</language>
            <item><title>Full story</title><link>https://news.example.com/full</link><guid>full-1</guid>
              <pubDate>Wed, 30 Nov 2016 09:15:00 GMT</pubDate><dc:creator>Jane Doe</dc:creator>
              <content:encoded>{WebUtility.HtmlEncode(string.Concat(Story.Take(3).Select(p => $"<p>{p}</p>")))}</content:encoded></item>
            <item><title>Teaser only</title><link>https://news.example.com/world/aleppo-convoy</link>
              <description>Civilians flee east Aleppo.</description><pubDate>Thu, 01 Dec 2016 10:00:00 EST</pubDate></item>
            <item><title>Nothing</title><link>https://elsewhere.example/x</link></item>
            </channel></rss>
            """;
        var feed = dir.File("feed.xml", rss);
        var items = Read(feed);
        Assert.Equal(3, items.Count);
        var full = items[0].Article!;
        Assert.Equal("Full story", full.Title);
        Assert.Equal(new DateOnly(2016, 11, 30), full.Published);
        Assert.Equal("Jane Doe", full.Byline);
        Assert.Equal("Example News", full.Source);
        Assert.Equal("en", full.Language);
        Assert.Equal("full-1", full.ExternalId);
        Assert.Contains(Story[2], full.Content);
        var linked = items[1].Article!;
        Assert.Contains("aleppo-convoy.html", linked.Origin);
        Assert.Contains(Story[^1], WebUtility.HtmlDecode(linked.Content));
        Assert.Equal(new DateOnly(2016, 12, 1), linked.Published);
        Assert.Equal(feed + "#3", items[2].Origin);
        Assert.Contains("no content", items[2].Error);
    }

    [Fact]
    public void Atom_entries_are_read()
    {
        using var dir = new TempDir();
        var atom = $"""
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Relief Wire</title>
            <entry><title>Convoy</title><id>urn:x:1</id><link rel="alternate" href="https://relief.example/1"/>
            <published>2016-11-30T08:00:00Z</published><author><name>UN OCHA</name></author>
            <content type="html">{WebUtility.HtmlEncode($"<p>{Story[0]}</p><p>{Story[1]}</p>")}</content></entry></feed>
            """;
        var item = Assert.Single(Read(dir.File("wire.atom", atom)));
        Assert.Equal("Convoy", item.Article!.Title);
        Assert.Equal("UN OCHA", item.Article.Byline);
        Assert.Equal("https://relief.example/1", item.Article.Url);
        Assert.Equal(new DateOnly(2016, 11, 30), item.Article.Published);
    }

    [Fact]
    public void An_invalid_json_line_is_one_error_with_its_line_number_and_the_file_goes_on()
    {
        using var dir = new TempDir();
        var lines = new[]
        {
            $$"""{"id":"a1","text":{{System.Text.Json.JsonSerializer.Serialize(Story[0])}},"published":"2016-11-30"}""",
            """{"id":"a2","text": "unterminated""",
            "",
            """{"id":"a3","html":"<p>Shelling in Aleppo, reported by rescuers on Wednesday.</p>","url":"https://x.example/3"}""",
            """{"id":"a4","text":""}""",
            """[1,2,3]""",
        };
        var path = dir.File("batch.jsonl", string.Join("\n", lines));
        var items = Read(path);
        Assert.Equal(5, items.Count);
        Assert.Equal("a1", items[0].Article!.ExternalId);
        Assert.Equal(new DateOnly(2016, 11, 30), items[0].Article!.Published);
        Assert.Equal(path + ":2", items[1].Origin);
        Assert.Contains("invalid JSON", items[1].Error);
        Assert.True(items[2].Article!.IsHtml);
        Assert.Equal(path + ":4", items[2].Article!.Origin);
        Assert.Contains("no \"text\" or \"html\"", items[3].Error);
        Assert.Contains("expected a JSON object", items[4].Error);
    }

    [Fact]
    public void Binary_files_and_truncated_gzip_files_are_errors_named_by_file()
    {
        using var dir = new TempDir();
        var bin = dir.File("photo.html", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]);
        using var gz = new MemoryStream();
        using (var z = new System.IO.Compression.GZipStream(gz, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            z.Write(Encoding.UTF8.GetBytes(string.Join("\n\n", Story)));
        }
        var cut = dir.File("story.txt.gz", gz.ToArray()[..40]);
        var text = dir.File("ok.txt", Story[0]);
        var items = Read(bin, cut, text);
        Assert.Equal(3, items.Count);
        Assert.Contains("binary", items[0].Error);
        Assert.Equal(bin, items[0].Origin);
        Assert.Equal(cut, items[1].Origin);
        Assert.NotNull(items[1].Error);
        Assert.Equal(Story[0], items[2].Article!.Content);
    }

    [Fact]
    public void Folders_are_walked_recursively_with_include_and_exclude_patterns()
    {
        using var dir = new TempDir();
        dir.File("a.txt", Story[0]);
        dir.File("sub/b.html", TestPages.NewsPage(Story));
        dir.File("sub/deeper/c.txt", Story[1]);
        dir.File("sub/deeper/skip.txt", Story[2]);
        dir.File("image.png", [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0]);
        dir.File(".git/config", "[core]");
        var all = ArticleSources.Walk(dir.Path, new SourceOptions()).Select(p => Path.GetRelativePath(dir.Path, p).Replace('\\', '/')).ToList();
        Assert.Equal(["a.txt", "sub/b.html", "sub/deeper/c.txt", "sub/deeper/skip.txt"], all);
        var filtered = ArticleSources.Walk(dir.Path, new SourceOptions { Include = ["**/*.txt"], Exclude = ["skip*"] })
            .Select(p => Path.GetFileName(p)).ToList();
        Assert.Equal(["a.txt", "c.txt"], filtered);
        var items = ArticleSources.Read([dir.Path]).ToList();
        Assert.Equal(4, items.Count);
        Assert.All(items, i => Assert.NotNull(i.Article));
    }

    [Fact]
    public void A_missing_path_is_an_error_item_not_an_exception()
    {
        var item = Assert.Single(Read("/no/such/file.warc.gz"));
        Assert.NotNull(item.Error);
    }
}
