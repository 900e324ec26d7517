using Sitrep.Core;
using Sitrep.Nlp.Corpora;
using Sitrep.Nlp.Learning;

namespace Sitrep.Nlp.Ner;

/// <summary>BILOU named-entity tagger: a first-order structured perceptron (averaged) over hashed lexical, shape,
/// context and gazetteer features, decoded by Viterbi over valid BILOU sequences only, so every span is well formed.
/// Class 0 is O; type t has classes 1 + 4t + {B, I, L, U}.</summary>
public sealed partial class EntityRecognizer
{
    public const string Magic = "sitrep-ner";
    public const int Version = 3;
    private const int B = 0, I = 1, L = 2, U = 3;

    private readonly WeightTable _weights;

    private readonly Dictionary<ulong, byte> _caseBuckets;
    // The same ratio counted on unlabelled news/web text: far more words than the labelled set.
    private readonly Dictionary<ulong, byte> _textCaseBuckets;
    private readonly WordClusters _clusters;
    // Added to every span's score per type (tuned on dev after training): trades precision for recall.
    private readonly float[] _spanBias;

    private EntityRecognizer(string[] types, WeightTable weights, Gazetteer gazetteer, Dictionary<ulong, byte> caseBuckets,
        Dictionary<ulong, byte> textCaseBuckets, WordClusters clusters)
    {
        Types = types;
        _weights = weights;
        _valid = ValidTransitions(weights.Classes);
        _spanBias = new float[types.Length];
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

    public float SpanBias(int type) => _spanBias[type];

    /// <summary>Sets the score added to every span of <paramref name="type"/> (it applies where a span opens).</summary>
    public void SetSpanBias(int type, float bias) => _spanBias[type] = bias;

    public static int TypeOf(int cls) => cls == 0 ? -1 : (cls - 1) / 4;
    public static int PositionOf(int cls) => cls == 0 ? -1 : (cls - 1) % 4;

    public sealed class Workspace(EntityRecognizer ner)
    {
        internal readonly FeatureBuffer Features = new(192);
        internal readonly FeatureBuffer StateFeatures = new(8);
        internal readonly uint[] OneKey = new uint[1];
        internal readonly float[] Scores = new float[ner._weights.Stride];
        // Viterbi lattice: per-token class scores, per-state and per-previous-class rows, best paths.
        internal float[] Emission = new float[256 * ner._weights.Stride];
        internal readonly float[] StateRows = new float[ner.StateCount * ner._weights.Stride];
        internal readonly float[] Transitions = new float[(ner._weights.Classes + 1) * ner._weights.Stride];
        internal float[] Best = new float[256 * ner._weights.Classes];
        internal int[] Back = new int[256 * ner._weights.Classes];
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

    private static readonly ulong NoTag = Hashing.Of("_");

    private void Prepare(LexicalSentence lex, ReadOnlySpan<string?> xpos, Workspace ws)
    {
        var n = lex.Count;
        if (ws.Best.Length < n * _weights.Classes)
        {
            ws.Emission = new float[n * 2 * _weights.Stride];
            ws.Best = new float[n * 2 * _weights.Classes];
            ws.Back = new int[n * 2 * _weights.Classes];
        }
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

    public void Save(string path, float prune) => ModelStream.Save(path, Magic, Version, w =>
    {
        ModelStream.WriteStrings(w, Types);
        _weights.Write(w, prune);
        Gazetteer.Write(w);
        WriteBuckets(w, _caseBuckets);
        WriteBuckets(w, _textCaseBuckets);
        _clusters.Write(w);
        foreach (var bias in _spanBias)
        {
            w.Write(bias);
        }
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
        var ner = new EntityRecognizer(types, weights, gazetteer, buckets, textBuckets, WordClusters.Read(r));
        for (var t = 0; t < types.Length; t++)
        {
            ner._spanBias[t] = r.ReadSingle();
        }
        return ner;
    });
}
