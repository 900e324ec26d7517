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
        var s = UdEvaluator.Evaluate(dev, models.Tagger, models.Parser);
        Assert.True(s.Upos > 93, $"UPOS {s.Upos:F2}");
        Assert.True(s.Xpos > 92, $"XPOS {s.Xpos:F2}");
        Assert.True(s.Lemma > 95, $"lemma {s.Lemma:F2}");
        Assert.True(s.Uas > 80, $"UAS {s.Uas:F2}");
        Assert.True(s.Las > 76, $"LAS {s.Las:F2}");
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
