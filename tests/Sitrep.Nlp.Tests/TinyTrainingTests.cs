using Sitrep.Nlp.Corpora;
using Sitrep.Nlp.Evaluation;
using Sitrep.Nlp.Ner;
using Sitrep.Nlp.Parsing;
using Sitrep.Nlp.Tagging;
using Sitrep.Testing;

namespace Sitrep.Nlp.Tests;

/// <summary>Small training runs on real corpus slices must learn: scores rise well above what chance or a
/// majority guess would give, and training is deterministic.</summary>
public sealed class TinyTrainingTests
{
    private static List<UdSentence> Ud(string split, int count) =>
        ConlluReader.Read(SharedData.Require($"data/ud-ewt/en_ewt-ud-{split}.conllu")).Take(count).ToList();

    [Fact]
    public void TaggerAndParserLearnFromSixHundredSentences()
    {
        var train = Ud("train", 600);
        var dev = Ud("dev", 200);
        var tagger = PosTagger.Train(train, new PosTagger.Options(Epochs: 3));
        var tagged = UdEvaluator.Evaluate(dev, tagger, null);
        // Always guessing NOUN (the most frequent UPOS) gives about 17 %.
        Assert.True(tagged.Upos > 80, $"UPOS after tiny training: {tagged.Upos:F2}");
        Assert.True(tagged.Lemma > 80, $"lemma after tiny training: {tagged.Lemma:F2}");

        var parser = DependencyParser.Train(train, new DependencyParser.Options(Epochs: 3));
        var parsed = UdEvaluator.Evaluate(dev, tagger, parser);
        // Attaching every word to its right neighbour gives about 30 % UAS on EWT.
        Assert.True(parsed.Uas > 55, $"UAS after tiny training: {parsed.Uas:F2}");
        Assert.True(parsed.Las > 45, $"LAS after tiny training: {parsed.Las:F2}");
    }

    [Fact]
    public void NerTagCacheKeepsUntaggedTokensAndRecomputesForOtherSentences()
    {
        NerSentence[] sentences =
        [
            new() { Forms = ["Rebels", "shelled", "Aleppo"], Tags = ["O", "O", "B-LOC"] },
            new() { Forms = ["Talks", "resumed"], Tags = ["O", "O"] },
        ];
        string?[] TagsOf(NerSentence s) => s.Forms.Select((f, i) => i == 1 ? null : f.ToUpperInvariant()).ToArray();
        var path = Path.Combine(Path.GetTempPath(), $"sitrep-ner-tags-{Guid.NewGuid():N}.bin");
        try
        {
            var taggers = Jackknife.TaggerOptions(Jackknife.DefaultEpochs, 1, 0, WordLexicon.Empty);
            NerTrainingTagCache.Tags(sentences, taggers, path, () => TagsOf);
            var read = NerTrainingTagCache.Tags(sentences, taggers, path, () => throw new InvalidOperationException("cache not used"));
            Assert.Equal<IEnumerable<string?>>(["REBELS", null, "ALEPPO"], read(sentences[0]));
            Assert.Equal<IEnumerable<string?>>(["TALKS", null], read(sentences[1]));
            var recomputed = false;
            NerSentence[] other = [sentences[0], new() { Forms = ["Talks", "stalled"], Tags = ["O", "O"] }];
            NerTrainingTagCache.Tags(other, taggers, path, () => { recomputed = true; return TagsOf; });
            Assert.True(recomputed);
            // the same sentences tagged by differently trained taggers (another network size) are not the stored tags
            recomputed = false;
            NerTrainingTagCache.Tags(other, taggers with { NetHidden = 32 }, path, () => { recomputed = true; return TagsOf; });
            Assert.True(recomputed);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void JackknifeCacheReturnsTheStoredTagsAndRecomputesForOtherSettings()
    {
        var train = Ud("train", 20);
        var path = Path.Combine(Path.GetTempPath(), $"sitrep-jackknife-{Guid.NewGuid():N}.bin");
        try
        {
            var computed = train.ToDictionary(s => s, s => (Upos: s.Upos.Select(_ => "X").ToArray(), Xpos: s.Xpos.ToArray()),
                (IEqualityComparer<UdSentence>)ReferenceEqualityComparer.Instance);
            var taggers = Jackknife.TaggerOptions(Jackknife.DefaultEpochs, 1, 0, WordLexicon.Empty);
            JackknifeCache.PredictTags(train, JackknifeCache.Settings(4, taggers), path, () => computed);
            var read = JackknifeCache.PredictTags(train, JackknifeCache.Settings(4, taggers), path, () => throw new InvalidOperationException("cache not used"));
            Assert.Equal(computed[train[3]].Upos, read[train[3]].Upos);
            Assert.Equal(train[3].Xpos, read[train[3]].Xpos);
            var recomputed = false;
            JackknifeCache.PredictTags(train, JackknifeCache.Settings(4, taggers with { Seed = 2 }), path, () => { recomputed = true; return computed; });
            Assert.True(recomputed);
            recomputed = false;
            JackknifeCache.PredictTags(train, JackknifeCache.Settings(4, taggers with { NetEpochs = 0 }), path, () => { recomputed = true; return computed; });
            Assert.True(recomputed);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void TaggerTrainingIsDeterministic()
    {
        var train = Ud("train", 200);
        var dev = Ud("dev", 100);
        var a = UdEvaluator.Evaluate(dev, PosTagger.Train(train, new PosTagger.Options(Epochs: 2, Seed: 7)), null);
        var b = UdEvaluator.Evaluate(dev, PosTagger.Train(train, new PosTagger.Options(Epochs: 2, Seed: 7)), null);
        Assert.Equal(a.Upos, b.Upos);
        Assert.Equal(a.Lemma, b.Lemma);
    }

    [Fact]
    public void RecognizerLearnsFromAThousandSentences()
    {
        var train = Iob2Reader.Read(SharedData.Require("data/uner-ewt/draft-2022-12-02-unreleased/en_ewt-ud-train.iob2"),
            t => DraftTags.Map(t, othToMisc: false)).Take(1000).ToList();
        var dev = Iob2Reader.Read(SharedData.Require("data/uner-ewt/en_ewt-ud-dev.iob2")).Take(400).ToList();
        var tagger = PosTagger.Train(Ud("train", 600), new PosTagger.Options(Epochs: 2));
        var tags = new SentenceTagger(tagger);
        var gazetteer = GazetteerBuilder.FromCameo(SharedData.Require("data/cameo"));
        var ner = EntityRecognizer.Train(train, s => tags.Xpos(s.Forms), gazetteer, new EntityRecognizer.Options(Epochs: 3));
        var scores = NerEvaluator.Evaluate(dev, ner, tagger);
        Assert.True(scores.Overall.F1 > 25, $"NER F1 after tiny training: {scores.Overall.F1:F2}");
        Assert.All(scores.PerType.Keys, t => Assert.Contains(t, new[] { "LOC", "ORG", "PER" }));

        // A span bias moves the precision/recall balance, and it is saved with the model. The model then predicts no
        // ORG; what is left are the name rules' untagged runs ending in a designator, which no score decides.
        var org = Array.IndexOf(ner.Types, "ORG");
        var before = scores.PerType["ORG"].Predicted;
        ner.SetSpanBias(org, -1000);
        var after = NerEvaluator.Evaluate(dev, ner, tagger).PerType["ORG"].Predicted;
        Assert.True(after * 5 < before, $"ORG spans with bias −1000: {after}, with none: {before}");
        var path = Path.Combine(Path.GetTempPath(), $"sitrep-ner-{Guid.NewGuid():N}.bin.gz");
        try
        {
            ner.Save(path, EntityRecognizer.DefaultPrune);
            Assert.Equal(-1000, EntityRecognizer.Load(path).SpanBias(org));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
