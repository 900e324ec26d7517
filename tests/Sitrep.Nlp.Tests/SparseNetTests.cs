using Sitrep.Nlp.Corpora;
using Sitrep.Nlp.Evaluation;
using Sitrep.Nlp.Learning;
using Sitrep.Nlp.Tagging;
using Sitrep.Testing;

namespace Sitrep.Nlp.Tests;

/// <summary>The tagger's feature network: it learns a rule no single feature carries, survives the model file
/// (8-bit rows), is deterministic, and on real treebank text adds to the perceptron.</summary>
public sealed class SparseNetTests
{
    // Class = XOR of two binary features: a linear model over single features cannot learn it, one hidden layer can.
    private static (uint[] Keys, int Class)[] XorData()
    {
        var data = new List<(uint[], int)>();
        for (var a = 0; a < 2; a++)
            for (var b = 0; b < 2; b++)
                data.Add(([0x1000u + (uint)a, 0x2001u + (uint)b], a ^ b));
        return [.. data];
    }

    private static int Best(SparseNet net, uint[] keys, SparseNet.Workspace ws)
    {
        var scores = new float[net.Classes];
        net.AddScores(keys, 1f, scores, [0, 1], ws);
        return scores[1] > scores[0] ? 1 : 0;
    }

    private static SparseNet TrainXor(int seed)
    {
        var trainer = new SparseNetTrainer(classes: 2, hidden: 32, rowBits: 14, seed);
        var data = XorData();
        for (var epoch = 0; epoch < 300; epoch++)
            foreach (var (keys, c) in data) trainer.Step(keys, c, 0.05f);
        return trainer.Finish();
    }

    [Fact]
    public void LearnsXorOfTwoFeatures()
    {
        var net = TrainXor(seed: 3);
        var ws = net.CreateWorkspace();
        foreach (var (keys, c) in XorData()) Assert.Equal(c, Best(net, keys, ws));
    }

    [Fact]
    public void SameSeedSameScoresAndTheFileKeepsThem()
    {
        var a = TrainXor(seed: 4);
        var b = TrainXor(seed: 4);
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true)) a.Write(writer);
        buffer.Position = 0;
        var loaded = SparseNet.Read(new BinaryReader(buffer));
        foreach (var (keys, _) in XorData())
        {
            var sa = new float[2]; var sb = new float[2]; var sl = new float[2];
            a.AddScores(keys, 1f, sa, [0, 1], a.CreateWorkspace());
            b.AddScores(keys, 1f, sb, [0, 1], b.CreateWorkspace());
            loaded.AddScores(keys, 1f, sl, [0, 1], loaded.CreateWorkspace());
            Assert.Equal(sa, sb);
            Assert.Equal(sa, sl);
        }
    }

    [Fact]
    public void OnlyCandidatesAreRescored()
    {
        var net = TrainXor(seed: 5);
        var scores = new float[2];
        net.AddScores(XorData()[1].Keys, 1f, scores, [1], net.CreateWorkspace());
        Assert.Equal(0f, scores[0]);
        Assert.NotEqual(0f, scores[1]);
    }

    [Fact]
    public void OnTreebankTextTheNetAddsToThePerceptronAndSurvivesSaving()
    {
        var all = ConlluReader.Read(SharedData.Require("data/ud-ewt/en_ewt-ud-train.conllu"));
        var train = all.Take(2000).ToList();
        var dev = ConlluReader.Read(SharedData.Require("data/ud-ewt/en_ewt-ud-dev.conllu")).Take(400).ToList();
        var plain = PosTagger.Train(train, new PosTagger.Options(Epochs: 4) { NetEpochs = 0 });
        var withNet = PosTagger.Train(train, new PosTagger.Options(Epochs: 4) { NetEpochs = 2, NetRowBits = 16 });
        Assert.False(plain.HasNet);
        Assert.True(withNet.HasNet);
        var plainUpos = UdEvaluator.Evaluate(dev, plain, null).Upos;
        var netUpos = UdEvaluator.Evaluate(dev, withNet, null).Upos;
        Assert.True(netUpos > plainUpos, $"UPOS with the net {netUpos:F2}, perceptron alone {plainUpos:F2}");
        var path = Path.Combine(Path.GetTempPath(), $"sitrep-tagger-{Guid.NewGuid():N}.bin.gz");
        try
        {
            withNet.Save(path, prune: 0f);
            var loaded = PosTagger.Load(path);
            Assert.True(loaded.HasNet);
            Assert.Equal(netUpos, UdEvaluator.Evaluate(dev, loaded, null).Upos, 1);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
