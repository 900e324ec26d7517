using BenchmarkDotNet.Attributes;
using Sitrep.Core.Pipeline;
using Sitrep.Geo;
using Sitrep.Geo.Evaluation;

namespace Sitrep.Benchmarks;

/// <summary>Geoparser speed. Each benchmark invocation handles exactly 1,000 toponyms, so the reported mean is per
/// toponym: toponyms/s/core = 1 / mean. Target ≥ 5,000 toponyms/s/core (mean ≤ 200 µs).
/// <c>dotnet run -c Release --project bench/Sitrep.Benchmarks -- --filter '*Geo*' --job short</c></summary>
[MemoryDiagnoser]
public class GeoBenchmarks
{
    private const int Toponyms = 1000;
    private Geoparser _parser = null!;
    private readonly List<(string Text, List<(int, int)> Spans)> _oracle = [];
    private readonly List<string> _articles = [];
    private string[] _names = [];

    [GlobalSetup]
    public void Setup()
    {
        _parser = Geoparser.LoadDefault();
        var lgl = GoldCorpus.ReadLgl(SharedPaths.Require("data/geoparse/lgl.xml"));
        var left = Toponyms;
        var names = new List<string>();
        foreach (var a in lgl)
        {
            if (left == 0) break;
            var spans = a.Toponyms.Where(t => t.Lat is not null).Take(left).Select(t => (t.Start, t.End)).ToList();
            if (spans.Count == 0) continue;
            left -= spans.Count;
            _oracle.Add((a.Text, spans));
            _articles.Add(a.Text);
            names.AddRange(a.Toponyms.Where(t => t.Lat is not null).Take(spans.Count).Select(t => t.Name));
        }
        _names = [.. names];
        // End to end runs the same articles; report its own per-toponym figure from the places it finds.
        var found = _articles.Sum(t => Run(t).Places.Count);
        Console.WriteLine($"// end-to-end over these {_articles.Count} articles finds {found} places");
    }

    private Document Run(string text)
    {
        var doc = new Document(text);
        new Sitrep.Text.Tokenizer().Process(doc);
        _parser.Process(doc);
        return doc;
    }

    /// <summary>Resolution with gold spans (the eval's oracle mode): context, candidates, two ranking passes.</summary>
    [Benchmark(OperationsPerInvoke = Toponyms)]
    public int ResolveGoldSpans()
    {
        var n = 0;
        foreach (var (text, spans) in _oracle) n += _parser.ResolveSpans(text, spans).Count;
        return n;
    }

    /// <summary>Raw gazetteer lookups of the same 1,000 names (fold + binary search).</summary>
    [Benchmark(OperationsPerInvoke = Toponyms)]
    public int GazetteerLookup()
    {
        var n = 0;
        foreach (var name in _names) n += _parser.Gazetteer.Lookup(name).Length;
        return n;
    }
}
