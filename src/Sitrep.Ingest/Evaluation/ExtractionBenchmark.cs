using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Sitrep.Core;

namespace Sitrep.Ingest.Evaluation;

/// <summary>The article-extraction-benchmark layout: <c>html/&lt;id&gt;.html.gz</c> plus <c>ground-truth.json</c>
/// ({id: {"articleBody", "url"}}). Pages are decompressed up front so the timing covers extraction only.</summary>
public sealed class ExtractionBenchmark
{
    public sealed record Page(string Id, string Url, string Html, string Truth);

    /// <param name="PagesPerCpuSecond">Pages over the process CPU time spent: steadier than wall time on a shared machine.</param>
    public sealed record Run(ShingleScore.CorpusScore Score, double PagesPerSecond, double PagesPerCpuSecond, IReadOnlyList<(Page Page, string Predicted, ShingleScore.PageScore Score)> Pages);

    public IReadOnlyList<Page> Pages { get; }

    public const int WarmupPasses = 2;

    private ExtractionBenchmark(IReadOnlyList<Page> pages) => Pages = pages;

    public static ExtractionBenchmark Load(string dir)
    {
        var truthPath = Path.Combine(dir, "ground-truth.json");
        if (!File.Exists(truthPath))
        {
            throw new SitrepException($"{dir}: no ground-truth.json (expected the article-extraction-benchmark layout: html/*.html.gz + ground-truth.json)");
        }
        JsonDocument truth;
        try
        {
            truth = JsonDocument.Parse(File.ReadAllBytes(truthPath));
        }
        catch (JsonException e)
        {
            throw new SitrepException($"{truthPath}: invalid JSON ({e.Message.Split('.')[0]})");
        }
        var pages = new List<Page>();
        using (truth)
        {
            foreach (var item in truth.RootElement.EnumerateObject())
            {
                var id = item.Name;
                var file = Path.Combine(dir, "html", id + ".html.gz");
                if (!File.Exists(file))
                {
                    throw new SitrepException($"{file}: missing (listed in ground-truth.json)");
                }
                string html;
                try
                {
                    using var gz = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
                    using var reader = new StreamReader(gz, new UTF8Encoding(false, false));
                    html = reader.ReadToEnd();
                }
                catch (InvalidDataException e)
                {
                    throw new SitrepException($"{file}: not a valid gzip file ({e.Message})");
                }
                var body = item.Value.TryGetProperty("articleBody", out var b) && b.ValueKind == JsonValueKind.String ? b.GetString()! : "";
                var url = item.Value.TryGetProperty("url", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString()! : "";
                pages.Add(new Page(id, url, html, body));
            }
        }
        pages.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        if (pages.Count == 0)
        {
            throw new SitrepException($"{truthPath}: lists no pages");
        }
        return new ExtractionBenchmark(pages);
    }

    /// <summary>Runs <paramref name="extract"/> over every page (single thread) and scores it. A page whose
    /// extraction throws counts as an empty prediction. Timing: <see cref="WarmupPasses"/> untimed passes first (JIT, tiering), then
    /// <paramref name="passes"/> timed passes over the in-memory HTML; the median pass is reported.</summary>
    public Run Evaluate(Func<Page, string> extract, int passes = 3)
    {
        var predictions = new string[Pages.Count];
        // Two untimed passes: on a loaded machine the tier-1 JIT of the hot loops lands late in the first pass.
        for (var warmup = 0; warmup < WarmupPasses; warmup++)
        {
            RunPass(extract, predictions);
        }
        var wall = new double[Math.Max(1, passes)];
        var cpu = new double[wall.Length];
        for (var pass = 0; pass < wall.Length; pass++)
        {
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            RunPass(extract, predictions);
            wall[pass] = watch.Elapsed.TotalSeconds;
            cpu[pass] = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        }
        Array.Sort(wall);
        Array.Sort(cpu);
        var results = new List<(Page, string, ShingleScore.PageScore)>(Pages.Count);
        var scores = new List<ShingleScore.PageScore>(Pages.Count);
        for (var i = 0; i < Pages.Count; i++)
        {
            var score = ShingleScore.ScorePage(Pages[i].Truth, predictions[i]);
            scores.Add(score);
            results.Add((Pages[i], predictions[i], score));
        }
        var medianWall = wall[wall.Length / 2];
        var medianCpu = cpu[cpu.Length / 2];
        return new Run(ShingleScore.Aggregate(scores), Pages.Count / Math.Max(1e-9, medianWall), Pages.Count / Math.Max(1e-9, medianCpu), results);
    }

    private void RunPass(Func<Page, string> extract, string[] predictions)
    {
        for (var i = 0; i < Pages.Count; i++)
        {
            try
            {
                predictions[i] = extract(Pages[i]);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                predictions[i] = "";
            }
        }
    }
}
