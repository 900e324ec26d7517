using System.Text;
using Sitrep.Core.Contract;
using Sitrep.Core.Pipeline;
using Sitrep.Ingest.Batch;
using Sitrep.Ingest.Readers;

namespace Sitrep.Ingest.Tests;

public class IngestRunnerTests
{
    private static readonly string[] Story = TestPages.Paragraphs(TestPages.SampleText).SkipWhile(p => !p.StartsWith("ALEPPO", StringComparison.Ordinal)).ToArray();

    private static SitrepPipeline Pipeline() => new(new Sitrep.Text.ArticleCleaner(), [new Sitrep.Text.Tokenizer()], new HtmlArticleExtractor());

    /// <summary>A folder with good and bad inputs of every kind the brief names.</summary>
    private static TempDir MixedInputs()
    {
        var dir = new TempDir();
        dir.File("aleppo.txt", TestPages.SampleText);
        // Not the whole story: the cleaned sample text and the cleaned page would be the same article (same id).
        dir.File("page.html", TestPages.NewsPage(Story[1..]));
        dir.File("huge.html", "<html><body><p>" + new string('x', 50 * 1024 * 1024) + "</p></body></html>");
        dir.File("binary.txt", [0x00, 0x01, 0x02, 0x03, 0xFF, 0xFE, 0x00, 0x00]);
        dir.File("batch.jsonl", "{\"id\":\"j1\",\"text\":\"" + Story[1] + "\"}\nnot json at all\n{\"id\":\"j3\",\"text\":\"" + Story[2] + "\"}\n");
        var warc = new WarcBuilder(true)
            .Response("https://w.example/1", Encoding.UTF8.GetBytes("<html><body><article><p>" + Story[3] + "</p><p>" + Story[4] + "</p></article></body></html>"))
            .Record("response", "https://w.example/2", "application/http; msgtype=response", [1, 2, 3], version: "XXXX")
            .ToArray();
        dir.File("crawl.warc.gz", warc);
        return dir;
    }

    [Fact]
    public void Bad_records_are_reported_one_line_each_and_the_batch_goes_on_and_a_rerun_skips_everything()
    {
        using var dir = MixedInputs();
        var output = Path.Combine(dir.Path, "out.jsonl.result");
        var reports = new List<string>();
        IngestProgress first;
        using (var store = new JsonlEventStore(output))
        {
            var runner = new IngestRunner(Pipeline(), [store]) { Report = reports.Add };
            first = runner.Run(ArticleSources.Read([dir.Path]), cancel: TestContext.Current.CancellationToken);
        }
        Assert.True(5 == first.Processed, $"skipped {first.Skipped}: " + string.Join("\n", reports)); // aleppo.txt, page.html, j1, j3, warc #1
        Assert.Equal(4, first.Failed);    // huge.html, binary.txt, batch.jsonl:2, crawl.warc.gz#2
        Assert.Equal(4, reports.Count);
        Assert.Contains(reports, r => r.Contains("huge.html") && r.Contains("MB"));
        Assert.Contains(reports, r => r.Contains("binary.txt") && r.Contains("binary"));
        Assert.Contains(reports, r => r.Contains("batch.jsonl:2") && r.Contains("invalid JSON"));
        Assert.Contains(reports, r => r.Contains("crawl.warc.gz#2") && r.Contains("corrupt WARC header"));

        var records = File.ReadAllLines(output).Select(l => SitrepJson.Deserialize(l)!).ToList();
        Assert.Equal(5, records.Count);
        var page = records.Single(r => r.Article.Title == "Aid convoy reaches eastern Aleppo");
        Assert.StartsWith(Story[1][..40], page.Article.Body);
        Assert.Equal("Jane Doe", page.Article.Byline);
        Assert.Equal(new DateOnly(2016, 11, 30), page.Article.Published);

        // Resume: the same inputs again add nothing.
        using (var store = new JsonlEventStore(output))
        {
            Assert.Equal(5, store.Count);
            var again = new IngestRunner(Pipeline(), [store]).Run(ArticleSources.Read([dir.Path]), cancel: TestContext.Current.CancellationToken);
            Assert.Equal(0, again.Processed);
            Assert.Equal(5, again.Skipped);
        }
        Assert.Equal(5, File.ReadAllLines(output).Length);
    }

    [Fact]
    public void A_torn_last_line_from_a_crash_is_cut_and_that_article_is_processed_again()
    {
        using var dir = new TempDir();
        var output = Path.Combine(dir.Path, "out.jsonl");
        var inputs = new[] { dir.File("a.txt", Story[0]), dir.File("b.txt", Story[1]) };
        using (var store = new JsonlEventStore(output))
        {
            new IngestRunner(Pipeline(), [store]).Run(ArticleSources.Read(inputs), cancel: TestContext.Current.CancellationToken);
        }
        var lines = File.ReadAllLines(output);
        File.WriteAllText(output, lines[0] + "\n" + lines[1][..(lines[1].Length / 2)]);
        using (var store = new JsonlEventStore(output))
        {
            Assert.Equal(1, store.Count);
            var resumed = new IngestRunner(Pipeline(), [store]).Run(ArticleSources.Read(inputs), cancel: TestContext.Current.CancellationToken);
            Assert.Equal(1, resumed.Processed);
            Assert.Equal(1, resumed.Skipped);
        }
        var final = File.ReadAllLines(output);
        Assert.Equal(2, final.Length);
        Assert.All(final, l => Assert.NotNull(SitrepJson.Deserialize(l)));
    }

    [Fact]
    public void The_same_article_twice_in_one_run_is_stored_once()
    {
        using var dir = new TempDir();
        var a = dir.File("a.txt", Story[0]);
        var b = dir.File("copy/a.txt", Story[0]);
        using var store = new JsonlEventStore(Path.Combine(dir.Path, "o.jsonl"));
        var result = new IngestRunner(Pipeline(), [store]).Run(ArticleSources.Read([a, b]), cancel: TestContext.Current.CancellationToken);
        Assert.Equal(1, result.Processed);
        Assert.Equal(1, result.Skipped);
    }
}
