using Sitrep.Nlp.Corpora;
using Sitrep.Nlp.Evaluation;
using Sitrep.Testing;

namespace Sitrep.Nlp.Tests;

/// <summary>The models committed under models/nlp/ load and score well on a dev slice (full figures come from
/// <c>sitrep eval ud</c> / <c>sitrep eval ner</c>).</summary>
public sealed class CommittedModelTests
{
    [Fact]
    public void TaggerAndParserScoreOnDevSlice()
    {
        var models = NlpModels.LoadDefault();
        var dev = ConlluReader.Read(SharedData.Require("data/ud-ewt/en_ewt-ud-dev.conllu")).Take(300).ToList();
        Assert.True(models.Tagger.HasNet, "the committed tagger has its feature network");
        var s = UdEvaluator.Evaluate(dev, models.Tagger, models.Parser);
        Assert.True(s.Upos > 93, $"UPOS {s.Upos:F2}");
        Assert.True(s.Xpos > 92, $"XPOS {s.Xpos:F2}");
        Assert.True(s.Lemma > 95, $"lemma {s.Lemma:F2}");
        Assert.True(s.Uas > 80, $"UAS {s.Uas:F2}");
        Assert.True(s.Las > 76, $"LAS {s.Las:F2}");
    }

    /// <summary><c>eval ud --output</c>: the predicted CoNLL-U reads back as the same sentences, and scoring it
    /// against the gold trees gives the evaluator's own attachment score.</summary>
    [Fact]
    public void PredictionsWrittenAsConlluScoreAsTheEvaluatorSays()
    {
        var models = NlpModels.LoadDefault();
        var dev = ConlluReader.Read(SharedData.Require("data/ud-ewt/en_ewt-ud-dev.conllu")).Take(100).ToList();
        var path = Path.Combine(Path.GetTempPath(), $"sitrep-pred-{Guid.NewGuid():N}.conllu");
        try
        {
            UdScores s;
            using (var writer = new StreamWriter(path))
            {
                s = UdEvaluator.Evaluate(dev, models.Tagger, models.Parser, writer);
            }
            var predicted = ConlluReader.Read(path);
            Assert.Equal(dev.Count, predicted.Count);
            long words = 0, attached = 0;
            for (var k = 0; k < dev.Count; k++)
            {
                Assert.Equal(dev[k].Forms, predicted[k].Forms);
                for (var i = 0; i < dev[k].Count; i++)
                {
                    words++;
                    attached += dev[k].Heads[i] == predicted[k].Heads[i] ? 1 : 0;
                }
            }
            Assert.Equal(s.Uas!.Value, 100.0 * attached / words, 6);
            Assert.Contains(predicted.SelectMany(p => p.DepRels), r => r == "nsubj");
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The tagger's unlabelled-text lexicon separates names from common nouns by capitalisation and
    /// groups words used alike (both from local text; none of these words needs to be in the treebank).</summary>
    [Fact]
    public void TaggerLexiconKnowsCapitalisationAndClusters()
    {
        var lexicon = NlpModels.LoadDefault().Tagger.Lexicon;
        Assert.True(lexicon.Clusters.Count > 10000, $"{lexicon.Clusters.Count} clustered words");
        Assert.True(lexicon.CaseBucket(Learning.Hashing.Lower("Aleppo")) >= 7, "Aleppo is nearly always capitalised");
        Assert.True(lexicon.CaseBucket(Learning.Hashing.Lower("village")) <= 1, "village is rarely capitalised");
        uint Fine(string w) => lexicon.Clusters.Of(Learning.Hashing.Lower(w)) & 0xFFFF;
        Assert.Equal(Fine("tuesday"), Fine("wednesday"));
        Assert.NotEqual(Fine("tuesday"), Fine("village"));
    }

    [Fact]
    public void RecognizerScoresOnDevSlice()
    {
        var models = NlpModels.LoadDefault();
        var dev = Iob2Reader.Read(SharedData.Require("data/uner-ewt/en_ewt-ud-dev.iob2")).Take(500).ToList();
        var s = NerEvaluator.Evaluate(dev, models.Ner, models.Tagger);
        Assert.True(s.Overall.F1 > 60, $"NER F1 {s.Overall.F1:F2}");
        Assert.True(s.PerType["PER"].F1 > 60, $"PER F1 {s.PerType["PER"].F1:F2}");
    }
}
