using Sitrep.Nlp.Corpora;
using Sitrep.Nlp.Learning;

namespace Sitrep.Nlp.Ner;

/// <summary>The NER's jackknifed training tags (one XPOS column per sentence) kept in a <see cref="TagColumnCache"/>
/// file between tuning runs.</summary>
public static class NerTrainingTagCache
{
    public static Func<NerSentence, string?[]> Tags(IReadOnlyList<NerSentence> sentences, string? cachePath,
        Func<Func<NerSentence, string?[]>> compute)
    {
        if (cachePath is null)
        {
            return compute();
        }
        var columns = TagColumnCache.GetOrCompute(sentences.Select(s => s.Forms).ToList(), settings: 0, cachePath, () =>
        {
            var tagsOf = compute();
            return sentences.Select(s => new[] { tagsOf(s) }).ToArray();
        });
        var byRef = new Dictionary<NerSentence, string?[]>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < sentences.Count; i++) byRef[sentences[i]] = columns[i][0];
        return s => byRef[s];
    }
}
