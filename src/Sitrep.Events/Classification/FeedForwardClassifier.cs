using System.IO.Compression;
using System.Text;
using Sitrep.Core;

namespace Sitrep.Events.Classification;

/// <summary>A one-hidden-layer network over sparse string features: the hidden layer is the sum of the features'
/// embedding rows plus a bias, through a ReLU, then a linear softmax layer. Unlike the linear models it can weigh
/// a word by the other words of the note (a "shot" next to "police" vs next to "militia"); the ACLED type model adds
/// its log-probabilities to the linear models' scores. Saved as gzip'd binary: 8-bit embedding rows with a scale each, the rest in half precision.</summary>
public sealed class FeedForwardClassifier
{
    private readonly Dictionary<string, int> _ids;
    private readonly float[] _embedding; // features × hidden
    private readonly float[] _hiddenBias;
    private readonly float[] _output; // hidden × labels
    private readonly float[] _outputBias;

    public string[] Labels { get; }
    public int Hidden { get; }

    internal FeedForwardClassifier(string[] labels, Dictionary<string, int> ids, int hidden, float[] embedding, float[] hiddenBias, float[] output, float[] outputBias)
    {
        Labels = labels;
        _ids = ids;
        Hidden = hidden;
        _embedding = embedding;
        _hiddenBias = hiddenBias;
        _output = output;
        _outputBias = outputBias;
    }

    /// <summary>Log-probabilities of the labels.</summary>
    public double[] Scores(List<string> features)
    {
        var h = new float[Hidden];
        _hiddenBias.CopyTo(h, 0);
        // each known feature once, as in training (a note may repeat a word): ids sorted, duplicates skipped
        var ids = System.Buffers.ArrayPool<int>.Shared.Rent(features.Count);
        var n = 0;
        foreach (var f in features)
        {
            if (_ids.TryGetValue(f, out var id)) ids[n++] = id;
        }
        Array.Sort(ids, 0, n);
        // whole vectors when the hidden size allows (32 does on every vector width), decided once per call
        var vectorised = Hidden % System.Numerics.Vector<float>.Count == 0;
        var hv = System.Runtime.InteropServices.MemoryMarshal.Cast<float, System.Numerics.Vector<float>>(h.AsSpan());
        for (var i = 0; i < n; i++)
        {
            if (i > 0 && ids[i] == ids[i - 1]) continue;
            var row = _embedding.AsSpan(ids[i] * Hidden, Hidden);
            if (vectorised)
            {
                var rv = System.Runtime.InteropServices.MemoryMarshal.Cast<float, System.Numerics.Vector<float>>(row);
                for (var j = 0; j < rv.Length; j++) hv[j] += rv[j];
            }
            else
            {
                for (var j = 0; j < Hidden; j++) h[j] += row[j];
            }
        }
        System.Buffers.ArrayPool<int>.Shared.Return(ids);
        var scores = new double[Labels.Length];
        for (var k = 0; k < scores.Length; k++) scores[k] = _outputBias[k];
        for (var j = 0; j < Hidden; j++)
        {
            if (h[j] <= 0) continue;
            for (var k = 0; k < scores.Length; k++) scores[k] += h[j] * _output[j * Labels.Length + k];
        }
        var max = double.NegativeInfinity;
        foreach (var s in scores) max = Math.Max(max, s);
        var sum = 0.0;
        foreach (var s in scores) sum += Math.Exp(s - max);
        var log = Math.Log(sum) + max;
        for (var k = 0; k < scores.Length; k++) scores[k] -= log;
        return scores;
    }

    public void Save(Stream stream)
    {
        using var gz = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var bw = new BinaryWriter(gz, Encoding.UTF8);
        bw.Write(Labels.Length);
        foreach (var l in Labels) bw.Write(l);
        bw.Write(Hidden);
        bw.Write(_ids.Count);
        foreach (var (f, id) in _ids.OrderBy(kv => kv.Value))
        {
            bw.Write(f);
            // 8-bit rows with one scale each: half the size of half precision, and the dev scores are unchanged
            var row = _embedding.AsSpan(id * Hidden, Hidden);
            var max = 0f;
            foreach (var x in row) max = MathF.Max(max, MathF.Abs(x));
            var scale = max > 0 ? max / 127 : 1;
            bw.Write(scale);
            foreach (var x in row) bw.Write((sbyte)MathF.Round(x / scale));
        }
        foreach (var array in new[] { _hiddenBias, _output, _outputBias })
            foreach (var x in array) bw.Write((Half)x);
    }

    public static FeedForwardClassifier Load(Stream stream, string name)
    {
        try
        {
            using var gz = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
            using var br = new BinaryReader(gz, Encoding.UTF8);
            var labels = new string[br.ReadInt32()];
            for (var i = 0; i < labels.Length; i++) labels[i] = br.ReadString();
            var hidden = br.ReadInt32();
            var count = br.ReadInt32();
            var ids = new Dictionary<string, int>(count, StringComparer.Ordinal);
            var embedding = new float[count * hidden];
            for (var i = 0; i < count; i++)
            {
                ids[br.ReadString()] = i;
                var scale = br.ReadSingle();
                for (var j = 0; j < hidden; j++) embedding[i * hidden + j] = br.ReadSByte() * scale;
            }
            float[] Read(int n)
            {
                var a = new float[n];
                for (var i = 0; i < n; i++) a[i] = (float)br.ReadHalf();
                return a;
            }
            var hiddenBias = Read(hidden);
            var output = Read(hidden * labels.Length);
            return new FeedForwardClassifier(labels, ids, hidden, embedding, hiddenBias, output, Read(labels.Length));
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or IOException)
        {
            throw new SitrepException($"{name}: not a feed-forward classifier model ({e.Message})");
        }
    }
}
