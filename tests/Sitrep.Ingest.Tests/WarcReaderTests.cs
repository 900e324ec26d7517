using System.Text;
using Sitrep.Ingest.Readers;

namespace Sitrep.Ingest.Tests;

public class WarcReaderTests
{
    private static readonly string Story = TestPages.Paragraphs(TestPages.SampleText).First(p => p.StartsWith("ALEPPO", StringComparison.Ordinal));

    private static byte[] Page(string text, string? metaCharset = null) => Encoding.UTF8.GetBytes(
        $"<html><head>{(metaCharset is null ? "" : $"<meta charset=\"{metaCharset}\">")}<title>t</title></head><body><article><p>{text}</p></article></body></html>");

    private static Encoding Cp1251()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1251);
    }

    private static List<IngestItem> Read(byte[] warc, string name = "crawl.warc.gz") => WarcReader.Read(new MemoryStream(warc), name).ToList();

    private static WarcBuilder Crawl(bool gzip) => new WarcBuilder(gzip)
        .Warcinfo()
        .Request("https://news.example.com/a")
        .Response("https://news.example.com/a", Page(Story))
        .Response("https://news.example.com/logo.png", [0x89, 0x50, 0x4E, 0x47, 0, 0, 0], "image/png")
        .Response("https://news.example.com/gone", Page("Not found"), status: 404)
        .Resource("file:///notes.txt", Encoding.UTF8.GetBytes(Story), "text/plain; charset=utf-8");

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Yields_html_responses_and_text_resources_and_passes_over_the_rest(bool gzip)
    {
        var items = Read(Crawl(gzip).ToArray());
        Assert.All(items, i => Assert.Null(i.Error));
        Assert.Equal(2, items.Count);
        var page = items[0].Article!;
        Assert.True(page.IsHtml);
        Assert.Equal("https://news.example.com/a", page.Url);
        Assert.Equal("crawl.warc.gz#3", page.Origin);
        Assert.Contains(Story, page.Content);
        Assert.Equal("urn:uuid:00000000-0000-0000-0000-000000000003", page.ExternalId);
        Assert.False(items[1].Article!.IsHtml);
        Assert.Equal(Story, items[1].Article!.Content);
    }

    [Fact]
    public void Http_charset_chunked_transfer_and_gzip_content_encoding_are_undone()
    {
        var latin = Encoding.Latin1.GetBytes("<html><body><p>Déjà vu in Alep: " + Story + "</p></body></html>");
        using var zipped = new MemoryStream();
        using (var gz = new System.IO.Compression.GZipStream(zipped, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            gz.Write(Encoding.UTF8.GetBytes("<html><body><p>Zipped: " + Story + "</p></body></html>"));
        }
        var z = zipped.ToArray();
        var chunked = Encoding.ASCII.GetBytes($"{z.Length / 2:x}\r\n").Concat(z[..(z.Length / 2)]).Concat("\r\n"u8.ToArray())
            .Concat(Encoding.ASCII.GetBytes($"{z.Length - z.Length / 2:x}\r\n")).Concat(z[(z.Length / 2)..]).Concat("\r\n0\r\n\r\n"u8.ToArray()).ToArray();
        var warc = new WarcBuilder(true)
            .Response("https://fr.example/a", latin, "text/html; charset=ISO-8859-1")
            .Response("https://fr.example/b", chunked, "text/html", extraHeaders: "Content-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n")
            .ToArray();
        var items = Read(warc);
        Assert.Equal(2, items.Count);
        Assert.Contains("Déjà vu in Alep", items[0].Article!.Content);
        Assert.Contains("Zipped: " + Story, items[1].Article!.Content);
    }

    [Fact]
    public void Missing_or_wrong_charset_is_repaired_with_a_warning_and_meta_charset_is_honoured()
    {
        var latinBytes = Encoding.Latin1.GetBytes("<html><body><p>Señor Pérez reported shelling near the café. " + Story + "</p></body></html>");
        var cyrillic = Cp1251().GetBytes("<html><head><meta charset=\"windows-1251\"></head><body><p>Алеппо: " + Story + "</p></body></html>");
        var warc = new WarcBuilder(true)
            .Response("https://es.example/no-charset", latinBytes, "text/html")
            .Response("https://es.example/wrong-charset", latinBytes, "text/html; charset=utf-8")
            .Response("https://ru.example/meta", cyrillic, "text/html")
            .Response("https://es.example/bogus", latinBytes, "text/html; charset=x-no-such-charset")
            .ToArray();
        var items = Read(warc);
        Assert.Equal(4, items.Count);
        Assert.Contains("Señor Pérez", items[0].Article!.Content);
        Assert.Contains("Señor Pérez", items[1].Article!.Content);
        Assert.Contains("does not fit", items[1].Warning);
        Assert.Contains("Алеппо", items[2].Article!.Content);
        Assert.Contains("unknown charset 'x-no-such-charset'", items[3].Warning);
        Assert.Contains("Señor Pérez", items[3].Article!.Content);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_corrupt_header_is_one_error_and_the_next_record_is_still_read(bool gzip)
    {
        var warc = new WarcBuilder(gzip)
            .Response("https://a.example/1", Page(Story))
            .Record("response", "https://a.example/2", "application/http; msgtype=response", Page("lost"), version: "WRAC/9.9 garbage")
            .Response("https://a.example/3", Page(Story))
            .Record("response", "https://a.example/4", "application/http; msgtype=response", Page("lost too"), contentLengthOverride: "twelve")
            .Response("https://a.example/5", Page(Story))
            .ToArray();
        var items = Read(warc, "bad.warc");
        var good = items.Where(i => i.Article is not null).Select(i => i.Article!.Url).ToList();
        Assert.Equal(["https://a.example/1", "https://a.example/3", "https://a.example/5"], good);
        var errors = items.Where(i => i.Error is not null).ToList();
        Assert.Equal(2, errors.Count);
        Assert.Equal("bad.warc#2", errors[0].Origin);
        Assert.Contains("corrupt WARC header", errors[0].Error);
        Assert.Contains("Content-Length", errors[1].Error);
    }

    [Fact]
    public void A_truncated_gzip_file_gives_the_records_before_the_cut_and_one_error()
    {
        var builder = Crawl(true).Response("https://news.example.com/b", Page(Story + " Second page."));
        var bytes = builder.ToArray();
        var lastStart = builder.Offsets[^1];
        var cut = bytes[..(int)(lastStart + (bytes.Length - lastStart) / 2)];
        var items = Read(cut, "cut.warc.gz");
        Assert.Equal(3, items.Count);
        Assert.Null(items[0].Error);
        Assert.Null(items[1].Error);
        Assert.Equal("cut.warc.gz#7", items[2].Origin);
        Assert.NotNull(items[2].Error);
    }

    [Fact]
    public void A_truncated_plain_file_reports_the_cut_record()
    {
        var bytes = Crawl(false).ToArray();
        var items = Read(bytes[..(bytes.Length - 40)], "cut.warc");
        Assert.Equal("cut.warc#6", items[^1].Origin);
        Assert.Contains("truncated", items[^1].Error);
        Assert.Contains(items, i => i.Article?.Url == "https://news.example.com/a");
    }

    [Fact]
    public void Binary_payload_in_a_text_record_is_refused_by_name()
    {
        var warc = new WarcBuilder(true).Response("https://a.example/bin", [0x00, 0x01, 0x02, 0xFF, 0x00, 0x10], "text/html").ToArray();
        var item = Assert.Single(Read(warc, "x.warc.gz"));
        Assert.Equal("x.warc.gz#1", item.Origin);
        Assert.Contains("binary", item.Error);
    }
}

