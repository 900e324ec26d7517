using BenchmarkDotNet.Attributes;
using Sitrep.Core.Pipeline;
using Sitrep.Events;
using Sitrep.Events.Evaluation;
using Sitrep.Events.Text;

namespace Sitrep.Benchmarks;

/// <summary>Event coding on top of tokenized documents (cleaning/tokenizing/geo not timed): the sample article and
/// 300 ACLED notes, plain and in note mode (with the ACLED type classifier). Sentences per second = the <c>Sentences</c> column / mean time.
/// dotnet run -c Release --project bench/Sitrep.Benchmarks -- --filter '*EventCoder*' --job short</summary>
[MemoryDiagnoser]
public class EventCoderBenchmarks
{
    private Document[] _documents = [];
    private EventCoder _coder = null!;
    private EventCoder _noteCoder = null!;

    /// <summary>Sentences in the benchmarked documents (for sentences/s).</summary>
    public int Sentences { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var texts = new List<(string Text, DateOnly Published)>
        {
            (File.ReadAllText(SharedPaths.Require("samples/aleppo-2016-11-30.txt")), new DateOnly(2016, 11, 30)),
        };
        foreach (var row in AcledCsv.Read(SharedPaths.Require("data/events/acled/acled_global_2020-04_05.csv")).Take(300))
        {
            texts.Add((row.Notes, row.Date));
        }
        _documents = texts.Select(t =>
        {
            var d = new Sitrep.Text.ArticleCleaner().Clean(new RawArticle { Content = t.Text, Published = t.Published });
            new Sitrep.Text.Tokenizer().Process(d);
            return d;
        }).ToArray();
        Sentences = _documents.Sum(d => WordView.Build(d).Count);
        _coder = new EventCoder();
        // note mode (what 'eval acled' runs): the ACLED type classifier and the note-level counts
        _noteCoder = new EventCoder { AcledClassifier = Sitrep.Events.Classification.AcledTypeModel.Default };
        Console.WriteLine($"// {Sentences} sentences in {_documents.Length} documents");
    }

    [Benchmark]
    public int CodeAll() => Code(_coder);

    [Benchmark]
    public int CodeAllNoteMode() => Code(_noteCoder);

    private int Code(EventCoder coder)
    {
        var events = 0;
        foreach (var d in _documents)
        {
            d.Events.Clear();
            coder.Process(d);
            events += d.Events.Count;
        }
        return events;
    }
}
