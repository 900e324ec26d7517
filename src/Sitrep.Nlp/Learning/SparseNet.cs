using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Sitrep.Nlp.Learning;

/// <summary>A one-hidden-layer network over the same hashed feature keys a <see cref="WeightTable"/> scores: the
/// hidden layer is the sum of the keys' embedding rows plus a bias, through a ReLU, then a linear layer to the
/// classes. Unlike the perceptron it can weigh one feature by the others (a suffix by the capitalisation, a
/// neighbour by the word). A key's low bits pick its row (the feature-hashing trick: no key table to probe, rare
/// keys share rows). For inference the rows are 8-bit with one scale each — one cache line per key at 64 hidden
/// units; <see cref="SparseNetTrainer"/> trains it.</summary>
public sealed class SparseNet
{
    private readonly uint _rowMask;
    private readonly sbyte[] _embedding; // rows × hidden
    private readonly float[] _rowScale;
    private readonly float[] _hiddenBias;
    private readonly float[] _output; // classes × hidden
    private readonly float[] _outputBias;

    public int Classes { get; }
    public int Hidden { get; }
    public int Rows => _rowScale.Length;

    /// <param name="output">Class-major: class c's weights over the hidden units at c × hidden.</param>
    internal SparseNet(int classes, int hidden, sbyte[] embedding, float[] rowScale, float[] hiddenBias, float[] output, float[] outputBias)
    {
        if (hidden % Vector<sbyte>.Count != 0)
            throw new ArgumentException($"hidden size {hidden} must be a multiple of the vector width", nameof(hidden));
        if (!BitOperations.IsPow2(rowScale.Length) || embedding.Length != rowScale.Length * hidden)
            throw new ArgumentException("the row count must be a power of two", nameof(rowScale));
        Classes = classes;
        Hidden = hidden;
        _rowMask = (uint)rowScale.Length - 1;
        _embedding = embedding;
        _rowScale = rowScale;
        _hiddenBias = hiddenBias;
        _output = output;
        _outputBias = outputBias;
    }

    /// <summary>Scratch space for <see cref="AddScores"/>: one per thread.</summary>
    public sealed class Workspace(SparseNet net)
    {
        internal readonly float[] Hidden = new float[net.Hidden];
    }

    public Workspace CreateWorkspace() => new(this);

    /// <summary>Adds <paramref name="weight"/> × the score (logit) of each of the <paramref name="candidates"/> to
    /// its entry in <paramref name="scores"/>: the log-probability up to a constant per decision, which an argmax among
    /// the candidates does not need (no exp/log per token; only the candidates' output rows are read).</summary>
    public void AddScores(ReadOnlySpan<uint> keys, float weight, Span<float> scores, ReadOnlySpan<int> candidates, Workspace ws)
    {
        var hidden = Hidden;
        var h = ws.Hidden.AsSpan();
        _hiddenBias.CopyTo(h);
        ref var hRef = ref MemoryMarshal.GetArrayDataReference(ws.Hidden);
        ref var emb = ref MemoryMarshal.GetArrayDataReference(_embedding);
        var bytes = Vector<sbyte>.Count;
        var floats = Vector<float>.Count;
        foreach (var key in keys)
        {
            var row = (int)(key & _rowMask);
            var scale = new Vector<float>(_rowScale[row]);
            var offset = (nuint)(row * hidden);
            for (var j = 0; j < hidden; j += bytes)
            {
                // widen one vector of 8-bit weights to four vectors of floats, element order kept
                Vector.Widen(Vector.LoadUnsafe(ref emb, offset + (nuint)j), out var low, out var high);
                Vector.Widen(low, out var i0, out var i1);
                Vector.Widen(high, out var i2, out var i3);
                var at = (nuint)j;
                Accumulate(ref hRef, at, i0, scale);
                Accumulate(ref hRef, at + (nuint)floats, i1, scale);
                Accumulate(ref hRef, at + (nuint)(2 * floats), i2, scale);
                Accumulate(ref hRef, at + (nuint)(3 * floats), i3, scale);
            }
        }
        for (var j = 0; j < hidden; j++) if (h[j] < 0) h[j] = 0; // ReLU
        var vh = MemoryMarshal.Cast<float, Vector<float>>(h);
        foreach (var c in candidates)
        {
            var w = MemoryMarshal.Cast<float, Vector<float>>(_output.AsSpan(c * hidden, hidden));
            var dot = Vector<float>.Zero;
            for (var j = 0; j < vh.Length; j++) dot += vh[j] * w[j];
            scores[c] += weight * (Vector.Sum(dot) + _outputBias[c]);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Accumulate(ref float h, nuint at, Vector<int> weights, Vector<float> scale) =>
        (Vector.LoadUnsafe(ref h, at) + Vector.ConvertToSingle(weights) * scale).StoreUnsafe(ref h, at);

    public void Write(BinaryWriter w)
    {
        w.Write(Classes);
        w.Write(Hidden);
        w.Write(Rows);
        foreach (var x in _rowScale) w.Write(x);
        w.Write(MemoryMarshal.AsBytes(_embedding.AsSpan()));
        foreach (var x in _hiddenBias) w.Write(x);
        foreach (var x in _output) w.Write(x);
        foreach (var x in _outputBias) w.Write(x);
    }

    public static SparseNet Read(BinaryReader r)
    {
        var classes = r.ReadInt32();
        var hidden = r.ReadInt32();
        var rows = r.ReadInt32();
        var scale = new float[rows];
        for (var i = 0; i < rows; i++) scale[i] = r.ReadSingle();
        var raw = r.ReadBytes(rows * hidden);
        if (raw.Length != rows * hidden) throw new EndOfStreamException("truncated net embedding");
        var embedding = new sbyte[raw.Length];
        MemoryMarshal.Cast<byte, sbyte>(raw).CopyTo(embedding);
        var hiddenBias = new float[hidden];
        for (var j = 0; j < hidden; j++) hiddenBias[j] = r.ReadSingle();
        var output = new float[classes * hidden];
        for (var i = 0; i < output.Length; i++) output[i] = r.ReadSingle();
        var outputBias = new float[classes];
        for (var c = 0; c < classes; c++) outputBias[c] = r.ReadSingle();
        return new SparseNet(classes, hidden, embedding, scale, hiddenBias, output, outputBias);
    }
}
