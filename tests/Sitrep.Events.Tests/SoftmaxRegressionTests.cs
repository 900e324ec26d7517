using Sitrep.Events.Classification;

namespace Sitrep.Events.Tests;

/// <summary>The softmax regression: learns, repeats itself for a seed, and survives the ACLED model's save/load.</summary>
public sealed class SoftmaxRegressionTests
{
    private static (string Note, string Type)[] Notes => ToyNotes.Notes;

    private static List<(List<string> Features, string Label)> Data() => ToyNotes.Data();

    private static string Best(LinearClassifier model, string note)
    {
        var scores = model.Scores(NoteFeatures.Of(note));
        var best = 0;
        for (var k = 1; k < scores.Length; k++) if (scores[k] > scores[best]) best = k;
        return model.Labels[best];
    }

    [Fact]
    public void SeparatesUnseenNotesByTheirCueWords()
    {
        var model = SoftmaxRegression.Train(Data());
        Assert.Equal("Battles", Best(model, "rebels clashed with soldiers"));
        Assert.Equal("Violence against civilians", Best(model, "gunmen abducted two villagers"));
        Assert.Equal("Protests", Best(model, "residents marched to protest"));
    }

    [Fact]
    public void SameSeedSameWeights()
    {
        var a = SoftmaxRegression.Train(Data(), seed: 5).Scores(NoteFeatures.Of("gunmen clashed with residents"));
        var b = SoftmaxRegression.Train(Data(), seed: 5).Scores(NoteFeatures.Of("gunmen clashed with residents"));
        Assert.Equal(a, b);
    }

    [Fact]
    public void AcledModelKeepsItsSoftmaxThroughSaveAndLoad()
    {
        var data = Data();
        var perceptron = AveragedPerceptron.Train(data, epochs: 1);
        var map = ToyNotes.TypeMap();
        var softmax = SoftmaxRegression.Train(data, epochs: 40, rate: 0.5);
        var model = new AcledTypeModel(perceptron, perceptron, perceptron, map, [], softmax, softmax);
        var path = Path.Combine(Path.GetTempPath(), $"acled-types-{Guid.NewGuid():N}.bin.gz");
        try
        {
            model.Save(path);
            var loaded = AcledTypeModel.Load(path);
            Assert.NotNull(loaded.EventTypeSoftmax);
            Assert.NotNull(loaded.Inter1Softmax);
            foreach (var (note, _) in Notes)
            {
                Assert.Equal(model.Classify(note), loaded.Classify(note));
                Assert.Equal(model.ClassifyInter1(note), loaded.ClassifyInter1(note));
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void RejectsASoftmaxOverOtherLabels()
    {
        var data = Data();
        var perceptron = AveragedPerceptron.Train(data);
        var other = SoftmaxRegression.Train([.. data.Where(d => d.Label != "Protests")]);
        var map = new Dictionary<string, string>();
        Assert.Throws<ArgumentException>(() => new AcledTypeModel(perceptron, perceptron, perceptron, map, [], other));
        Assert.Throws<ArgumentException>(() => new AcledTypeModel(perceptron, perceptron, perceptron, map, [], null, other));
    }
}
