using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Sitrep.Core.Pipeline;
using Sitrep.Text;
using Sitrep.Text.Tokenization;

namespace Sitrep.Benchmarks;

/// <summary>Tokenizer throughput on news text (the bundled fictional samples, cleaned and concatenated to ~200 KB).
/// Target: ≥ 1M tokens/s on one core. The "Tokens/s" column divides the input's token count by the mean time.
/// <c>dotnet run -c Release --project bench/Sitrep.Benchmarks -- --filter '*Tokenizer*' --job short</c></summary>
[Config(typeof(TokensPerSecondConfig))]
[MemoryDiagnoser]
public class TokenizerBenchmarks
{
    private string _text = "";
    private TokenSpan[] _tokens = [];
    private SentenceSpan[] _sentences = [];
    private readonly Tokenizer _stage = new();

    [GlobalSetup]
    public void Setup()
    {
        _text = NewsText.Load();
        _tokens = new TokenSpan[SpanTokenizer.MaxTokens(_text.Length)];
        _sentences = new SentenceSpan[_tokens.Length];
    }

    /// <summary>The static span API into a caller buffer: the hot path other stages use.</summary>
    [Benchmark(Baseline = true)]
    public int SpanTokenize() => SpanTokenizer.Tokenize(_text, _tokens);

    [Benchmark]
    public int SpanTokenizeAndSplit()
    {
        var count = SpanTokenizer.Tokenize(_text, _tokens);
        return SentenceSplitter.Split(_text, _tokens.AsSpan(0, count), _sentences);
    }

    /// <summary>The pipeline stage: tokens and sentences materialised on a Document.</summary>
    [Benchmark]
    public int DocumentStage()
    {
        var doc = new Document(_text);
        _stage.Process(doc);
        return doc.Tokens.Length;
    }
}

/// <summary>The benchmark input, rebuilt identically in the host (for the column) and the benchmark process.</summary>
internal static class NewsText
{
    public static string Load()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Sitrep.slnx"))) dir = dir.Parent;
        var samples = dir is null ? null : Path.Combine(dir.FullName, "samples");
        if (samples is null || !Directory.Exists(samples)) throw new InvalidOperationException("samples/ not found above " + AppContext.BaseDirectory);
        var cleaner = new ArticleCleaner();
        var bodies = Directory.GetFiles(samples, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => cleaner.Clean(new RawArticle { Content = File.ReadAllText(f) }).Body).ToArray();
        var one = string.Join("\n\n", bodies);
        var sb = new System.Text.StringBuilder();
        while (sb.Length < 200_000) sb.Append(one).Append("\n\n");
        return sb.ToString();
    }

    public static int TokenCount()
    {
        var text = Load();
        return SpanTokenizer.Tokenize(text, new TokenSpan[text.Length]);
    }
}

public sealed class TokensPerSecondConfig : ManualConfig
{
    public TokensPerSecondConfig() => AddColumn(new ThroughputColumn("Tokens/s", "Tokens in the input divided by the mean time of one call", NewsText.TokenCount));
}
