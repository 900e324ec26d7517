using Sitrep.Nlp.Corpora;

namespace Sitrep.Nlp.Ner;

/// <summary>Jackknifing five taggers takes minutes; while tuning, the training tags can be kept in a scratch file
/// (keyed by the sentence count and forms, so a different training file recomputes them).</summary>
public static class NerTrainingTagCache
{
    public static Func<NerSentence, string?[]> Tags(IReadOnlyList<NerSentence> sentences, string? cachePath,
        Func<Func<NerSentence, string?[]>> compute)
    {
        if (cachePath is null)
        {
            return compute();
        }
        var key = Fingerprint(sentences);
        var cached = File.Exists(cachePath) ? TryRead(cachePath, key, sentences.Count) : null;
        if (cached is null)
        {
            var tagsOf = compute();
            cached = new string?[sentences.Count][];
            for (var i = 0; i < sentences.Count; i++) cached[i] = tagsOf(sentences[i]);
            Write(cachePath, key, cached);
        }
        var byRef = new Dictionary<NerSentence, string?[]>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < sentences.Count; i++) byRef[sentences[i]] = cached[i];
        return s => byRef[s];
    }

    private static ulong Fingerprint(IReadOnlyList<NerSentence> sentences)
    {
        var h = (ulong)sentences.Count;
        foreach (var s in sentences)
        {
            foreach (var f in s.Forms) h = Learning.Hashing.Combine(h, Learning.Hashing.Of(f));
        }
        return h;
    }

    private static string?[][]? TryRead(string path, ulong key, int count)
    {
        using var r = new BinaryReader(File.OpenRead(path));
        if (r.ReadUInt64() != key || r.ReadInt32() != count) return null;
        var result = new string?[count][];
        for (var i = 0; i < count; i++)
        {
            var n = r.ReadInt32();
            result[i] = new string?[n];
            for (var j = 0; j < n; j++) result[i][j] = r.ReadBoolean() ? string.Intern(r.ReadString()) : null;
        }
        return result;
    }

    private static void Write(string path, ulong key, string?[][] tags)
    {
        using var w = new BinaryWriter(File.Create(path));
        w.Write(key);
        w.Write(tags.Length);
        foreach (var s in tags)
        {
            w.Write(s.Length);
            foreach (var t in s)
            {
                w.Write(t is not null);
                if (t is not null) w.Write(t);
            }
        }
    }
}
