using Sitrep.Nlp.Learning;

namespace Sitrep.Nlp.Ner;

/// <summary>One name, one type per document: after every sentence is tagged, a name predicted with different types
/// takes its majority type, and capitalised repeats of a predicted name that the model left as O get the name's
/// type (news repeats "Miramar" or "Aleppo" many times; the model alone misses some).</summary>
public sealed class DocumentConsistency
{
    private const int MaxLength = 6;

    private readonly List<ulong[]> _words = [];
    private readonly List<bool[]> _capitalised = [];
    private readonly List<int[]> _classes = [];

    public void Clear()
    {
        _words.Clear();
        _capitalised.Clear();
        _classes.Clear();
    }

    /// <summary>Adds a tagged sentence; <paramref name="classes"/> is kept and rewritten in place by <see cref="Apply"/>.</summary>
    public void Add(LexicalSentence lex, int[] classes)
    {
        var words = new ulong[lex.Count];
        var caps = new bool[lex.Count];
        for (var i = 0; i < lex.Count; i++)
        {
            words[i] = lex.Lower(i);
            caps[i] = (lex.Flags(i) & LexicalSentence.FlagInitUpper) != 0;
        }
        _words.Add(words);
        _capitalised.Add(caps);
        _classes.Add(classes);
    }

    private static ulong Key(ulong[] words, int start, int end)
    {
        var h = (ulong)(end - start);
        for (var i = start; i < end; i++)
        {
            h = Hashing.Combine(h, words[i]);
        }
        return h;
    }

    /// <param name="personType">Index of PER among the types (-1: none): single-word mentions of a multi-word person's
    /// last name take PER.</param>
    public void Apply(int typeCount, int personType = -1)
    {
        var counts = new Dictionary<ulong, int[]>();
        var lengths = new HashSet<int>();
        foreach (var (k, start, end, type) in Spans())
        {
            var key = Key(_words[k], start, end);
            if (!counts.TryGetValue(key, out var c))
            {
                counts[key] = c = new int[typeCount];
            }
            c[type]++;
            lengths.Add(end - start);
        }
        if (counts.Count == 0)
        {
            return;
        }
        // Majority type per name.
        var majority = new Dictionary<ulong, int>();
        foreach (var (key, c) in counts)
        {
            var best = 0;
            var tie = false;
            for (var t = 1; t < typeCount; t++)
            {
                if (c[t] > c[best]) { best = t; tie = false; }
                else if (c[t] == c[best]) tie = true;
            }
            if (!tie)
            {
                majority[key] = best;
            }
        }
        if (personType >= 0)
        {
            // A surname repeats a full name mentioned in the same document ("Bashar Al Assad" ... "Assad").
            foreach (var (k, start, end, type) in Spans())
            {
                if (type == personType && end - start >= 2 && _capitalised[k][end - 1])
                {
                    majority[Key(_words[k], end - 1, end)] = personType;
                    lengths.Add(1);
                }
            }
        }
        foreach (var (k, start, end, type) in Spans().ToList())
        {
            if (majority.TryGetValue(Key(_words[k], start, end), out var best) && best != type)
            {
                Write(_classes[k], start, end, best);
            }
        }
        // Propagate to capitalised repeats left as O, longest names first.
        for (var k = 0; k < _words.Count; k++)
        {
            var words = _words[k];
            var classes = _classes[k];
            for (var i = 0; i < words.Length; i++)
            {
                if (classes[i] != 0 || !_capitalised[k][i])
                {
                    continue;
                }
                for (var len = Math.Min(MaxLength, words.Length - i); len >= 1; len--)
                {
                    if (!lengths.Contains(len) || !AllOutside(classes, i, i + len))
                    {
                        continue;
                    }
                    if (majority.TryGetValue(Key(words, i, i + len), out var type))
                    {
                        Write(classes, i, i + len, type);
                        i += len - 1;
                        break;
                    }
                }
            }
        }
    }

    private static bool AllOutside(int[] classes, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (classes[i] != 0) return false;
        }
        return true;
    }

    private static void Write(int[] classes, int start, int end, int type)
    {
        if (end - start == 1)
        {
            classes[start] = 1 + 4 * type + 3;
            return;
        }
        classes[start] = 1 + 4 * type;
        for (var i = start + 1; i < end - 1; i++) classes[i] = 1 + 4 * type + 1;
        classes[end - 1] = 1 + 4 * type + 2;
    }

    private IEnumerable<(int Sentence, int Start, int End, int Type)> Spans()
    {
        for (var k = 0; k < _classes.Count; k++)
        {
            var classes = _classes[k];
            var start = -1;
            for (var i = 0; i < _words[k].Length; i++)
            {
                var c = classes[i];
                if (c == 0) continue;
                var pos = EntityRecognizer.PositionOf(c);
                if (pos is 0 or 3) start = i;
                if (pos is 2 or 3) yield return (k, start, i + 1, EntityRecognizer.TypeOf(c));
            }
        }
    }
}
