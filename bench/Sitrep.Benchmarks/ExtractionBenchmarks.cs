using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Sitrep.Ingest;
using Sitrep.Ingest.Evaluation;
using Sitrep.Ingest.Extraction.Dom;

namespace Sitrep.Benchmarks;

/// <summary>HTML main-text extraction over the public article-extraction benchmark pages (121 real news pages,
/// ~36 KB gzipped, ~190 KB of HTML each), decompressed in setup: the timing is extraction of in-memory HTML.
/// The reported time is per page; the Pages/s column is 1 s / Mean. Target ≥ 200 pages/s per core.
/// ParsePage is the light HTML parser alone (the part AngleSharp's parse used to take).
/// <c>dotnet run -c Release --project bench/Sitrep.Benchmarks -- --filter '*Extraction*' --job short</c></summary>
[Config(typeof(PagesPerSecondConfig))]
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    public const int Pages = 121;

    private IReadOnlyList<ExtractionBenchmark.Page> _pages = [];
    private readonly HtmlArticleExtractor _extractor = new();

    [GlobalSetup]
    public void Setup()
    {
        _pages = ExtractionBenchmark.Load(SharedPaths.Require("data/extraction")).Pages;
        if (_pages.Count != Pages)
        {
            throw new InvalidOperationException($"expected {Pages} benchmark pages, found {_pages.Count}");
        }
    }

    [Benchmark(OperationsPerInvoke = Pages)]
    public int ExtractPage()
    {
        var total = 0;
        foreach (var page in _pages)
        {
            total += _extractor.Extract(page.Html).Body.Length;
        }
        return total;
    }

    [Benchmark(OperationsPerInvoke = Pages)]
    public int ParsePage()
    {
        var total = 0;
        foreach (var page in _pages)
        {
            total += LightHtmlParser.Parse(page.Html).ElementCount;
        }
        return total;
    }
}

public sealed class PagesPerSecondConfig : ManualConfig
{
    public PagesPerSecondConfig() => AddColumn(new ThroughputColumn("Pages/s", "Pages divided by the mean time per page", () => 1));
}
