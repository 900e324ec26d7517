using Sitrep.Nlp.Corpora;
using Sitrep.Nlp.Learning;

namespace Sitrep.Nlp.Tagging;

/// <summary>Jackknifing four taggers takes minutes; while tuning the parser, the predicted training tags can be kept
/// in a scratch file (keyed by the sentences' forms and the jackknife settings, so other data recomputes them; the tagger's word
/// lexicon is not in the key — delete the file when it changes).</summary>
public static class JackknifeCache
{
    /// <summary>The cache key part for <see cref="Jackknife.PredictTags(IReadOnlyList{UdSentence}, int, int, Action{string}?, int, int, WordLexicon)"/>'s settings.</summary>
    public static ulong Settings(int folds, int taggerFolds, int seed) =>
        Hashing.Combine(Hashing.Combine((ulong)folds, (ulong)taggerFolds), (ulong)seed);

    public static Dictionary<UdSentence, (string[] Upos, string[] Xpos)> PredictTags(IReadOnlyList<UdSentence> sentences, ulong settings,
        string? cachePath, Func<Dictionary<UdSentence, (string[] Upos, string[] Xpos)>> compute)
    {
        if (cachePath is null)
        {
            return compute();
        }
        var key = Fingerprint(sentences, settings);
        var cached = File.Exists(cachePath) ? TryRead(cachePath, key, sentences) : null;
        if (cached is not null)
        {
            return cached;
        }
        var tags = compute();
        Write(cachePath, key, sentences, tags);
        return tags;
    }

    private static ulong Fingerprint(IReadOnlyList<UdSentence> sentences, ulong settings)
    {
        var h = Hashing.Combine((ulong)sentences.Count, settings);
        foreach (var s in sentences)
        {
            foreach (var f in s.Forms)
            {
                h = Hashing.Combine(h, Hashing.Of(f));
            }
        }
        return h;
    }

    private static Dictionary<UdSentence, (string[], string[])>? TryRead(string path, ulong key, IReadOnlyList<UdSentence> sentences)
    {
        using var r = new BinaryReader(File.OpenRead(path));
        if (r.ReadUInt64() != key || r.ReadInt32() != sentences.Count)
        {
            return null;
        }
        var result = new Dictionary<UdSentence, (string[], string[])>(ReferenceEqualityComparer.Instance);
        foreach (var s in sentences)
        {
            var upos = new string[s.Count];
            var xpos = new string[s.Count];
            for (var i = 0; i < s.Count; i++)
            {
                upos[i] = string.Intern(r.ReadString());
                xpos[i] = string.Intern(r.ReadString());
            }
            result[s] = (upos, xpos);
        }
        return result;
    }

    private static void Write(string path, ulong key, IReadOnlyList<UdSentence> sentences, Dictionary<UdSentence, (string[] Upos, string[] Xpos)> tags)
    {
        using var w = new BinaryWriter(File.Create(path));
        w.Write(key);
        w.Write(sentences.Count);
        foreach (var s in sentences)
        {
            var (upos, xpos) = tags[s];
            for (var i = 0; i < s.Count; i++)
            {
                w.Write(upos[i]);
                w.Write(xpos[i]);
            }
        }
    }
}
