using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Sitrep.Nlp.Learning;

/// <summary>Averaged-perceptron weights: feature key → one dense row of class weights in a flat float array.
/// Open addressing on the (already mixed) 32-bit keys; rows are padded to the SIMD width so scoring is a run of
/// vector adds. Training keeps a second accumulator for averaging (Daumé's trick: avg = w − acc / t).</summary>
public sealed class WeightTable
{
    // One slot = row << 32 | key (key 0 = empty), so a probe is a single load.
    private ulong[] _slots;
    private float[] _weights;
    private double[]? _accumulated;
    private int _rows;
    private long _tick = 1;
    // Inference-only compact copy (see Quantize): 16-bit weights, rows padded to the short-vector width.
    private short[]? _quantized;
    private uint[]? _sparse;
    private float _scale;
    private int _quantizedStride;

    public WeightTable(int classes, int expectedRows = 1024, bool training = true)
    {
        Classes = classes;
        Stride = (classes + Vector<float>.Count - 1) / Vector<float>.Count * Vector<float>.Count;
        var slots = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, expectedRows * 2));
        _slots = new ulong[slots];
        _weights = new float[Math.Max(1, expectedRows) * Stride];
        _accumulated = training ? new double[_weights.Length] : null;
    }

    public int Classes { get; }

    /// <summary>Row length in floats (classes padded to the vector width); score buffers need this length.</summary>
    public int Stride { get; }

    public int Rows => _rows;

    private int Find(uint key)
    {
        var slots = _slots;
        var mask = slots.Length - 1;
        var i = (int)key & mask;
        while (true)
        {
            var slot = slots[i];
            var k = (uint)slot;
            if (k == key)
            {
                return (int)(slot >> 32);
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
        var mask = _slots.Length - 1;
        var i = (int)key & mask;
        while (true)
        {
            var k = (uint)_slots[i];
            if (k == key)
            {
                return (int)(_slots[i] >> 32);
            }
            if (k == 0)
            {
                break;
            }
            i = (i + 1) & mask;
        }
        if ((_rows + 1) * 2 > _slots.Length)
        {
            Rehash(_slots.Length * 2);
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
        _slots[i] = (ulong)(uint)row << 32 | key;
        return row;
    }

    private void Rehash(int slots)
    {
        var old = _slots;
        _slots = new ulong[slots];
        var mask = slots - 1;
        foreach (var slot in old)
        {
            if ((uint)slot == 0)
            {
                continue;
            }
            var i = (int)(uint)slot & mask;
            while ((uint)_slots[i] != 0)
            {
                i = (i + 1) & mask;
            }
            _slots[i] = slot;
        }
    }

    /// <summary>Sums the rows of the given features into <paramref name="scores"/> (length ≥ <see cref="Stride"/>).</summary>
    public void Score(ReadOnlySpan<uint> features, Span<float> scores)
    {
        if (_quantized is not null)
        {
            ScoreQuantized(features, scores);
            return;
        }
        var stride = Stride;
        scores = scores[..stride];
        scores.Clear();
        ref var dst = ref MemoryMarshal.GetReference(scores);
        ref var weights = ref MemoryMarshal.GetArrayDataReference(_weights);
        // Look every row up first: the probes are independent loads the CPU overlaps, instead of one cache miss
        // at a time interleaved with the adds.
        Span<int> rows = stackalloc int[features.Length];
        for (var k = 0; k < features.Length; k++)
        {
            rows[k] = Find(features[k]);
        }
        foreach (var row in rows)
        {
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

    private void ScoreQuantized(ReadOnlySpan<uint> features, Span<float> scores)
    {
        var stride = _quantizedStride;
        Span<int> sums = stackalloc int[stride];
        sums.Clear();
        ref var dst = ref MemoryMarshal.GetReference(sums);
        ref var dense = ref MemoryMarshal.GetArrayDataReference(_quantized!);
        var entries = _sparse!;
        Span<int> rows = stackalloc int[features.Length];
        for (var k = 0; k < features.Length; k++)
        {
            rows[k] = Find(features[k]);
        }
        var half = (nuint)Vector<int>.Count;
        foreach (var row in rows)
        {
            if (row < 0)
            {
                continue;
            }
            if ((row & DenseBit) == 0)
            {
                // Most rows (≈ 99 % in the tagger) hold a handful of classes: add just those. The slot points
                // straight at the row's entries (count first), so a sparse feature costs one dependent load.
                ref var entry = ref MemoryMarshal.GetArrayDataReference(entries);
                entry = ref Unsafe.Add(ref entry, row);
                var count = (int)entry;
                for (var e = 1; e <= count; e++)
                {
                    var value = Unsafe.Add(ref entry, e);
                    Unsafe.Add(ref dst, (int)(value >> 16)) += (short)value;
                }
                continue;
            }
            var offset = (nuint)(row & ~DenseBit) * (nuint)stride;
            for (nuint j = 0; j < (nuint)stride; j += (nuint)Vector<short>.Count)
            {
                Vector.Widen(Vector.LoadUnsafe(ref dense, offset + j), out var low, out var high);
                (Vector.LoadUnsafe(ref dst, j) + low).StoreUnsafe(ref dst, j);
                (Vector.LoadUnsafe(ref dst, j + half) + high).StoreUnsafe(ref dst, j + half);
            }
        }
        scores = scores[..Stride];
        for (var c = 0; c < Classes; c++)
        {
            scores[c] = sums[c] * _scale;
        }
        scores[Classes..].Clear();
    }

    /// <summary>Rows with more non-zero classes than this stay dense (vector adds); sparser rows become lists.</summary>
    private const int SparseLimit = 16;
    /// <summary>In a quantized table's slot, marks a dense row index (else an offset into the sparse entries).</summary>
    private const int DenseBit = 1 << 30;

    /// <summary>Inference only: 16-bit integer weights on one scale (largest |w| → 32767), summed as integers.
    /// Rows with at most <see cref="SparseLimit"/> non-zero classes are stored as (class, weight) lists, the rest
    /// as dense 16-bit rows: the tagger's table shrinks ~20×, so the rows a sentence needs mostly stay in
    /// cache. The model files store half precision anyway; dev scores are unchanged.</summary>
    public void Quantize()
    {
        if (_accumulated is not null)
        {
            throw new InvalidOperationException("quantize only a table loaded for inference");
        }
        var used = (long)_rows * Stride;
        var max = 0f;
        for (long j = 0; j < used; j++)
        {
            max = MathF.Max(max, MathF.Abs(_weights[j]));
        }
        _scale = max > 0 ? max / short.MaxValue : 1f;
        _quantizedStride = (Classes + Vector<short>.Count - 1) / Vector<short>.Count * Vector<short>.Count;
        var location = new int[_rows];
        var entries = new List<uint>();
        var dense = new List<short>();
        Span<short> q = stackalloc short[Classes];
        for (var r = 0; r < _rows; r++)
        {
            var nonZero = 0;
            for (var c = 0; c < Classes; c++)
            {
                q[c] = (short)MathF.Round(_weights[(long)r * Stride + c] / _scale);
                nonZero += q[c] != 0 ? 1 : 0;
            }
            // A table of at most one vector of classes (the parser's three actions) is faster dense.
            if (nonZero > SparseLimit || _quantizedStride == Vector<short>.Count)
            {
                location[r] = dense.Count / _quantizedStride | DenseBit;
                for (var c = 0; c < _quantizedStride; c++)
                {
                    dense.Add(c < Classes ? q[c] : (short)0);
                }
                continue;
            }
            location[r] = entries.Count;
            entries.Add((uint)nonZero);
            for (var c = 0; c < Classes; c++)
            {
                if (q[c] != 0)
                {
                    entries.Add((uint)c << 16 | (ushort)q[c]);
                }
            }
        }
        if (entries.Count >= DenseBit || dense.Count / _quantizedStride >= DenseBit)
        {
            throw new InvalidOperationException("weight table too large to quantize");
        }
        for (var i = 0; i < _slots.Length; i++)
        {
            if ((uint)_slots[i] != 0)
            {
                _slots[i] = (ulong)(uint)location[(int)(_slots[i] >> 32)] << 32 | (uint)_slots[i];
            }
        }
        _sparse = [.. entries];
        _quantized = dense.Count > 0 ? [.. dense] : new short[_quantizedStride];
        _weights = [];
    }

    private float Weight(int row, int c)
    {
        if (_quantized is null)
        {
            return _weights[(long)row * Stride + c];
        }
        // A quantized table's slots hold locations, not rows (see Quantize).
        if ((row & DenseBit) != 0)
        {
            return _quantized[(long)(row & ~DenseBit) * _quantizedStride + c] * _scale;
        }
        var count = (int)_sparse![row];
        for (var e = row + 1; e <= row + count; e++)
        {
            if ((int)(_sparse[e] >> 16) == c)
            {
                return (short)_sparse[e] * _scale;
            }
        }
        return 0f;
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

    /// <summary>Structured-perceptron step on one class: adds <paramref name="delta"/> to its weight in every row.</summary>
    public void Adjust(ReadOnlySpan<uint> features, int cls, float delta)
    {
        if (_accumulated is null)
        {
            throw new InvalidOperationException("this table was loaded for inference only");
        }
        foreach (var key in features)
        {
            var offset = (long)FindOrAdd(key) * Stride + cls;
            _weights[offset] += delta;
            _accumulated![offset] += delta * _tick;
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

    /// <summary>Adds <paramref name="scale"/> × every row of <paramref name="other"/> (same classes): averaging the
    /// weights of models trained on different shuffles.</summary>
    public void AddScaled(WeightTable other, float scale)
    {
        if (other.Classes != Classes)
        {
            throw new ArgumentException($"class counts differ: {other.Classes} vs {Classes}");
        }
        if (_quantized is not null || other._quantized is not null)
        {
            throw new InvalidOperationException("quantized tables cannot be averaged");
        }
        foreach (var slot in other._slots)
        {
            if ((uint)slot == 0)
            {
                continue;
            }
            var from = (long)(slot >> 32) * other.Stride;
            var to = (long)FindOrAdd((uint)slot) * Stride;
            for (var c = 0; c < Classes; c++)
            {
                _weights[to + c] += scale * other._weights[from + c];
            }
        }
    }

    /// <summary>Sparse, quantised (half precision) rows; entries with |w| below <paramref name="prune"/> are dropped,
    /// and rows left empty are not written.</summary>
    public void Write(BinaryWriter writer, float prune)
    {
        // A negative class count marks the compact layout: sorted keys as 7-bit-encoded deltas.
        writer.Write(-Classes);
        var keep = new List<(uint Key, int Row)>();
        foreach (var slot in _slots)
        {
            if ((uint)slot == 0)
            {
                continue;
            }
            var row = (int)(slot >> 32);
            for (var c = 0; c < Classes; c++)
            {
                if (MathF.Abs(Weight(row, c)) >= prune)
                {
                    keep.Add(((uint)slot, row));
                    break;
                }
            }
        }
        keep.Sort((a, b) => a.Key.CompareTo(b.Key));
        writer.Write(keep.Count);
        var previous = 0L;
        foreach (var (key, row) in keep)
        {
            writer.Write7BitEncodedInt64(key - previous);
            previous = key;
            var n = 0;
            for (var c = 0; c < Classes; c++)
            {
                if (MathF.Abs(Weight(row, c)) >= prune)
                {
                    n++;
                }
            }
            writer.Write((byte)n);
            for (var c = 0; c < Classes; c++)
            {
                var w = Weight(row, c);
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
        var compact = classes < 0;
        classes = Math.Abs(classes);
        if (classes is <= 0 or > 255)
        {
            throw new InvalidDataException($"bad class count {classes}");
        }
        var rows = reader.ReadInt32();
        var table = new WeightTable(classes, rows, training: false);
        var previous = 0L;
        for (var r = 0; r < rows; r++)
        {
            uint key;
            if (compact)
            {
                previous += reader.Read7BitEncodedInt64();
                key = (uint)previous;
            }
            else
            {
                key = reader.ReadUInt32();
            }
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
