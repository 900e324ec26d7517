using System.IO.Compression;
using System.Text;
using Sitrep.Core;

namespace Sitrep.Events.Classification;

/// <summary>A multi-class averaged perceptron over sparse string features; deterministic (seeded shuffles).
/// Saved as gzip'd binary: labels, then features with their non-zero (label, weight) pairs.</summary>
public sealed class AveragedPerceptron
{
    private readonly Dictionary<string, float[]> _weights;

    public string[] Labels { get; }

    private AveragedPerceptron(string[] labels, Dictionary<string, float[]> weights)
    {
        Labels = labels;
        _weights = weights;
    }

    public double[] Scores(List<string> features)
    {
        var scores = new double[Labels.Length];
        foreach (var f in features)
        {
            if (!_weights.TryGetValue(f, out var w)) continue;
            for (var k = 0; k < w.Length; k++) scores[k] += w[k];
        }
        return scores;
    }

    public (int Label, double Margin) Predict(List<string> features)
    {
        var scores = new double[Labels.Length];
        foreach (var f in features)
        {
            if (!_weights.TryGetValue(f, out var w)) continue;
            for (var k = 0; k < w.Length; k++) scores[k] += w[k];
        }
        var best = 0;
        var second = double.NegativeInfinity;
        for (var k = 1; k < scores.Length; k++)
        {
            if (scores[k] > scores[best]) { second = scores[best]; best = k; }
            else if (scores[k] > second) second = scores[k];
        }
        return (best, scores.Length > 1 ? scores[best] - second : 0);
    }

    public static AveragedPerceptron Train(IReadOnlyList<(List<string> Features, string Label)> data, int epochs = 8, int seed = 17, int minCount = 2)
    {
        var labels = data.Select(d => d.Label).Distinct(StringComparer.Ordinal).OrderBy(l => l, StringComparer.Ordinal).ToArray();
        var labelIndex = labels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i, StringComparer.Ordinal);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (features, _) in data) foreach (var f in features.Distinct()) counts[f] = counts.GetValueOrDefault(f) + 1;
        var keep = counts.Where(kv => kv.Value >= minCount).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);
        var w = new Dictionary<string, float[]>(StringComparer.Ordinal);
        var totals = new Dictionary<string, double[]>(StringComparer.Ordinal);
        var stamps = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var f in keep)
        {
            w[f] = new float[labels.Length];
            totals[f] = new double[labels.Length];
            stamps[f] = new int[labels.Length];
        }
        var order = Enumerable.Range(0, data.Count).ToArray();
        var random = new Random(seed);
        var step = 0;
        var filtered = data.Select(d => d.Features.Where(keep.Contains).ToArray()).ToArray();
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var i in order)
            {
                step++;
                var feats = filtered[i];
                var gold = labelIndex[data[i].Label];
                var scores = new double[labels.Length];
                foreach (var f in feats) { var fw = w[f]; for (var k = 0; k < fw.Length; k++) scores[k] += fw[k]; }
                var guess = 0;
                for (var k = 1; k < scores.Length; k++) if (scores[k] > scores[guess]) guess = k;
                if (guess == gold) continue;
                foreach (var f in feats)
                {
                    Update(f, gold, 1);
                    Update(f, guess, -1);
                }
            }
        }
        // average
        var averaged = new Dictionary<string, float[]>(StringComparer.Ordinal);
        foreach (var f in keep)
        {
            var fw = w[f];
            var t = totals[f];
            var s = stamps[f];
            var avg = new float[labels.Length];
            var any = false;
            for (var k = 0; k < avg.Length; k++)
            {
                var total = t[k] + (step - s[k]) * fw[k];
                avg[k] = (float)(total / step);
                if (Math.Abs(avg[k]) > 1e-4f) any = true; else avg[k] = 0;
            }
            if (any) averaged[f] = avg;
        }
        return new AveragedPerceptron(labels, averaged);

        void Update(string f, int label, float delta)
        {
            totals[f][label] += (step - stamps[f][label]) * w[f][label];
            stamps[f][label] = step;
            w[f][label] += delta;
        }
    }

    public void Save(Stream stream)
    {
        using var gz = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var bw = new BinaryWriter(gz, Encoding.UTF8);
        bw.Write(Labels.Length);
        foreach (var l in Labels) bw.Write(l);
        bw.Write(_weights.Count);
        foreach (var (f, ws) in _weights.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            bw.Write(f);
            var nonZero = ws.Count(x => x != 0);
            bw.Write((byte)nonZero);
            for (var k = 0; k < ws.Length; k++)
            {
                if (ws[k] == 0) continue;
                bw.Write((byte)k);
                bw.Write((Half)ws[k]);
            }
        }
    }

    public static AveragedPerceptron Load(Stream stream, string name)
    {
        try
        {
            using var gz = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
            using var br = new BinaryReader(gz, Encoding.UTF8);
            var labels = new string[br.ReadInt32()];
            for (var i = 0; i < labels.Length; i++) labels[i] = br.ReadString();
            var count = br.ReadInt32();
            var weights = new Dictionary<string, float[]>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var f = br.ReadString();
                var ws = new float[labels.Length];
                int n = br.ReadByte();
                for (var j = 0; j < n; j++)
                {
                    int k = br.ReadByte();
                    ws[k] = (float)br.ReadHalf();
                }
                weights[f] = ws;
            }
            return new AveragedPerceptron(labels, weights);
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or IOException)
        {
            throw new SitrepException($"{name}: not a perceptron model ({e.Message})");
        }
    }
}
