using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Sitrep.Nlp;
using Sitrep.Nlp.Corpora;
using Sitrep.Nlp.Learning;
using Sitrep.Nlp.Ner;
using Sitrep.Nlp.Parsing;
using Sitrep.Nlp.Tagging;

namespace Sitrep.Benchmarks;

/// <summary>Throughput of the committed NLP models on one core, over the first 1000 sentences of UD EWT dev
/// (read from ../shared at run time; gold tokens). Targets: tagger ≥ 200k tokens/s, tagger + parser ≥ 40k,
/// NER ≥ 100k. <c>dotnet run -c Release --project bench/Sitrep.Benchmarks -- --filter '*Nlp*' --job short</c></summary>
[Config(typeof(NlpTokensPerSecondConfig))]
[MemoryDiagnoser]
public class NlpBenchmarks
{
    private string[][] _sentences = [];
    private string?[][] _sentenceXpos = [];
    private PosTagger _tagger = null!;
    private DependencyParser _parser = null!;
    private EntityRecognizer _ner = null!;
    private PosTagger.Workspace _tws = null!;
    private DependencyParser.Workspace _pws = null!;
    private EntityRecognizer.Workspace _nws = null!;
    private readonly LexicalSentence _lex = new();
    private readonly int[] _tags = new int[1024];
    private readonly int[] _classes = new int[1024];
    private readonly int[] _heads = new int[1024];
    private readonly string[] _labels = new string[1024];
    private readonly string[] _upos = new string[1024];
    private readonly string?[] _xpos = new string?[1024];

    [GlobalSetup]
    public void Setup()
    {
        _sentences = NlpBenchText.Load();
        var models = NlpModels.LoadDefault();
        _tagger = models.Tagger;
        _parser = models.Parser;
        _ner = models.Ner;
        _tws = _tagger.CreateWorkspace();
        _pws = _parser.CreateWorkspace();
        _nws = _ner.CreateWorkspace();
        var tagging = new SentenceTagger(_tagger);
        _sentenceXpos = _sentences.Select(s => tagging.Xpos(s)).ToArray();
    }

    private void Fill(string[] forms)
    {
        _lex.Reset(forms.Length);
        foreach (var f in forms) _lex.Add(f);
    }

    /// <summary>UPOS + XPOS (no lemmas).</summary>
    [Benchmark(Baseline = true)]
    public int Tag()
    {
        var sum = 0;
        foreach (var s in _sentences)
        {
            Fill(s);
            _tagger.Tag(_lex, _tws, _tags);
            sum += _tags[0];
        }
        return sum;
    }

    [Benchmark]
    public int TagAndParse()
    {
        var sum = 0;
        foreach (var s in _sentences)
        {
            Fill(s);
            _tagger.Tag(_lex, _tws, _tags);
            for (var i = 0; i < s.Length; i++)
            {
                _upos[i] = _tagger.Upos[_tags[i]];
                _xpos[i] = _tagger.Xpos[_tags[i]];
            }
            _parser.Parse(_lex, _upos.AsSpan(0, s.Length), _xpos.AsSpan(0, s.Length)!, _pws, _heads, _labels);
            sum += _heads[0];
        }
        return sum;
    }

    /// <summary>NER alone (XPOS features precomputed once, as the tag stage would have left them).</summary>
    [Benchmark]
    public int Ner()
    {
        var sum = 0;
        for (var k = 0; k < _sentences.Length; k++)
        {
            Fill(_sentences[k]);
            _ner.Recognize(_lex, _sentenceXpos[k], _nws, _classes);
            sum += _classes[0];
        }
        return sum;
    }
}

internal static class NlpBenchText
{
    public static string[][] Load()
    {
        var path = Environment.GetEnvironmentVariable("SITREP_BENCH_CONLLU") ?? SharedPaths.Require("data/ud-ewt/en_ewt-ud-dev.conllu");
        return ConlluReader.Read(path).Take(1000).Select(s => s.Forms).ToArray();
    }

    public static int Tokens() => Load().Sum(s => s.Length);
}

public sealed class NlpTokensPerSecondConfig : ManualConfig
{
    public NlpTokensPerSecondConfig() => AddColumn(new ThroughputColumn("Tokens/s", "Words in the benchmark slice divided by the mean time of one call", NlpBenchText.Tokens));
}
