using Sitrep.Events.Classification;
using Sitrep.Events.Evaluation;
using Sitrep.Testing;

namespace Sitrep.Events.Tests;

/// <summary>The event-type nets: learn on toy and on real ACLED notes, repeat themselves for a seed, and survive the
/// ACLED model's save/load (8-bit embedding rows).</summary>
public sealed class FeedForwardClassifierTests
{
    private static (string Note, string Type)[] Notes => ToyNotes.Notes;

    private static List<(List<string> Features, string Label)> Data() => ToyNotes.Data();

    private static string Best(FeedForwardClassifier net, string note)
    {
        var scores = net.Scores(NoteFeatures.Of(note));
        var best = 0;
        for (var k = 1; k < scores.Length; k++) if (scores[k] > scores[best]) best = k;
        return net.Labels[best];
    }

    [Fact]
    public void SeparatesUnseenNotesByTheirCueWords()
    {
        var net = FeedForwardTrainer.Train(Data(), epochs: 30, minCount: 1);
        Assert.Equal("Battles", Best(net, "rebels clashed with soldiers"));
        Assert.Equal("Violence against civilians", Best(net, "gunmen abducted two villagers"));
        Assert.Equal("Protests", Best(net, "residents marched to protest"));
    }

    [Fact]
    public void ScoresAreLogProbabilities()
    {
        var scores = FeedForwardTrainer.Train(Data(), minCount: 1).Scores(NoteFeatures.Of("gunmen clashed with residents"));
        Assert.All(scores, s => Assert.True(s <= 0));
        Assert.Equal(1.0, scores.Sum(Math.Exp), 6);
    }

    [Fact]
    public void SameSeedSameScoresOtherSeedOtherScores()
    {
        var note = NoteFeatures.Of("gunmen clashed with residents");
        var a = FeedForwardTrainer.Train(Data(), seed: 5, minCount: 1).Scores(note);
        var b = FeedForwardTrainer.Train(Data(), seed: 5, minCount: 1).Scores(note);
        var c = FeedForwardTrainer.Train(Data(), seed: 6, minCount: 1).Scores(note);
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Fact]
    public void LearnsRealAcledNotesBeyondTheMajorityType()
    {
        var rows = AcledCsv.Read(SharedData.Require("data/events/acled/acled_burkina_faso_1996-2020.csv"));
        var train = rows.Where(r => r.Index % 3 != 0).Select(r => (NoteFeatures.Of(r.Notes), r.EventType)).ToList();
        var test = rows.Where(r => r.Index % 3 == 0).ToList();
        var net = FeedForwardTrainer.Train(train);
        var correct = test.Count(r => Best(net, r.Notes) == r.EventType);
        var majority = test.GroupBy(r => r.EventType).Max(g => g.Count());
        Assert.True(correct > majority + (test.Count - majority) / 2, $"net {correct} of {test.Count}, majority type {majority}");
        Assert.True(correct >= test.Count * 0.75, $"net {correct} of {test.Count}");
    }

    [Fact]
    public void AcledModelKeepsItsNetsThroughSaveAndLoad()
    {
        var data = Data();
        var perceptron = AveragedPerceptron.Train(data, epochs: 1);
        var map = ToyNotes.TypeMap();
        var nets = new[] { FeedForwardTrainer.Train(data, minCount: 1, seed: 1), FeedForwardTrainer.Train(data, minCount: 1, seed: 2) };
        var model = new AcledTypeModel(perceptron, perceptron, perceptron, map, eventTypeNets: nets);
        var path = Path.Combine(Path.GetTempPath(), $"acled-types-{Guid.NewGuid():N}.bin.gz");
        try
        {
            model.Save(path);
            var loaded = AcledTypeModel.Load(path);
            Assert.Equal(2, loaded.EventTypeNets.Count);
            foreach (var (note, _) in Notes)
            {
                Assert.Equal(model.Classify(note), loaded.Classify(note));
                var before = nets[0].Scores(NoteFeatures.Of(note));
                var after = loaded.EventTypeNets[0].Scores(NoteFeatures.Of(note));
                for (var k = 0; k < before.Length; k++) Assert.Equal(before[k], after[k], 1);
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void RejectsANetOverOtherLabels()
    {
        var data = Data();
        var perceptron = AveragedPerceptron.Train(data);
        var other = FeedForwardTrainer.Train([.. data.Where(d => d.Label != "Protests")], minCount: 1);
        Assert.Throws<ArgumentException>(() => new AcledTypeModel(perceptron, perceptron, perceptron, [], eventTypeNets: [other]));
    }
}
