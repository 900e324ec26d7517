using Sitrep.Nlp.Corpora;
using Sitrep.Nlp.Learning;

namespace Sitrep.Nlp.Tagging;

/// <summary>Lemmas from a lexicon of (form, tag) → lemma learnt from the treebank; unknown words get the suffix
/// rewrite rule ("cut n letters, append s") most often seen for the same tag and the longest matching suffix.</summary>
public sealed class Lemmatizer
{
    private const int MaxSuffix = 5;

    private readonly Dictionary<ulong, string> _lexicon;
    private readonly Dictionary<ulong, (byte Cut, string Append)> _rules;

    private Lemmatizer(Dictionary<ulong, string> lexicon, Dictionary<ulong, (byte, string)> rules)
    {
        _lexicon = lexicon;
        _rules = rules;
    }

    private static ulong ExactKey(ReadOnlySpan<char> form, int tag) => Hashing.Combine(Hashing.Of(form), (ulong)tag);
    private static ulong LowerKey(ReadOnlySpan<char> form, int tag) => Hashing.Combine(Hashing.Lower(form), (ulong)tag + 100_000);
    private static ulong RuleKey(ReadOnlySpan<char> form, int k, int tag) =>
        Hashing.Combine(Hashing.Lower(form[(form.Length - k)..]) + (ulong)k, (ulong)tag + 200_000);

    public string Lemmatize(ReadOnlySpan<char> form, int tag, bool properNoun)
    {
        if (_lexicon.TryGetValue(ExactKey(form, tag), out var lemma) || _lexicon.TryGetValue(LowerKey(form, tag), out lemma))
        {
            return lemma;
        }
        if (properNoun)
        {
            return form.ToString();
        }
        for (var k = Math.Min(MaxSuffix, form.Length); k >= 0; k--)
        {
            if (_rules.TryGetValue(RuleKey(form, k, tag), out var rule) && rule.Cut <= form.Length)
            {
                return string.Create(form.Length - rule.Cut + rule.Append.Length, (form.ToString(), rule), static (dst, s) =>
                {
                    var stem = s.Item1.AsSpan(0, s.Item1.Length - s.rule.Cut);
                    stem.ToLowerInvariant(dst);
                    s.rule.Append.AsSpan().CopyTo(dst[stem.Length..]);
                });
            }
        }
        return form.ToString().ToLowerInvariant();
    }

    public static Lemmatizer Train(IReadOnlyList<UdSentence> sentences, Func<UdSentence, int, int> tagOf)
    {
        var lexiconCounts = new Dictionary<ulong, Dictionary<string, int>>();
        var ruleCounts = new Dictionary<ulong, Dictionary<(byte, string), int>>();
        foreach (var s in sentences)
        {
            for (var i = 0; i < s.Count; i++)
            {
                var form = s.Forms[i];
                var lemma = s.Lemmas[i];
                if (lemma == "_")
                {
                    continue;
                }
                var tag = tagOf(s, i);
                Count(lexiconCounts, ExactKey(form, tag), lemma);
                Count(lexiconCounts, LowerKey(form, tag), lemma);
                var lowerForm = form.ToLowerInvariant();
                var lowerLemma = lemma.ToLowerInvariant();
                var common = 0;
                while (common < lowerForm.Length && common < lowerLemma.Length && lowerForm[common] == lowerLemma[common])
                {
                    common++;
                }
                var cut = lowerForm.Length - common;
                if (cut > 255)
                {
                    continue;
                }
                var rule = ((byte)cut, string.Intern(lowerLemma[common..]));
                for (var k = 0; k <= Math.Min(MaxSuffix, form.Length); k++)
                {
                    Count(ruleCounts, RuleKey(form, k, tag), rule);
                }
            }
        }
        var lexicon = new Dictionary<ulong, string>(lexiconCounts.Count);
        foreach (var (key, counts) in lexiconCounts)
        {
            lexicon[key] = string.Intern(Best(counts).Key);
        }
        var rules = new Dictionary<ulong, (byte, string)>();
        foreach (var (key, counts) in ruleCounts)
        {
            var best = Best(counts);
            if (best.Value >= 2)
            {
                rules[key] = best.Key;
            }
        }
        return new Lemmatizer(lexicon, rules);
    }

    private static void Count<T>(Dictionary<ulong, Dictionary<T, int>> table, ulong key, T value) where T : notnull
    {
        if (!table.TryGetValue(key, out var counts))
        {
            table[key] = counts = [];
        }
        counts[value] = counts.GetValueOrDefault(value) + 1;
    }

    /// <summary>Most frequent value; ties go to the ordinal-smallest so training stays deterministic.</summary>
    private static KeyValuePair<T, int> Best<T>(Dictionary<T, int> counts) where T : notnull
    {
        var best = default(KeyValuePair<T, int>);
        var first = true;
        foreach (var kv in counts)
        {
            if (first || kv.Value > best.Value || (kv.Value == best.Value && string.CompareOrdinal(kv.Key.ToString(), best.Key.ToString()) < 0))
            {
                best = kv;
                first = false;
            }
        }
        return best;
    }

    public void Write(BinaryWriter writer)
    {
        var strings = new List<string>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        int Id(string s)
        {
            if (!index.TryGetValue(s, out var id))
            {
                index[s] = id = strings.Count;
                strings.Add(s);
            }
            return id;
        }
        var lex = _lexicon.OrderBy(kv => kv.Key).Select(kv => (kv.Key, Id(kv.Value))).ToList();
        var rules = _rules.OrderBy(kv => kv.Key).Select(kv => (kv.Key, kv.Value.Cut, Id(kv.Value.Append))).ToList();
        ModelStream.WriteStrings(writer, strings);
        writer.Write(lex.Count);
        foreach (var (key, id) in lex)
        {
            writer.Write(key);
            writer.Write7BitEncodedInt(id);
        }
        writer.Write(rules.Count);
        foreach (var (key, cut, id) in rules)
        {
            writer.Write(key);
            writer.Write(cut);
            writer.Write7BitEncodedInt(id);
        }
    }

    public static Lemmatizer Read(BinaryReader reader)
    {
        var strings = ModelStream.ReadStrings(reader);
        var n = reader.ReadInt32();
        var lexicon = new Dictionary<ulong, string>(n);
        for (var i = 0; i < n; i++)
        {
            var key = reader.ReadUInt64();
            lexicon[key] = strings[reader.Read7BitEncodedInt()];
        }
        var m = reader.ReadInt32();
        var rules = new Dictionary<ulong, (byte, string)>(m);
        for (var i = 0; i < m; i++)
        {
            var key = reader.ReadUInt64();
            var cut = reader.ReadByte();
            rules[key] = (cut, strings[reader.Read7BitEncodedInt()]);
        }
        return new Lemmatizer(lexicon, rules);
    }
}
