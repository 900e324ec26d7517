using Sitrep.Nlp.Corpora;
using Sitrep.Nlp.Tagging;

namespace Sitrep.Nlp.Ner;

/// <summary>XPOS features for NER training. UNER EWT train is the UD EWT train text, so each sentence found there
/// takes its jackknifed tags (as noisy as at run time); the few that differ are tagged by a full tagger.</summary>
public static class NerTrainingTags
{
    /// <param name="lexicon">The run-time tagger's unlabelled-text word features: without them the training tags come
    /// from taggers unlike the one the recogniser sees at run time.</param>
    public static Func<NerSentence, string?[]> Jackknifed(IReadOnlyList<UdSentence> udTrain, int folds, int seed, WordLexicon lexicon,
        Action<string>? log = null)
    {
        var predicted = Jackknife.PredictTags(udTrain, folds, seed, log, Jackknife.DefaultEpochs, 0, lexicon);
        var byText = new Dictionary<string, string?[]>(StringComparer.Ordinal);
        foreach (var s in udTrain)
        {
            byText.TryAdd(string.Join('\u0001', s.Forms), predicted[s].Xpos);
        }
        var fallback = new SentenceTagger(PosTagger.Train(udTrain, Jackknife.TaggerOptions(Jackknife.DefaultEpochs, seed, 0, lexicon)));
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
