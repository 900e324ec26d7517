namespace Sitrep.Nlp.Learning;

/// <summary>Trains a <see cref="SparseNet"/> by per-example AdaGrad on the log loss (float weights), then
/// <see cref="Finish"/> quantizes it for inference. Deterministic for a seed and an example order.</summary>
public sealed class SparseNetTrainer
{
    private readonly uint _rowMask;
    private readonly int _rowCount;
    private readonly float[] _embedding, _gEmbedding;
    private readonly float[] _hiddenBias, _gHiddenBias;
    private readonly float[] _output, _gOutput;
    private readonly float[] _outputBias, _gOutputBias;
    private readonly float[] _h, _p, _dh;
    private readonly int _stride;
    private const float Eps = 1e-8f;

    public int Classes { get; }
    public int Hidden { get; }

    /// <param name="rowBits">log2 of the embedding rows; a key's low bits pick its row.</param>
    public SparseNetTrainer(int classes, int hidden, int rowBits, int seed)
    {
        Classes = classes;
        Hidden = hidden;
        _stride = (classes + System.Numerics.Vector<float>.Count - 1) / System.Numerics.Vector<float>.Count * System.Numerics.Vector<float>.Count;
        _rowCount = 1 << rowBits;
        _rowMask = (uint)_rowCount - 1;
        var random = new Random(seed);
        _embedding = new float[_rowCount * hidden];
        for (var i = 0; i < _embedding.Length; i++) _embedding[i] = (float)((random.NextDouble() * 2 - 1) * 0.05);
        _output = new float[hidden * _stride];
        var scale = Math.Sqrt(6.0 / (hidden + classes));
        for (var j = 0; j < hidden; j++)
            for (var c = 0; c < classes; c++) _output[j * _stride + c] = (float)((random.NextDouble() * 2 - 1) * scale);
        _hiddenBias = new float[hidden];
        _outputBias = new float[_stride];
        _gEmbedding = new float[_embedding.Length];
        _gHiddenBias = new float[hidden];
        _gOutput = new float[_output.Length];
        _gOutputBias = new float[_stride];
        _h = new float[hidden];
        _p = new float[_stride];
        _dh = new float[hidden];
    }

    /// <summary>One step on the example (<paramref name="keys"/>, <paramref name="gold"/>); returns whether the
    /// net's guess before the step was right.</summary>
    public bool Step(ReadOnlySpan<uint> keys, int gold, float rate)
    {
        var hidden = Hidden;
        var classes = Classes;
        _hiddenBias.CopyTo(_h, 0);
        foreach (var key in keys)
        {
            var e = _embedding.AsSpan((int)(key & _rowMask) * hidden, hidden);
            for (var j = 0; j < hidden; j++) _h[j] += e[j];
        }
        for (var j = 0; j < hidden; j++) if (_h[j] < 0) _h[j] = 0;
        for (var c = 0; c < classes; c++) _p[c] = _outputBias[c];
        for (var j = 0; j < hidden; j++)
        {
            if (_h[j] == 0) continue;
            var w = _output.AsSpan(j * _stride, classes);
            for (var c = 0; c < classes; c++) _p[c] += _h[j] * w[c];
        }
        var best = 0;
        for (var c = 1; c < classes; c++) if (_p[c] > _p[best]) best = c;
        var max = _p[best];
        var sum = 0f;
        for (var c = 0; c < classes; c++) sum += _p[c] = MathF.Exp(_p[c] - max);
        for (var c = 0; c < classes; c++) _p[c] /= sum;
        _p[gold] -= 1; // gradient of the log loss wrt the class scores
        Array.Clear(_dh);
        for (var j = 0; j < hidden; j++)
        {
            if (_h[j] == 0) continue;
            var off = j * _stride;
            var acc = 0f;
            for (var c = 0; c < classes; c++)
            {
                var g = _p[c];
                acc += g * _output[off + c];
                var gw = g * _h[j];
                _gOutput[off + c] += gw * gw;
                _output[off + c] -= rate * gw / (MathF.Sqrt(_gOutput[off + c]) + Eps);
            }
            _dh[j] = acc;
        }
        for (var c = 0; c < classes; c++)
        {
            var g = _p[c];
            _gOutputBias[c] += g * g;
            _outputBias[c] -= rate * g / (MathF.Sqrt(_gOutputBias[c]) + Eps);
        }
        for (var j = 0; j < hidden; j++)
        {
            var g = _dh[j];
            if (g == 0) continue;
            _gHiddenBias[j] += g * g;
            _hiddenBias[j] -= rate * g / (MathF.Sqrt(_gHiddenBias[j]) + Eps);
        }
        foreach (var key in keys)
        {
            var off = (int)(key & _rowMask) * hidden;
            for (var j = 0; j < hidden; j++)
            {
                var g = _dh[j];
                if (g == 0) continue;
                _gEmbedding[off + j] += g * g;
                _embedding[off + j] -= rate * g / (MathF.Sqrt(_gEmbedding[off + j]) + Eps);
            }
        }
        return best == gold;
    }

    /// <summary>The inference net: embedding rows as 8-bit integers with one scale per row (max |w| → 127).</summary>
    public SparseNet Finish()
    {
        var hidden = Hidden;
        var quantized = new sbyte[_embedding.Length];
        var scales = new float[_rowCount];
        for (var r = 0; r < _rowCount; r++)
        {
            var row = _embedding.AsSpan(r * hidden, hidden);
            var max = 0f;
            foreach (var x in row) max = MathF.Max(max, MathF.Abs(x));
            var scale = max > 0 ? max / 127 : 1f;
            scales[r] = scale;
            for (var j = 0; j < hidden; j++) quantized[r * hidden + j] = (sbyte)MathF.Round(row[j] / scale);
        }
        var output = new float[Classes * hidden]; // class-major for the inference net's dot products
        for (var j = 0; j < hidden; j++)
            for (var c = 0; c < Classes; c++) output[c * hidden + j] = _output[j * _stride + c];
        return new SparseNet(Classes, hidden, quantized, scales, (float[])_hiddenBias.Clone(), output, _outputBias[..Classes]);
    }
}
