using Sitrep.Nlp.Corpora;
using Sitrep.Nlp.Learning;

namespace Sitrep.Nlp.Tagging;

public sealed partial class PosTagger
{
    /// <summary>Trains the feature network on the gold sentences, with the gold previous tags as the tag features
    /// (the perceptron sees its own guesses instead: the net alone is already more accurate than the perceptron,
    /// so teacher forcing costs it less than it saves in training time).</summary>
    private static SparseNet TrainNet(IReadOnlyList<UdSentence> train, Dictionary<(string, string), int> classOf,
        Dictionary<ulong, ulong> ambiguity, Options options, Action<string>? log)
    {
        var classes = classOf.Count;
        var tagger = new PosTagger(new string[classes], new string[classes], new WeightTable(classes, 16, training: false), null, ambiguity,
            options.Lexicon, options.WordNet, null!);
        var ws = tagger.CreateWorkspace();
        var lex = new LexicalSentence();
        var gold = new int[512];
        var trainer = new SparseNetTrainer(classes, options.NetHidden, options.NetRowBits, options.Seed + 30);
        var order = Enumerable.Range(0, train.Count).ToArray();
        var random = new Random(options.Seed + 6);
        for (var epoch = 0; epoch < options.NetEpochs; epoch++)
        {
            random.Shuffle(order);
            long correct = 0, total = 0;
            foreach (var index in order)
            {
                var s = train[index];
                if (gold.Length < s.Count) gold = new int[s.Count * 2];
                tagger.Prepare(s, classOf, lex, ws, gold);
                for (var i = 0; i < s.Count; i++)
                {
                    Extract(lex, ws, i, i > 0 ? gold[i - 1] : -1, i > 1 ? gold[i - 2] : -2, []);
                    correct += trainer.Step(ws.Features.Keys, gold[i], NetRate) ? 1 : 0;
                    total++;
                }
            }
            log?.Invoke($"tagger net epoch {epoch + 1}/{options.NetEpochs}: train accuracy {100.0 * correct / Math.Max(1, total):F2}%, {1 << options.NetRowBits} rows");
        }
        return trainer.Finish();
    }

    private const float NetRate = 0.05f;

    /// <summary>Loads a training sentence's words into <paramref name="lex"/> and its classes into
    /// <paramref name="gold"/>, and looks up the words' ambiguity classes and clusters.</summary>
    private void Prepare(UdSentence s, Dictionary<(string, string), int> classOf, LexicalSentence lex, Workspace ws, int[] gold)
    {
        lex.Reset(s.Count);
        for (var i = 0; i < s.Count; i++)
        {
            lex.Add(s.Forms[i]);
            gold[i] = classOf[(s.Upos[i], s.Xpos[i])];
        }
        PrepareAmbiguity(lex, ws);
    }
}
