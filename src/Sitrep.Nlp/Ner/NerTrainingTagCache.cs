using Sitrep.Nlp.Corpora;
using Sitrep.Nlp.Learning;
using Sitrep.Nlp.Tagging;

namespace Sitrep.Nlp.Ner;

/// <summary>The NER's jackknifed training tags (one XPOS column per sentence) kept in a <see cref="TagColumnCache"/>
/// file between tuning runs.</summary>
public static class NerTrainingTagCache
{
    /// <summary>Part of the cache key; raised when the way the tags are made changes, so older files recompute
    /// (1: the jackknifed taggers have the run-time tagger's word lexicon).</summary>
    private const ulong TagsVersion = 1;

    /// <summary><paramref name="taggers"/>: what the jackknifed taggers are trained with (part of the key).</summary>
    public static Func<NerSentence, string?[]> Tags(IReadOnlyList<NerSentence> sentences, PosTagger.Options taggers, string? cachePath,
        Func<Func<NerSentence, string?[]>> compute)
    {
        if (cachePath is null)
        {
            return compute();
        }
        var columns = TagColumnCache.GetOrCompute(sentences.Select(s => s.Forms).ToList(), Hashing.Combine(TagsVersion, taggers.Fingerprint()), cachePath, () =>
        {
            var tagsOf = compute();
            return sentences.Select(s => new[] { tagsOf(s) }).ToArray();
        });
        var byRef = new Dictionary<NerSentence, string?[]>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < sentences.Count; i++) byRef[sentences[i]] = columns[i][0];
        return s => byRef[s];
    }
}
