using Sitrep.Nlp.Learning;
using Sitrep.Nlp.Ner;

namespace Sitrep.Nlp.Tagging;

/// <summary>What unlabelled text says about a word, for the tagger: its k-means word clusters (the same
/// <see cref="WordClusters"/> the NER builds) and how often it is capitalised away from sentence starts (PROPN vs
/// NOUN for words the treebank never shows). Only hashes and small ids are kept.</summary>
public sealed class WordLexicon
{
    /// <summary>Case bucket of a word never seen often enough in the unlabelled text.</summary>
    public const byte UnknownCase = 255;

    private readonly Dictionary<ulong, byte> _caseBuckets;

    private WordLexicon(WordClusters clusters, WordClusters wideClusters, Dictionary<ulong, byte> caseBuckets)
    {
        Clusters = clusters;
        WideClusters = wideClusters;
        _caseBuckets = caseBuckets;
    }

    public static WordLexicon Empty { get; } = new(WordClusters.Empty, WordClusters.Empty, []);

    /// <summary>Fine (low 16 bits) and coarse (high 16) cluster ids; 0 for unknown words.</summary>
    public WordClusters Clusters { get; }

    /// <summary>A second, finer clustering (more classes), a third granularity.</summary>
    public WordClusters WideClusters { get; }

    public int CaseCount => _caseBuckets.Count;

    /// <summary>0..8: share of capitalised occurrences in eighths; <see cref="UnknownCase"/> when rare.</summary>
    public byte CaseBucket(ulong lowerHash) => _caseBuckets.TryGetValue(lowerHash, out var b) ? b : UnknownCase;

    public sealed record Options(int Fine = 256, int Coarse = 32, int WideFine = 1024, int WideCoarse = 128);

    public static WordLexicon Build(UnlabelledText text, Options options, Action<string>? log = null)
    {
        var clusters = WordClusters.Build(text.Sentences, new WordClusters.Options(Fine: options.Fine, Coarse: options.Coarse), log);
        var wide = options.WideFine > 0
            ? WordClusters.Build(text.Sentences, new WordClusters.Options(Fine: options.WideFine, Coarse: options.WideCoarse), log)
            : WordClusters.Empty;
        var buckets = new Dictionary<ulong, byte>();
        foreach (var (word, c) in text.Case)
        {
            // Three sightings are enough to separate "always capitalised" from "never".
            if (c.Total >= 3)
            {
                buckets[word] = (byte)(c.Upper * 8 / c.Total);
            }
        }
        return new WordLexicon(clusters, wide, buckets);
    }

    public void Write(BinaryWriter writer)
    {
        Clusters.Write(writer);
        WideClusters.Write(writer);
        writer.Write(_caseBuckets.Count);
        foreach (var (k, v) in _caseBuckets.OrderBy(kv => kv.Key))
        {
            writer.Write(k);
            writer.Write(v);
        }
    }

    public static WordLexicon Read(BinaryReader reader)
    {
        var clusters = WordClusters.Read(reader);
        var wide = WordClusters.Read(reader);
        var n = reader.ReadInt32();
        var buckets = new Dictionary<ulong, byte>(n);
        for (var i = 0; i < n; i++)
        {
            var k = reader.ReadUInt64();
            buckets[k] = reader.ReadByte();
        }
        return new WordLexicon(clusters, wide, buckets);
    }

    /// <summary>A hash of the whole lexicon, for cache keys of what was computed with it.</summary>
    public ulong Fingerprint()
    {
        using var bytes = new MemoryStream();
        using (var writer = new BinaryWriter(bytes, System.Text.Encoding.UTF8, leaveOpen: true)) Write(writer);
        var h = 0x1E71C0UL;
        foreach (var b in bytes.GetBuffer().AsSpan(0, (int)bytes.Length)) h = Hashing.Combine(h, b);
        return h;
    }

    public void Save(string path) => ModelStream.Save(path, "sitrep-word-lexicon", 1, Write);

    public static WordLexicon Load(string path) => ModelStream.Load(path, "sitrep-word-lexicon", 1, Read);
}
