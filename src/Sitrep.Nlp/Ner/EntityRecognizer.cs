using Sitrep.Core;
using Sitrep.Nlp.Corpora;
using Sitrep.Nlp.Learning;

namespace Sitrep.Nlp.Ner;

/// <summary>Greedy BILOU named-entity tagger (averaged perceptron) over hashed lexical, shape, context and
/// gazetteer features. Class 0 is O; type t has classes 1 + 4t + {B, I, L, U}. Decoding only allows valid
/// BILOU sequences, so every span is well formed.</summary>
public sealed class EntityRecognizer
{
    public const string Magic = "sitrep-ner";
    public const int Version = 2;
    private const int B = 0, I = 1, L = 2, U = 3;

    private readonly WeightTable _weights;

    private readonly Dictionary<ulong, byte> _caseBuckets;
    // The same ratio counted on unlabelled news/web text: far more words than the labelled set.
    private readonly Dictionary<ulong, byte> _textCaseBuckets;
    private readonly WordClusters _clusters;

    private EntityRecognizer(string[] types, WeightTable weights, Gazetteer gazetteer, Dictionary<ulong, byte> caseBuckets,
        Dictionary<ulong, byte> textCaseBuckets, WordClusters clusters)
    {
        Types = types;
        _weights = weights;
        Gazetteer = gazetteer;
        _caseBuckets = caseBuckets;
        _textCaseBuckets = textCaseBuckets;
        _clusters = clusters;
        ClassNames = new string[1 + 4 * types.Length];
        ClassNames[0] = "O";
        for (var t = 0; t < types.Length; t++)
        {
            ClassNames[1 + 4 * t + B] = "B-" + types[t];
            ClassNames[1 + 4 * t + I] = "I-" + types[t];
            ClassNames[1 + 4 * t + L] = "L-" + types[t];
            ClassNames[1 + 4 * t + U] = "U-" + types[t];
        }
    }

    public string[] Types { get; }
    public string[] ClassNames { get; }
    public Gazetteer Gazetteer { get; }
    public int FeatureRows => _weights.Rows;

    public static int TypeOf(int cls) => cls == 0 ? -1 : (cls - 1) / 4;
    public static int PositionOf(int cls) => cls == 0 ? -1 : (cls - 1) % 4;

    public sealed class Workspace(EntityRecognizer ner)
    {
        internal readonly FeatureBuffer Features = new(192);
        internal readonly float[] Scores = new float[ner._weights.Stride];
        internal uint[] Marks = new uint[256];
        internal ulong[] Tags = new ulong[256];
        internal byte[] Case = new byte[256];
        internal byte[] TextCase = new byte[256];
        internal uint[] Cluster = new uint[256];
        internal ulong[] RunFirst = new ulong[256];
        internal ulong[] RunLast = new ulong[256];
        internal byte[] RunPos = new byte[256];
        internal ulong[] RunLastCluster = new ulong[256];
        internal byte[] RunHead = new byte[256];
    }

    public Workspace CreateWorkspace() => new(this);

    /// <summary>Predicts one BILOU class per token into <paramref name="classes"/>; <paramref name="xpos"/> are the
    /// tagger's XPOS tags (features), null entries where none.</summary>
    public void Recognize(LexicalSentence lex, ReadOnlySpan<string?> xpos, Workspace ws, Span<int> classes)
    {
        Prepare(lex, xpos, ws);
        var count = _weights.Classes;
        for (var i = 0; i < lex.Count; i++)
        {
            var p1 = i > 0 ? classes[i - 1] : -1;
            Extract(lex, ws, i, p1, i > 1 ? classes[i - 2] : -2);
            _weights.Score(ws.Features.Keys, ws.Scores);
            var inside = p1 > 0 && PositionOf(p1) is B or I;
            var best = -1;
            for (var c = 0; c < count; c++)
            {
                var pos = PositionOf(c);
                var ok = inside
                    ? TypeOf(c) == TypeOf(p1) && pos is I or L
                    : c == 0 || pos is B or U;
                // The last token cannot open a span.
                if (ok && i == lex.Count - 1 && pos is B or I)
                {
                    ok = false;
                }
                if (ok && (best < 0 || ws.Scores[c] > ws.Scores[best]))
                {
                    best = c;
                }
            }
            classes[i] = best;
        }
    }

    private static readonly ulong NoTag = Hashing.Of("_");

    private void Prepare(LexicalSentence lex, ReadOnlySpan<string?> xpos, Workspace ws)
    {
        var n = lex.Count;
        if (ws.Marks.Length < n)
        {
            ws.Marks = new uint[n * 2];
            ws.Tags = new ulong[n * 2];
            ws.Case = new byte[n * 2];
            ws.TextCase = new byte[n * 2];
            ws.Cluster = new uint[n * 2];
            ws.RunFirst = new ulong[n * 2];
            ws.RunLast = new ulong[n * 2];
            ws.RunPos = new byte[n * 2];
            ws.RunLastCluster = new ulong[n * 2];
            ws.RunHead = new byte[n * 2];
        }
        Gazetteer.Mark(lex, ws.Marks);
        for (var i = 0; i < n; i++)
        {
            ws.Tags[i] = i < xpos.Length && xpos[i] is { } t ? Hashing.Of(t) : NoTag;
            ws.Case[i] = _caseBuckets.TryGetValue(lex.Lower(i), out var b) ? b : (byte)9;
            ws.TextCase[i] = _textCaseBuckets.TryGetValue(lex.Lower(i), out b) ? b : (byte)9;
            ws.Cluster[i] = _clusters.Of(lex.Lower(i));
        }
        MarkNameRuns(lex, ws, Gazetteer);
    }

    private static readonly ulong Of = Hashing.Lower("of"), The = Hashing.Lower("the"), For = Hashing.Lower("for"),
        And = Hashing.Lower("and"), NoRun = Hashing.Of("<no-run>");

    /// <summary>Runs of capitalised words, bridged by "of", "the", "for", "and" between capitalised words ("High
    /// Negotiations Committee", "Committee of the Red Cross"): every token learns the run's first and last word and
    /// its place in it, so a trailing "Committee" or "Ministry" marks the whole run as an organisation.</summary>
    private static void MarkNameRuns(LexicalSentence lex, Workspace ws, Gazetteer gazetteer)
    {
        var n = lex.Count;
        var i = 0;
        while (i < n)
        {
            if ((lex.Flags(i) & LexicalSentence.FlagInitUpper) == 0)
            {
                ws.RunFirst[i] = NoRun;
                ws.RunLast[i] = NoRun;
                ws.RunPos[i] = 0;
                ws.RunLastCluster[i] = 0;
                ws.RunHead[i] = 0;
                i++;
                continue;
            }
            var end = i + 1;
            while (end < n)
            {
                if ((lex.Flags(end) & LexicalSentence.FlagInitUpper) != 0)
                {
                    end++;
                    continue;
                }
                var bridge = end;
                while (bridge < n && bridge - end < 2 && lex.Lower(bridge) is var w && (w == Of || w == The || w == For || w == And))
                {
                    bridge++;
                }
                if (bridge > end && bridge < n && (lex.Flags(bridge) & LexicalSentence.FlagInitUpper) != 0)
                {
                    end = bridge;
                    continue;
                }
                break;
            }
            var length = end - i;
            for (var k = i; k < end; k++)
            {
                ws.RunFirst[k] = lex.Lower(i);
                ws.RunLast[k] = lex.Lower(end - 1);
                ws.RunLastCluster[k] = ws.Cluster[end - 1] & 0xFFFF;
                ws.RunHead[k] = gazetteer.HeadOf(lex.Lower(end - 1));
                // 1 = single word; else 2 + (B, I, L) with the run length capped at 4.
                ws.RunPos[k] = (byte)(length == 1 ? 1 : 2 + (k == i ? 0 : k == end - 1 ? 1 : 2) + 3 * Math.Min(length - 2, 2));
            }
            i = end;
        }
    }

    /// <summary>How often a word is capitalised when not sentence-initial, in tenths (0 = always lower case):
    /// "President" at a sentence start is a common word, "Apple" mid-sentence is a name.</summary>
    private static Dictionary<ulong, byte> TextCaseBuckets(UnlabelledText? text)
    {
        var result = new Dictionary<ulong, byte>();
        if (text is null)
        {
            return result;
        }
        foreach (var (k, c) in text.Case)
        {
            if (c.Total >= 3)
            {
                result[k] = (byte)(c.Upper * 8 / c.Total);
            }
        }
        return result;
    }

    private static Dictionary<ulong, byte> CaseBuckets(IReadOnlyList<NerSentence> sentences)
    {
        var counts = new Dictionary<ulong, (int Upper, int Total)>();
        foreach (var s in sentences)
        {
            for (var i = 1; i < s.Count; i++)
            {
                var f = s.Forms[i];
                if (f.Length == 0 || !char.IsLetter(f[0]))
                {
                    continue;
                }
                var key = Hashing.Lower(f);
                var c = counts.GetValueOrDefault(key);
                counts[key] = (c.Upper + (char.IsUpper(f[0]) ? 1 : 0), c.Total + 1);
            }
        }
        var result = new Dictionary<ulong, byte>();
        foreach (var (k, c) in counts)
        {
            if (c.Total >= 3)
            {
                result[k] = (byte)(c.Upper * 8 / c.Total);
            }
        }
        return result;
    }

    private static void Extract(LexicalSentence x, Workspace ws, int i, int p1, int p2)
    {
        var f = ws.Features;
        f.Clear();
        var n = x.Count;
        uint Mark(int j) => (uint)j < (uint)n ? ws.Marks[j] : 0;
        ulong Tag(int j) => (uint)j < (uint)n ? ws.Tags[j] : (j < 0 ? 5UL : 7UL);
        var t1 = (ulong)(p1 + 3);
        var t2 = (ulong)(p2 + 3);
        f.Add(Hashing.Key(0, 0));
        f.Add(Hashing.Key(1, x.Word(i)));
        f.Add(Hashing.Key(2, x.Lower(i)));
        f.Add(Hashing.Key(3, x.Shape(i)));
        f.Add(Hashing.Key(4, x.Suf2(i)));
        f.Add(Hashing.Key(5, x.Suf3(i)));
        f.Add(Hashing.Key(6, x.Suf4(i)));
        f.Add(Hashing.Key(7, x.Pre2(i)));
        f.Add(Hashing.Key(8, x.Pre3(i)));
        f.Add(Hashing.Key(9, x.Lower(i - 1)));
        f.Add(Hashing.Key(10, x.Lower(i + 1)));
        f.Add(Hashing.Key(11, x.Lower(i - 2)));
        f.Add(Hashing.Key(12, x.Lower(i + 2)));
        f.Add(Hashing.Key(13, x.Word(i - 1)));
        f.Add(Hashing.Key(14, x.Word(i + 1)));
        f.Add(Hashing.Key(15, x.Shape(i - 1)));
        f.Add(Hashing.Key(16, x.Shape(i + 1)));
        f.Add(Hashing.Key(17, x.Shape(i - 1), x.Shape(i), x.Shape(i + 1)));
        f.Add(Hashing.Key(18, x.Lower(i - 1), x.Lower(i)));
        f.Add(Hashing.Key(19, x.Lower(i), x.Lower(i + 1)));
        f.Add(Hashing.Key(20, t1));
        f.Add(Hashing.Key(21, t1, t2));
        f.Add(Hashing.Key(22, t1, x.Word(i)));
        f.Add(Hashing.Key(23, t1, x.Shape(i)));
        f.Add(Hashing.Key(24, (ulong)x.Flags(i), i == 0 ? 1UL : 0UL));
        f.Add(Hashing.Key(25, Mark(i)));
        f.Add(Hashing.Key(26, Mark(i - 1)));
        f.Add(Hashing.Key(27, Mark(i + 1)));
        f.Add(Hashing.Key(28, t1, Mark(i)));
        f.Add(Hashing.Key(29, x.Lower(i - 1), x.Shape(i)));
        f.Add(Hashing.Key(30, x.Shape(i), x.Lower(i + 1)));
        f.Add(Hashing.Key(31, x.Suf3(i - 1)));
        f.Add(Hashing.Key(32, x.Suf3(i + 1)));
        f.Add(Hashing.Key(33, (ulong)x.Flags(i - 1), (ulong)x.Flags(i), (ulong)x.Flags(i + 1)));
        f.Add(Hashing.Key(50, Tag(i)));
        f.Add(Hashing.Key(51, Tag(i - 1)));
        f.Add(Hashing.Key(52, Tag(i + 1)));
        f.Add(Hashing.Key(53, Tag(i), x.Shape(i)));
        f.Add(Hashing.Key(54, Tag(i - 1), Tag(i)));
        f.Add(Hashing.Key(55, Tag(i), Tag(i + 1)));
        f.Add(Hashing.Key(56, t1, Tag(i)));
        f.Add(Hashing.Key(57, Tag(i - 1), Tag(i), Tag(i + 1)));
        ulong cs = (uint)i < (uint)n ? ws.Case[i] : 11UL;
        f.Add(Hashing.Key(58, cs, (ulong)(x.Flags(i) & LexicalSentence.FlagInitUpper), i == 0 ? 1UL : 0UL));
        f.Add(Hashing.Key(59, cs, Tag(i)));
        f.Add(Hashing.Key(60, (uint)(i + 1) < (uint)n ? ws.Case[i + 1] : 11UL, (ulong)(x.Flags(i + 1) & LexicalSentence.FlagInitUpper)));
        ulong tcs = (uint)i < (uint)n ? ws.TextCase[i] : 11UL;
        f.Add(Hashing.Key(61, tcs, (ulong)(x.Flags(i) & LexicalSentence.FlagInitUpper), i == 0 ? 1UL : 0UL));
        f.Add(Hashing.Key(62, tcs, cs));
        f.Add(Hashing.Key(63, (uint)(i + 1) < (uint)n ? ws.TextCase[i + 1] : 11UL, (ulong)(x.Flags(i + 1) & LexicalSentence.FlagInitUpper)));
        ulong Cl(int j) => (uint)j < (uint)n ? ws.Cluster[j] : (j < 0 ? 0x10001UL : 0x20002UL);
        var cl = Cl(i);
        f.Add(Hashing.Key(70, cl & 0xFFFF));
        f.Add(Hashing.Key(71, cl >> 16));
        f.Add(Hashing.Key(72, cl & 0xFFFF, x.Shape(i)));
        f.Add(Hashing.Key(73, Cl(i - 1) & 0xFFFF));
        f.Add(Hashing.Key(74, Cl(i + 1) & 0xFFFF));
        f.Add(Hashing.Key(75, Cl(i - 2) >> 16, Cl(i - 1) >> 16));
        f.Add(Hashing.Key(76, Cl(i + 1) >> 16, Cl(i + 2) >> 16));
        f.Add(Hashing.Key(77, t1, cl >> 16));
        if ((uint)i < (uint)n && ws.RunPos[i] != 0)
        {
            var rp = (ulong)ws.RunPos[i];
            f.Add(Hashing.Key(80, rp, ws.RunLast[i]));
            f.Add(Hashing.Key(81, rp, ws.RunFirst[i]));
            f.Add(Hashing.Key(82, rp, ws.RunLastCluster[i]));
            f.Add(Hashing.Key(83, rp, t1));
            f.Add(Hashing.Key(84, rp, ws.RunHead[i]));
        }
        var m = Mark(i);
        while (m != 0)
        {
            var bit = System.Numerics.BitOperations.TrailingZeroCount(m);
            f.Add(Hashing.Key(40, (ulong)bit));
            f.Add(Hashing.Key(41, (ulong)bit, x.Shape(i)));
            m &= m - 1;
        }
    }

    public const float DefaultPrune = 0.05f;

    public sealed record Options(int Epochs = 10, int Seed = 1)
    {
        public WordClusters.Options Clusters { get; init; } = new();
    }

    /// <summary>Trains from IOB2 sentences (BIO converted to BILOU; an I- without an opening B- starts a span).</summary>
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
        var ner = new EntityRecognizer([.. types], new WeightTable(1 + 4 * types.Count, 1 << 18), gazetteer, CaseBuckets(train),
            TextCaseBuckets(unlabelled), clusters);
        var ws = ner.CreateWorkspace();
        var lex = new LexicalSentence();
        var golds = train.Select(s => ToBilou(s.Tags, types)).ToArray();
        var order = Enumerable.Range(0, train.Count).ToArray();
        var random = new Random(options.Seed);
        var predicted = new int[512];
        for (var epoch = 0; epoch < options.Epochs; epoch++)
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
                for (var i = 0; i < s.Count; i++)
                {
                    Extract(lex, ws, i, i > 0 ? predicted[i - 1] : -1, i > 1 ? predicted[i - 2] : -2);
                    ner._weights.Score(ws.Features.Keys, ws.Scores);
                    var guess = 0;
                    for (var c = 1; c < ner._weights.Classes; c++)
                    {
                        if (ws.Scores[c] > ws.Scores[guess])
                        {
                            guess = c;
                        }
                    }
                    ner._weights.Update(ws.Features.Keys, gold[i], guess);
                    ner._weights.Tick();
                    predicted[i] = guess;
                    wrong += guess != gold[i] ? 1 : 0;
                    total++;
                }
            }
            log?.Invoke($"ner epoch {epoch + 1}/{options.Epochs}: {100.0 * wrong / Math.Max(1, total):F2}% token errors, {ner.FeatureRows} feature rows");
        }
        ner._weights.Average();
        return ner;
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

    public void Save(string path, float prune) => ModelStream.Save(path, Magic, Version, w =>
    {
        ModelStream.WriteStrings(w, Types);
        _weights.Write(w, prune);
        Gazetteer.Write(w);
        WriteBuckets(w, _caseBuckets);
        WriteBuckets(w, _textCaseBuckets);
        _clusters.Write(w);
    });

    private static void WriteBuckets(BinaryWriter w, Dictionary<ulong, byte> buckets)
    {
        w.Write(buckets.Count);
        foreach (var (k, v) in buckets.OrderBy(kv => kv.Key))
        {
            w.Write(k);
            w.Write(v);
        }
    }

    private static Dictionary<ulong, byte> ReadBuckets(BinaryReader r)
    {
        var n = r.ReadInt32();
        var buckets = new Dictionary<ulong, byte>(n);
        for (var i = 0; i < n; i++)
        {
            var k = r.ReadUInt64();
            buckets[k] = r.ReadByte();
        }
        return buckets;
    }

    public static EntityRecognizer Load(string path) => ModelStream.Load(path, Magic, Version, r =>
    {
        var types = ModelStream.ReadStrings(r);
        var weights = WeightTable.Read(r);
        var gazetteer = Gazetteer.Read(r);
        var buckets = ReadBuckets(r);
        var textBuckets = ReadBuckets(r);
        return new EntityRecognizer(types, weights, gazetteer, buckets, textBuckets, WordClusters.Read(r));
    });
}
