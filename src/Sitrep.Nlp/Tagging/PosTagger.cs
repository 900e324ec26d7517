using Sitrep.Nlp.Corpora;
using Sitrep.Nlp.Learning;

namespace Sitrep.Nlp.Tagging;

/// <summary>Greedy left-to-right averaged-perceptron tagger. A class is a (UPOS, XPOS) pair seen in training, so
/// both layers come from one decision; features are hashed lexical context, the two previous tags and the
/// ambiguity class (set of tags seen in training) of nearby words.</summary>
public sealed class PosTagger
{
    public const string Magic = "sitrep-pos-tagger";
    public const int Version = 1;
    private const ulong UnknownAmbiguity = 0x5EED;

    private readonly WeightTable _weights;
    private readonly Dictionary<ulong, ulong> _ambiguity;

    private PosTagger(string[] upos, string[] xpos, WeightTable weights, Dictionary<ulong, ulong> ambiguity, Lemmatizer lemmatizer)
    {
        Upos = upos;
        Xpos = xpos;
        _weights = weights;
        _ambiguity = ambiguity;
        Lemmatizer = lemmatizer;
    }

    /// <summary>UPOS of each class.</summary>
    public string[] Upos { get; }
    /// <summary>XPOS of each class.</summary>
    public string[] Xpos { get; }
    public Lemmatizer Lemmatizer { get; }
    public int FeatureRows => _weights.Rows;

    /// <summary>Scratch buffers for one thread; make one per call site, reuse across sentences.</summary>
    public sealed class Workspace(PosTagger tagger)
    {
        internal readonly FeatureBuffer Features = new();
        internal readonly float[] Scores = new float[tagger._weights.Stride];
        internal ulong[] Ambiguity = new ulong[256];
    }

    public Workspace CreateWorkspace() => new(this);

    public void Tag(LexicalSentence lex, Workspace ws, Span<int> tags)
    {
        PrepareAmbiguity(lex, ws);
        var classes = _weights.Classes;
        for (var i = 0; i < lex.Count; i++)
        {
            Extract(lex, ws, i, i > 0 ? tags[i - 1] : -1, i > 1 ? tags[i - 2] : -2);
            _weights.Score(ws.Features.Keys, ws.Scores);
            tags[i] = ArgMax(ws.Scores.AsSpan(0, classes));
        }
    }

    private void PrepareAmbiguity(LexicalSentence lex, Workspace ws)
    {
        if (ws.Ambiguity.Length < lex.Count + 2)
        {
            ws.Ambiguity = new ulong[lex.Count * 2 + 2];
        }
        for (var i = 0; i < lex.Count; i++)
        {
            ws.Ambiguity[i] = _ambiguity.TryGetValue(lex.Lower(i), out var a) ? a : UnknownAmbiguity;
        }
    }

    private static int ArgMax(ReadOnlySpan<float> scores)
    {
        var best = 0;
        for (var c = 1; c < scores.Length; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }
        return best;
    }

    private static void Extract(LexicalSentence x, Workspace ws, int i, int p1, int p2)
    {
        var f = ws.Features;
        f.Clear();
        var n = x.Count;
        ulong Amb(int j) => (uint)j < (uint)n ? ws.Ambiguity[j] : (j < 0 ? 11UL : 13UL);
        var t1 = (ulong)(p1 + 3);
        var t2 = (ulong)(p2 + 3);
        f.Add(Hashing.Key(0, 0));
        f.Add(Hashing.Key(1, x.Word(i)));
        f.Add(Hashing.Key(2, x.Lower(i)));
        f.Add(Hashing.Key(3, x.Suf1(i)));
        f.Add(Hashing.Key(4, x.Suf2(i)));
        f.Add(Hashing.Key(5, x.Suf3(i)));
        f.Add(Hashing.Key(6, x.Suf4(i)));
        f.Add(Hashing.Key(7, x.Pre1(i)));
        f.Add(Hashing.Key(8, x.Pre2(i)));
        f.Add(Hashing.Key(9, x.Pre3(i)));
        f.Add(Hashing.Key(10, x.Shape(i)));
        f.Add(Hashing.Key(11, x.Lower(i - 1)));
        f.Add(Hashing.Key(12, x.Lower(i - 2)));
        f.Add(Hashing.Key(13, x.Lower(i + 1)));
        f.Add(Hashing.Key(14, x.Lower(i + 2)));
        f.Add(Hashing.Key(15, x.Suf3(i - 1)));
        f.Add(Hashing.Key(16, x.Suf3(i + 1)));
        f.Add(Hashing.Key(17, x.Shape(i - 1)));
        f.Add(Hashing.Key(18, x.Shape(i + 1)));
        f.Add(Hashing.Key(19, t1));
        f.Add(Hashing.Key(20, t1, t2));
        f.Add(Hashing.Key(21, t1, x.Lower(i)));
        f.Add(Hashing.Key(22, t1, x.Suf3(i)));
        f.Add(Hashing.Key(23, Amb(i)));
        f.Add(Hashing.Key(24, Amb(i + 1)));
        f.Add(Hashing.Key(25, Amb(i + 2)));
        f.Add(Hashing.Key(26, Amb(i), Amb(i + 1)));
        f.Add(Hashing.Key(27, t1, Amb(i)));
        f.Add(Hashing.Key(28, t1, Amb(i), Amb(i + 1)));
        f.Add(Hashing.Key(29, x.Lower(i), x.Lower(i + 1)));
        f.Add(Hashing.Key(30, x.Lower(i - 1), x.Lower(i)));
        f.Add(Hashing.Key(31, (ulong)x.Flags(i), i == 0 ? 1UL : 0UL));
        f.Add(Hashing.Key(32, x.Lower(i), Amb(i + 1)));
        f.Add(Hashing.Key(33, t1, x.Lower(i + 1)));
        f.Add(Hashing.Key(34, Amb(i), x.Suf3(i + 1)));
        f.Add(Hashing.Key(35, x.Suf2(i + 1), x.Suf2(i)));
        f.Add(Hashing.Key(36, t2, Amb(i)));
    }

    public sealed record Options(int Epochs = 10, int Seed = 1, int MinAmbiguityCount = 2, float Prune = 0.01f);

    public static PosTagger Train(IReadOnlyList<UdSentence> train, Options options, Action<string>? log = null)
    {
        // Classes: (UPOS, XPOS) pairs, numbered in order of first appearance (deterministic).
        var classOf = new Dictionary<(string, string), int>();
        var upos = new List<string>();
        var xpos = new List<string>();
        foreach (var s in train)
        {
            for (var i = 0; i < s.Count; i++)
            {
                if (!classOf.ContainsKey((s.Upos[i], s.Xpos[i])))
                {
                    classOf[(s.Upos[i], s.Xpos[i])] = upos.Count;
                    upos.Add(s.Upos[i]);
                    xpos.Add(s.Xpos[i]);
                }
            }
        }
        if (upos.Count > 255)
        {
            throw new Sitrep.Core.SitrepException($"too many (UPOS, XPOS) pairs in the training data: {upos.Count} (max 255)");
        }
        var ambiguity = BuildAmbiguity(train, classOf, options.MinAmbiguityCount);
        var weights = new WeightTable(upos.Count, 1 << 18);
        var lemmatizer = Lemmatizer.Train(train, (s, i) => classOf[(s.Upos[i], s.Xpos[i])]);
        var tagger = new PosTagger([.. upos], [.. xpos], weights, ambiguity, lemmatizer);
        var ws = tagger.CreateWorkspace();
        var lex = new LexicalSentence();
        var order = Enumerable.Range(0, train.Count).ToArray();
        var random = new Random(options.Seed);
        var gold = new int[512];
        var predicted = new int[512];
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(order);
            long correct = 0, total = 0;
            foreach (var index in order)
            {
                var s = train[index];
                if (gold.Length < s.Count)
                {
                    gold = new int[s.Count * 2];
                    predicted = new int[s.Count * 2];
                }
                lex.Reset(s.Count);
                for (var i = 0; i < s.Count; i++)
                {
                    lex.Add(s.Forms[i]);
                    gold[i] = classOf[(s.Upos[i], s.Xpos[i])];
                }
                tagger.PrepareAmbiguity(lex, ws);
                for (var i = 0; i < s.Count; i++)
                {
                    Extract(lex, ws, i, i > 0 ? predicted[i - 1] : -1, i > 1 ? predicted[i - 2] : -2);
                    weights.Score(ws.Features.Keys, ws.Scores);
                    var guess = ArgMax(ws.Scores.AsSpan(0, upos.Count));
                    weights.Update(ws.Features.Keys, gold[i], guess);
                    weights.Tick();
                    predicted[i] = guess;
                    correct += guess == gold[i] ? 1 : 0;
                    total++;
                }
            }
            log?.Invoke($"tagger epoch {epoch + 1}/{options.Epochs}: train accuracy {100.0 * correct / total:F2}%, {weights.Rows} feature rows");
        }
        weights.Average();
        return tagger;
    }

    /// <summary>Words seen at least <paramref name="minCount"/> times map to a hash of the classes they took in
    /// ≥ 5% of their occurrences; rarer words look unknown, as unseen words will at run time.</summary>
    private static Dictionary<ulong, ulong> BuildAmbiguity(IReadOnlyList<UdSentence> train, Dictionary<(string, string), int> classOf, int minCount)
    {
        var counts = new Dictionary<ulong, Dictionary<int, int>>();
        foreach (var s in train)
        {
            for (var i = 0; i < s.Count; i++)
            {
                var key = Hashing.Lower(s.Forms[i]);
                if (!counts.TryGetValue(key, out var c))
                {
                    counts[key] = c = [];
                }
                var cls = classOf[(s.Upos[i], s.Xpos[i])];
                c[cls] = c.GetValueOrDefault(cls) + 1;
            }
        }
        var result = new Dictionary<ulong, ulong>();
        foreach (var (word, c) in counts)
        {
            var total = c.Values.Sum();
            if (total < minCount)
            {
                continue;
            }
            var h = 0x9999UL;
            foreach (var cls in c.Where(kv => kv.Value * 20 >= total).Select(kv => kv.Key).Order())
            {
                h = Hashing.Combine(h, (ulong)cls);
            }
            result[word] = h;
        }
        return result;
    }

    public void Save(string path, float prune = 0.01f) => ModelStream.Save(path, Magic, Version, w =>
    {
        ModelStream.WriteStrings(w, Upos);
        ModelStream.WriteStrings(w, Xpos);
        w.Write(_ambiguity.Count);
        foreach (var (k, v) in _ambiguity.OrderBy(kv => kv.Key))
        {
            w.Write(k);
            w.Write(v);
        }
        _weights.Write(w, prune);
        Lemmatizer.Write(w);
    });

    public static PosTagger Load(string path) => ModelStream.Load(path, Magic, Version, r =>
    {
        var upos = ModelStream.ReadStrings(r);
        var xpos = ModelStream.ReadStrings(r);
        var n = r.ReadInt32();
        var ambiguity = new Dictionary<ulong, ulong>(n);
        for (var i = 0; i < n; i++)
        {
            var k = r.ReadUInt64();
            ambiguity[k] = r.ReadUInt64();
        }
        var weights = WeightTable.Read(r);
        var lemmatizer = Lemmatizer.Read(r);
        return new PosTagger(upos, xpos, weights, ambiguity, lemmatizer);
    });
}
