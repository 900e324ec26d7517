namespace Sitrep.Nlp.Learning;

/// <summary>A reusable list of feature keys for one decision; cleared, never reallocated in the loop.</summary>
public sealed class FeatureBuffer(int capacity = 128)
{
    private readonly uint[] _keys = new uint[capacity];

    public int Count { get; private set; }

    public void Clear() => Count = 0;

    public void Add(uint key) => _keys[Count++] = key;

    public ReadOnlySpan<uint> Keys => _keys.AsSpan(0, Count);
}
