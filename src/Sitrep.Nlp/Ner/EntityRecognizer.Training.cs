using Sitrep.Core;
using Sitrep.Nlp.Corpora;
using Sitrep.Nlp.Learning;

namespace Sitrep.Nlp.Ner;

public sealed partial class EntityRecognizer
{
    public const float DefaultPrune = 0.05f;

    /// <param name="Ensemble">Models trained on different shuffles (seeds Seed, Seed + 1, …) whose weights are
    /// averaged into one table: steadier than any single shuffle, same size and speed at run time.</param>
    public sealed record Options(int Epochs = 10, int Seed = 1, int Ensemble = 1)
    {
        public WordClusters.Options Clusters { get; init; } = new();
    }

    /// <summary>Trains from IOB2 sentences (BIO converted to BILOU; an I- without an opening B- starts a span) as a
    /// structured perceptron: each sentence is Viterbi-decoded and, where the best path leaves the gold one, the
    /// gold features gain and the predicted ones lose.</summary>
    public static EntityRecognizer Train(IReadOnlyList<NerSentence> train, Func<NerSentence, string?[]> tagsOf, Gazetteer gazetteer,
        Options options, Action<string>? log = null, UnlabelledText? unlabelled = null)
    {
        var types = new List<string>();
        foreach (var s in train)
        {
            foreach (var t in s.Tags)
            {
                if (t != "O" && !types.Contains(t[2..]))
                {
                    types.Add(t[2..]);
                }
            }
        }
        types.Sort(StringComparer.Ordinal);
        if (types.Count is 0 or > 60)
        {
            throw new SitrepException($"NER training data has {types.Count} entity types (need 1..60)");
        }
        var clusters = unlabelled is null ? WordClusters.Empty : WordClusters.Build(unlabelled.Sentences, options.Clusters, log);
        var caseBuckets = CaseBuckets(train);
        var textCaseBuckets = TextCaseBuckets(unlabelled);
        EntityRecognizer New(bool training) =>
            new([.. types], new WeightTable(1 + 4 * types.Count, 1 << 18, training), gazetteer, caseBuckets, textCaseBuckets, clusters);
        var golds = train.Select(s => ToBilou(s.Tags, types)).ToArray();
        var result = New(training: false);
        for (var m = 0; m < Math.Max(1, options.Ensemble); m++)
        {
            var ner = New(training: true);
            TrainOne(ner, train, golds, tagsOf, options.Epochs, options.Seed + m, log);
            result._weights.AddScaled(ner._weights, 1f / Math.Max(1, options.Ensemble));
        }
        return result;
    }

    private static void TrainOne(EntityRecognizer ner, IReadOnlyList<NerSentence> train, int[][] golds, Func<NerSentence, string?[]> tagsOf,
        int epochs, int seed, Action<string>? log)
    {
        var ws = ner.CreateWorkspace();
        var lex = new LexicalSentence();
        var order = Enumerable.Range(0, train.Count).ToArray();
        var random = new Random(seed);
        var predicted = new int[512];
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            long wrong = 0, total = 0;
            foreach (var k in order)
            {
                var s = train[k];
                var gold = golds[k];
                if (predicted.Length < s.Count)
                {
                    predicted = new int[s.Count * 2];
                }
                lex.Reset(s.Count);
                foreach (var form in s.Forms)
                {
                    lex.Add(form);
                }
                ner.Prepare(lex, tagsOf(s), ws);
                ner.Decode(lex, ws, predicted.AsSpan(0, s.Count));
                for (var i = 0; i < s.Count; i++)
                {
                    wrong += predicted[i] != gold[i] ? 1 : 0;
                    total++;
                    ner.UpdateToken(lex, ws, i, gold, predicted);
                }
                ner._weights.Tick();
            }
            log?.Invoke($"ner seed {seed} epoch {epoch + 1}/{epochs}: {100.0 * wrong / Math.Max(1, total):F2}% token errors, {ner.FeatureRows} feature rows");
        }
        ner._weights.Average();
    }

    /// <summary>Perceptron step at token i when the predicted (previous, current) pair differs from the gold one.</summary>
    private void UpdateToken(LexicalSentence lex, Workspace ws, int i, int[] gold, int[] predicted)
    {
        var g = gold[i];
        var p = predicted[i];
        var gp = i > 0 ? gold[i - 1] : -1;
        var pp = i > 0 ? predicted[i - 1] : -1;
        if (g == p && gp == pp)
        {
            return;
        }
        if (g != p)
        {
            ExtractEmission(lex, ws, i);
            _weights.Update(ws.Features.Keys, g, p);
        }
        ws.OneKey[0] = TransitionKey(gp);
        _weights.Adjust(ws.OneKey, g, 1f);
        ws.OneKey[0] = TransitionKey(pp);
        _weights.Adjust(ws.OneKey, p, -1f);
        ExtractStateFeatures(lex, ws, i, StateOf(gp), ws.StateFeatures);
        _weights.Adjust(ws.StateFeatures.Keys, g, 1f);
        ExtractStateFeatures(lex, ws, i, StateOf(pp), ws.StateFeatures);
        _weights.Adjust(ws.StateFeatures.Keys, p, -1f);
    }

    private static int[] ToBilou(string[] tags, List<string> types)
    {
        var n = tags.Length;
        var result = new int[n];
        for (var i = 0; i < n; i++)
        {
            if (tags[i] == "O")
            {
                continue;
            }
            var type = types.IndexOf(tags[i][2..]);
            var begins = tags[i][0] == 'B' || i == 0 || tags[i - 1] == "O" || tags[i - 1][2..] != tags[i][2..];
            var continues = i + 1 < n && tags[i + 1][0] == 'I' && tags[i + 1][2..] == tags[i][2..];
            var pos = begins ? (continues ? B : U) : (continues ? I : L);
            result[i] = 1 + 4 * type + pos;
        }
        return result;
    }
}
