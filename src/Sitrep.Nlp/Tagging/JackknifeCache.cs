using Sitrep.Nlp.Corpora;
using Sitrep.Nlp.Learning;

namespace Sitrep.Nlp.Tagging;

/// <summary>The parser's jackknifed training tags (UPOS and XPOS columns) kept in a <see cref="TagColumnCache"/> file
/// between tuning runs. The key covers the sentences' forms, the number of folds and everything the folds' taggers
/// are trained with (settings, word lexicon, model version), so a changed tagger recomputes.</summary>
public static class JackknifeCache
{
    /// <summary>The cache key part for <see cref="Jackknife.PredictTags(IReadOnlyList{UdSentence}, int, Action{string}?, PosTagger.Options)"/>'s settings.</summary>
    public static ulong Settings(int folds, PosTagger.Options taggers) => Hashing.Combine((ulong)folds, taggers.Fingerprint());

    public static Dictionary<UdSentence, (string[] Upos, string[] Xpos)> PredictTags(IReadOnlyList<UdSentence> sentences, ulong settings,
        string? cachePath, Func<Dictionary<UdSentence, (string[] Upos, string[] Xpos)>> compute)
    {
        if (cachePath is null)
        {
            return compute();
        }
        var columns = TagColumnCache.GetOrCompute(sentences.Select(s => s.Forms).ToList(), settings, cachePath, () =>
        {
            var tags = compute();
            return sentences.Select(s => new string?[][] { tags[s].Upos, tags[s].Xpos }).ToArray();
        });
        var result = new Dictionary<UdSentence, (string[], string[])>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < sentences.Count; i++)
        {
            // the parser's tags are never null: every token was tagged
            result[sentences[i]] = (Array.ConvertAll(columns[i][0], t => t!), Array.ConvertAll(columns[i][1], t => t!));
        }
        return result;
    }
}
