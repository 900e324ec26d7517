using Sitrep.Nlp.Corpora;
using Sitrep.Nlp.Learning;

namespace Sitrep.Nlp.Tagging;

/// <summary>N-fold jackknifing: each fold is tagged by a tagger trained on the other folds, so the parser trains on
/// tags as noisy as the ones it will see at run time.</summary>
public static class Jackknife
{
    /// <summary>Training passes of the folds' taggers (fewer than the run-time tagger's: their tags are meant to be noisy).</summary>
    public const int DefaultEpochs = 6;

    public static Dictionary<UdSentence, (string[] Upos, string[] Xpos)> PredictTags(IReadOnlyList<UdSentence> sentences, int folds, int seed,
        Action<string>? log = null, int epochs = DefaultEpochs) => PredictTags(sentences, folds, seed, log, epochs, 0);

    /// <summary><paramref name="taggerFolds"/>: the jackknifed taggers' own <see cref="PosTagger.Options.Folds"/>.</summary>
    public static Dictionary<UdSentence, (string[] Upos, string[] Xpos)> PredictTags(IReadOnlyList<UdSentence> sentences, int folds, int seed,
        Action<string>? log, int epochs, int taggerFolds) => PredictTags(sentences, folds, log, TaggerOptions(epochs, seed, taggerFolds, WordLexicon.Empty));

    /// <summary>The options each fold's tagger is trained with (their <see cref="PosTagger.Options.Fingerprint"/> keys
    /// cached tags): <paramref name="lexicon"/> and <paramref name="wordNet"/> are the word features the run-time
    /// tagger also has.</summary>
    public static PosTagger.Options TaggerOptions(int epochs, int seed, int taggerFolds, WordLexicon lexicon, WordNetLexicon? wordNet = null) =>
        new(epochs, seed, Folds: taggerFolds) { Lexicon = lexicon, WordNet = wordNet ?? WordNetLexicon.Empty };

    /// <summary>Each fold tagged by a tagger trained with <paramref name="taggers"/> on the other folds.</summary>
    public static Dictionary<UdSentence, (string[] Upos, string[] Xpos)> PredictTags(IReadOnlyList<UdSentence> sentences, int folds,
        Action<string>? log, PosTagger.Options taggers)
    {
        var result = new Dictionary<UdSentence, (string[], string[])>(ReferenceEqualityComparer.Instance);
        var lex = new LexicalSentence();
        for (var fold = 0; fold < folds; fold++)
        {
            var train = new List<UdSentence>();
            var held = new List<UdSentence>();
            for (var i = 0; i < sentences.Count; i++)
            {
                (i % folds == fold ? held : train).Add(sentences[i]);
            }
            var tagger = PosTagger.Train(train, taggers);
            var ws = tagger.CreateWorkspace();
            long ok = 0, total = 0;
            foreach (var s in held)
            {
                lex.Reset(s.Count);
                foreach (var f in s.Forms)
                {
                    lex.Add(f);
                }
                var tags = new int[s.Count];
                tagger.Tag(lex, ws, tags);
                var upos = new string[s.Count];
                var xpos = new string[s.Count];
                for (var i = 0; i < s.Count; i++)
                {
                    upos[i] = tagger.Upos[tags[i]];
                    xpos[i] = tagger.Xpos[tags[i]];
                    ok += upos[i] == s.Upos[i] ? 1 : 0;
                    total++;
                }
                result[s] = (upos, xpos);
            }
            log?.Invoke($"jackknife fold {fold + 1}/{folds}: held-out UPOS {100.0 * ok / Math.Max(1, total):F2}%");
        }
        return result;
    }
}
