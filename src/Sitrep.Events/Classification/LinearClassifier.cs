using System.IO.Compression;
using System.Text;
using Sitrep.Core;

namespace Sitrep.Events.Classification;

/// <summary>A multi-class linear model over sparse string features (trained by <see cref="AveragedPerceptron"/> or
/// <see cref="SoftmaxRegression"/>). Saved as gzip'd binary: labels, then features with their non-zero (label, weight)
/// pairs in half precision.</summary>
public sealed class LinearClassifier
{
    private readonly Dictionary<string, float[]> _weights;

    public string[] Labels { get; }

    internal LinearClassifier(string[] labels, Dictionary<string, float[]> weights)
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
        var scores = Scores(features);
        var best = 0;
        var second = double.NegativeInfinity;
        for (var k = 1; k < scores.Length; k++)
        {
            if (scores[k] > scores[best]) { second = scores[best]; best = k; }
            else if (scores[k] > second) second = scores[k];
        }
        return (best, scores.Length > 1 ? scores[best] - second : 0);
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

    public static LinearClassifier Load(Stream stream, string name)
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
            return new LinearClassifier(labels, weights);
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or IOException)
        {
            throw new SitrepException($"{name}: not a linear classifier model ({e.Message})");
        }
    }
}
