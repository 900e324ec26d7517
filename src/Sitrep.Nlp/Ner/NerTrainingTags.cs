using Sitrep.Nlp.Corpora;
using Sitrep.Nlp.Tagging;

namespace Sitrep.Nlp.Ner;

/// <summary>XPOS features for NER training. UNER EWT train is the UD EWT train text, so each sentence found there
/// takes its jackknifed tags (as noisy as at run time); the few that differ are tagged by a full tagger.</summary>
public static class NerTrainingTags
{
    /// <param name="taggers">Options of the folds' taggers, with the run-time tagger's word features: without them the
    /// training tags come from taggers unlike the one the recogniser sees at run time.</param>
    public static Func<NerSentence, string?[]> Jackknifed(IReadOnlyList<UdSentence> udTrain, int folds, PosTagger.Options taggers,
        Action<string>? log = null)
    {
        var predicted = Jackknife.PredictTags(udTrain, folds, log, taggers);
        var byText = new Dictionary<string, string?[]>(StringComparer.Ordinal);
        foreach (var s in udTrain)
        {
            byText.TryAdd(string.Join('\u0001', s.Forms), predicted[s].Xpos);
        }
        var fallback = new SentenceTagger(PosTagger.Train(udTrain, taggers));
        var cache = new Dictionary<NerSentence, string?[]>(ReferenceEqualityComparer.Instance);
        var misses = 0;
        return s =>
        {
            if (cache.TryGetValue(s, out var tags))
            {
                return tags;
            }
            if (!byText.TryGetValue(string.Join('\u0001', s.Forms), out tags))
            {
                tags = fallback.Xpos(s.Forms);
                if (++misses % 100 == 1)
                {
                    log?.Invoke($"ner tags: {misses} sentence(s) not found in UD train, tagged by the full tagger");
                }
            }
            cache[s] = tags;
            return tags;
        };
    }
}
