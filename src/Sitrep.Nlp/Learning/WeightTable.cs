using System.Numerics;
using System.Runtime.InteropServices;

namespace Sitrep.Nlp.Learning;

/// <summary>Averaged-perceptron weights: feature key → one dense row of class weights in a flat float array.
/// Open addressing on the (already mixed) 32-bit keys; rows are padded to the SIMD width so scoring is a run of
/// vector adds. Training keeps a second accumulator for averaging (Daumé's trick: avg = w − acc / t).</summary>
public sealed class WeightTable
{
    private uint[] _slotKeys;
    private int[] _slotRows;
    private float[] _weights;
    private double[]? _accumulated;
    private int _rows;
    private long _tick = 1;

    public WeightTable(int classes, int expectedRows = 1024, bool training = true)
    {
        Classes = classes;
        Stride = (classes + Vector<float>.Count - 1) / Vector<float>.Count * Vector<float>.Count;
        var slots = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, expectedRows * 2));
        _slotKeys = new uint[slots];
        _slotRows = new int[slots];
        _weights = new float[Math.Max(1, expectedRows) * Stride];
        _accumulated = training ? new double[_weights.Length] : null;
    }

    public int Classes { get; }

    /// <summary>Row length in floats (classes padded to the vector width); score buffers need this length.</summary>
    public int Stride { get; }

    public int Rows => _rows;

    private int Find(uint key)
    {
        var mask = _slotKeys.Length - 1;
        var i = (int)key & mask;
        while (true)
        {
            var k = _slotKeys[i];
            if (k == key)
            {
                return _slotRows[i];
            }
            if (k == 0)
            {
                return -1;
            }
            i = (i + 1) & mask;
        }
    }

    private int FindOrAdd(uint key)
    {
        var mask = _slotKeys.Length - 1;
        var i = (int)key & mask;
        while (true)
        {
            var k = _slotKeys[i];
            if (k == key)
            {
                return _slotRows[i];
            }
            if (k == 0)
            {
                break;
            }
            i = (i + 1) & mask;
        }
        if ((_rows + 1) * 2 > _slotKeys.Length)
        {
            Rehash(_slotKeys.Length * 2);
            return FindOrAdd(key);
        }
        var row = _rows++;
        if ((long)_rows * Stride > _weights.Length)
        {
            Array.Resize(ref _weights, _weights.Length * 2);
            if (_accumulated is not null)
            {
                Array.Resize(ref _accumulated, _weights.Length);
            }
        }
        _slotKeys[i] = key;
        _slotRows[i] = row;
        return row;
    }

    private void Rehash(int slots)
    {
        var oldKeys = _slotKeys;
        var oldRows = _slotRows;
        _slotKeys = new uint[slots];
        _slotRows = new int[slots];
        var mask = slots - 1;
        for (var j = 0; j < oldKeys.Length; j++)
        {
            if (oldKeys[j] == 0)
            {
                continue;
            }
            var i = (int)oldKeys[j] & mask;
            while (_slotKeys[i] != 0)
            {
                i = (i + 1) & mask;
            }
            _slotKeys[i] = oldKeys[j];
            _slotRows[i] = oldRows[j];
        }
    }

    /// <summary>Sums the rows of the given features into <paramref name="scores"/> (length ≥ <see cref="Stride"/>).</summary>
    public void Score(ReadOnlySpan<uint> features, Span<float> scores)
    {
        var stride = Stride;
        scores = scores[..stride];
        scores.Clear();
        ref var dst = ref MemoryMarshal.GetReference(scores);
        ref var weights = ref MemoryMarshal.GetArrayDataReference(_weights);
        foreach (var key in features)
        {
            var row = Find(key);
            if (row < 0)
            {
                continue;
            }
            var offset = (nuint)row * (nuint)stride;
            for (nuint j = 0; j < (nuint)stride; j += (nuint)Vector<float>.Count)
            {
                var sum = Vector.LoadUnsafe(ref dst, j) + Vector.LoadUnsafe(ref weights, offset + j);
                sum.StoreUnsafe(ref dst, j);
            }
        }
    }

    /// <summary>Perceptron step: reward the right class, penalise the guess.</summary>
    public void Update(ReadOnlySpan<uint> features, int truth, int guess)
    {
        if (truth == guess)
        {
            return;
        }
        var acc = _accumulated ?? throw new InvalidOperationException("this table was loaded for inference only");
        foreach (var key in features)
        {
            var offset = (long)FindOrAdd(key) * Stride;
            acc = _accumulated!;
            _weights[offset + truth] += 1f;
            acc[offset + truth] += _tick;
            _weights[offset + guess] -= 1f;
            acc[offset + guess] -= _tick;
        }
    }

    /// <summary>One training example seen (the averaging clock).</summary>
    public void Tick() => _tick++;

    /// <summary>Replaces the weights by their average over all ticks and drops the training state.</summary>
    public void Average()
    {
        var acc = _accumulated ?? throw new InvalidOperationException("already averaged");
        var t = (double)_tick;
        var used = (long)_rows * Stride;
        for (long j = 0; j < used; j++)
        {
            _weights[j] = (float)(_weights[j] - acc[j] / t);
        }
        _accumulated = null;
    }

    /// <summary>Sparse, quantised (half precision) rows; entries with |w| below <paramref name="prune"/> are dropped,
    /// and rows left empty are not written.</summary>
    public void Write(BinaryWriter writer, float prune)
    {
        writer.Write(Classes);
        var keep = new List<(uint Key, int Row)>();
        for (var i = 0; i < _slotKeys.Length; i++)
        {
            if (_slotKeys[i] == 0)
            {
                continue;
            }
            var offset = (long)_slotRows[i] * Stride;
            for (var c = 0; c < Classes; c++)
            {
                if (MathF.Abs(_weights[offset + c]) >= prune)
                {
                    keep.Add((_slotKeys[i], _slotRows[i]));
                    break;
                }
            }
        }
        keep.Sort((a, b) => a.Key.CompareTo(b.Key));
        writer.Write(keep.Count);
        Span<byte> buffer = stackalloc byte[3];
        foreach (var (key, row) in keep)
        {
            writer.Write(key);
            var offset = (long)row * Stride;
            var n = 0;
            for (var c = 0; c < Classes; c++)
            {
                if (MathF.Abs(_weights[offset + c]) >= prune)
                {
                    n++;
                }
            }
            writer.Write((byte)n);
            for (var c = 0; c < Classes; c++)
            {
                var w = _weights[offset + c];
                if (MathF.Abs(w) >= prune)
                {
                    writer.Write((byte)c);
                    writer.Write((Half)w);
                }
            }
        }
    }

    public static WeightTable Read(BinaryReader reader)
    {
        var classes = reader.ReadInt32();
        if (classes is <= 0 or > 255)
        {
            throw new InvalidDataException($"bad class count {classes}");
        }
        var rows = reader.ReadInt32();
        var table = new WeightTable(classes, rows, training: false);
        for (var r = 0; r < rows; r++)
        {
            var key = reader.ReadUInt32();
            var offset = (long)table.FindOrAdd(key) * table.Stride;
            int n = reader.ReadByte();
            for (var e = 0; e < n; e++)
            {
                int c = reader.ReadByte();
                table._weights[offset + c] = (float)reader.ReadHalf();
            }
        }
        return table;
    }
}
