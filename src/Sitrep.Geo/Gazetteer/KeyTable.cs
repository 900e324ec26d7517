namespace Sitrep.Geo.Gazetteer;

/// <summary>Sorted folded keys in one char blob, each with a run of postings (ints). Binary search over spans.</summary>
internal sealed class KeyTable
{
    public static readonly KeyTable Empty = new([], [0], [0], []);

    private readonly char[] _chars;
    private readonly int[] _keyStarts;
    private readonly int[] _postingStarts;
    private readonly int[] _postings;

    public KeyTable(char[] chars, int[] keyStarts, int[] postingStarts, int[] postings)
    {
        _chars = chars;
        _keyStarts = keyStarts;
        _postingStarts = postingStarts;
        _postings = postings;
    }

    public int Count => _keyStarts.Length - 1;

    public ReadOnlySpan<char> KeyAt(int i) => _chars.AsSpan(_keyStarts[i], _keyStarts[i + 1] - _keyStarts[i]);

    public ReadOnlySpan<int> PostingsAt(int i) => _postings.AsSpan(_postingStarts[i], _postingStarts[i + 1] - _postingStarts[i]);

    public ReadOnlySpan<int> Find(scoped ReadOnlySpan<char> key)
    {
        var i = LowerBound(key);
        return i < Count && KeyAt(i).SequenceEqual(key) ? PostingsAt(i) : ReadOnlySpan<int>.Empty;
    }

    public bool HasKeyExtending(ReadOnlySpan<char> prefix)
    {
        Span<char> probe = stackalloc char[prefix.Length + 1];
        prefix.CopyTo(probe);
        probe[^1] = ' ';
        var i = LowerBound(probe);
        return i < Count && KeyAt(i).StartsWith(probe);
    }

    private int LowerBound(scoped ReadOnlySpan<char> key)
    {
        int lo = 0, hi = Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (KeyAt(mid).SequenceCompareTo(key) < 0) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>Builds from (key, posting) pairs; keys are sorted ordinally, postings keep the given order per key
    /// (callers order them best first) with duplicates dropped.</summary>
    public static KeyTable Build(List<(string Key, int Posting)> pairs, Comparison<int> postingOrder)
    {
        pairs.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key) is var c && c != 0 ? c : postingOrder(a.Posting, b.Posting));
        var chars = new List<char>();
        var keyStarts = new List<int> { 0 };
        var postingStarts = new List<int> { 0 };
        var postings = new List<int>();
        string? current = null;
        var last = -1;
        foreach (var (key, posting) in pairs)
        {
            if (key != current)
            {
                if (current is not null)
                {
                    keyStarts.Add(chars.Count);
                    postingStarts.Add(postings.Count);
                }
                chars.AddRange(key);
                current = key;
                last = -1;
            }
            if (posting != last)
            {
                postings.Add(posting);
                last = posting;
            }
        }
        if (current is not null)
        {
            keyStarts.Add(chars.Count);
            postingStarts.Add(postings.Count);
        }
        return new KeyTable([.. chars], [.. keyStarts], [.. postingStarts], [.. postings]);
    }

    public void Write(BinaryWriter w)
    {
        w.Write(_chars.Length);
        w.Write(_chars);
        Gazetteer.WriteInts(w, _keyStarts);
        Gazetteer.WriteInts(w, _postingStarts);
        Gazetteer.WriteInts(w, _postings);
    }

    public static KeyTable Read(BinaryReader r)
    {
        var n = r.ReadInt32();
        var chars = r.ReadChars(n);
        if (chars.Length != n) throw new EndOfStreamException("index truncated");
        return new KeyTable(chars, Gazetteer.ReadInts(r), Gazetteer.ReadInts(r), Gazetteer.ReadInts(r));
    }
}
