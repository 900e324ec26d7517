using Sitrep.Events.Text;

namespace Sitrep.Events.Matching;

/// <summary>A word trie: phrases of normalised words map to a payload; lookups find the longest phrase
/// starting at a word. Built once per process, read-only afterwards (safe across threads).</summary>
public sealed class TokenTrie<T> where T : class
{
    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public T? Value;
    }

    private readonly Node _root = new();

    public int Count { get; private set; }

    /// <summary>Adds a phrase (already split into lower-case words); the first value added for a phrase wins
    /// unless <paramref name="overwrite"/>.</summary>
    public void Add(IReadOnlyList<string> words, T value, bool overwrite = false)
    {
        if (words.Count == 0) return;
        var node = _root;
        foreach (var w in words)
        {
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(w, out var next))
            {
                next = new Node();
                node.Children[w] = next;
            }
            node = next;
        }
        if (node.Value is null) Count++;
        if (node.Value is null || overwrite) node.Value = value;
    }

    /// <summary>Longest match starting at <paramref name="start"/>: its value and length in words (0 when none).</summary>
    public (T? Value, int Length) Longest(Word[] words, int start, int limit = int.MaxValue)
    {
        var node = _root;
        T? best = null;
        var bestLength = 0;
        var end = Math.Min(words.Length, limit);
        for (var i = start; i < end; i++)
        {
            if (node.Children is null) break;
            // The tokenizer splits "Al-Qaeda" into three words; the dictionaries write it "AL-QAEDA" or "AL_QAEDA".
            var hyphen = i + 2 < end && GluedHyphen(words, i + 1);
            var last = i; // the last word this step consumes
            var next = hyphen ? Joined(node.Children, words[i], words[i + 2]) : null;
            if (next is not null) last = i + 2;
            else if (!node.Children.TryGetValue(words[i].Norm, out next)) break;
            node = next;
            if (node.Value is not null)
            {
                best = node.Value;
                bestLength = last - start + 1;
            }
            i = hyphen && last == i ? i + 1 : last; // else "al - qaeda" goes on as "al qaeda"
        }
        return (best, bestLength);
    }

    private static bool GluedHyphen(Word[] words, int h) =>
        words[h].Norm == "-" && words[h - 1].End == words[h].Start && words[h].End == words[h + 1].Start;

    /// <summary>The child for "a-b" without building the string.</summary>
    private static Node? Joined(Dictionary<string, Node> children, in Word a, in Word b)
    {
        var length = a.Norm.Length + 1 + b.Norm.Length;
        if (length > 64) return null;
        Span<char> buffer = stackalloc char[length];
        a.Norm.AsSpan().CopyTo(buffer);
        buffer[a.Norm.Length] = '-';
        b.Norm.AsSpan().CopyTo(buffer[(a.Norm.Length + 1)..]);
        return children.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(buffer, out var node) ? node : null;
    }

    public T? Exact(IReadOnlyList<string> words)
    {
        var node = _root;
        foreach (var w in words)
        {
            if (node.Children is null || !node.Children.TryGetValue(w, out var next)) return null;
            node = next;
        }
        return node.Value;
    }
}
