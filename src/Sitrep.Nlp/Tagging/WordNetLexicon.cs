using System.Globalization;
using Sitrep.Nlp.Learning;

namespace Sitrep.Nlp.Tagging;

/// <summary>What WordNet says a lower-cased word form can be: a noun, verb, adjective or adverb lemma, a regular or
/// listed inflection of one (plural, -s, -ed, -ing, comparative, superlative), a capitalised noun (names such as
/// "Paris"), and which part of speech its senses were tagged with most often in WordNet's concordance. A word the
/// treebank never showed still gets its possible classes. Built from the WordNet 3.0 database files (Debian
/// <c>wordnet-base</c>); only hashes of the forms and their 16-bit codes are kept.</summary>
public sealed class WordNetLexicon
{
    public const ushort Noun = 1, Verb = 2, Adjective = 4, Adverb = 8, Plural = 16, VerbS = 32, VerbEd = 64, VerbIng = 128,
        Comparative = 256, Superlative = 512, Capitalised = 1024;
    private const int DominantShift = 12; // 2 bits: 0 no concordance count, 1 noun, 2 verb, 3 adjective/adverb

    private readonly Dictionary<ulong, ushort> _codes;

    private WordNetLexicon(Dictionary<ulong, ushort> codes) => _codes = codes;

    public static WordNetLexicon Empty { get; } = new([]);

    public int Count => _codes.Count;

    /// <summary>The form's code (0: WordNet does not know it), by <see cref="Hashing.Lower(ReadOnlySpan{char})"/> of the form.</summary>
    public ushort Code(ulong lowerHash) => _codes.TryGetValue(lowerHash, out var c) ? c : (ushort)0;

    /// <summary>Reads index.{noun,verb,adj,adv}, the *.exc exception lists and data.noun from <paramref name="directory"/>
    /// (e.g. /usr/share/wordnet) and generates the regular inflections of every one-word lemma.</summary>
    public static WordNetLexicon Build(string directory)
    {
        var codes = new Dictionary<string, ushort>(StringComparer.Ordinal);
        var tagged = new Dictionary<string, (int Noun, int Verb, int Other)>(StringComparer.Ordinal);
        void Mark(string form, ushort bits)
        {
            if (form.Length == 0 || form.Contains('_')) return;
            codes[form] = (ushort)(codes.GetValueOrDefault(form) | bits);
        }
        foreach (var (file, pos) in (ReadOnlySpan<(string, ushort)>)[("index.noun", Noun), ("index.verb", Verb), ("index.adj", Adjective), ("index.adv", Adverb)])
        {
            foreach (var line in File.ReadLines(Path.Combine(directory, file)))
            {
                if (line.Length == 0 || line[0] == ' ') continue; // licence header
                var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var lemma = f[0];
                if (lemma.Contains('_')) continue;
                var pointers = int.Parse(f[3], CultureInfo.InvariantCulture);
                var taggedSenses = int.Parse(f[5 + pointers], CultureInfo.InvariantCulture);
                var t = tagged.GetValueOrDefault(lemma);
                tagged[lemma] = pos switch
                {
                    Noun => t with { Noun = t.Noun + taggedSenses },
                    Verb => t with { Verb = t.Verb + taggedSenses },
                    _ => t with { Other = t.Other + taggedSenses },
                };
                Mark(lemma, pos);
                foreach (var (form, bits) in Inflections(lemma, pos)) Mark(form, bits);
            }
        }
        foreach (var (file, bits) in (ReadOnlySpan<(string, ushort)>)[("noun.exc", Plural), ("verb.exc", (ushort)(VerbEd | VerbS)), ("adj.exc", Comparative)])
        {
            foreach (var line in File.ReadLines(Path.Combine(directory, file)))
            {
                var space = line.IndexOf(' ');
                if (space > 0) Mark(line[..space], bits);
            }
        }
        foreach (var line in File.ReadLines(Path.Combine(directory, "data.noun")))
        {
            if (line.Length == 0 || line[0] == ' ') continue;
            var f = line.Split(' ');
            var words = int.Parse(f[3], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            for (var k = 0; k < words; k++)
            {
                var word = f[4 + 2 * k];
                if (char.IsUpper(word[0])) Mark(word.ToLowerInvariant(), Capitalised);
            }
        }
        var result = new Dictionary<ulong, ushort>(codes.Count);
        foreach (var (form, bits) in codes)
        {
            var code = bits;
            if (tagged.TryGetValue(form, out var t) && t.Noun + t.Verb + t.Other > 0)
            {
                var dominant = t.Noun >= t.Verb && t.Noun >= t.Other ? 1 : t.Verb >= t.Other ? 2 : 3;
                code |= (ushort)(dominant << DominantShift);
            }
            result[Hashing.Lower(form)] = code;
        }
        return new WordNetLexicon(result);
    }

    /// <summary>Regular inflections (over-generated: "stopped" and "stoped" both; a form no text uses costs one entry).</summary>
    private static IEnumerable<(string, ushort)> Inflections(string lemma, ushort pos)
    {
        if (lemma.Length < 2 || !lemma.All(char.IsLetter)) yield break;
        var last = lemma[^1];
        var sibilant = lemma.EndsWith('s') || lemma.EndsWith('x') || lemma.EndsWith('z') || lemma.EndsWith("ch", StringComparison.Ordinal) || lemma.EndsWith("sh", StringComparison.Ordinal);
        var consonantY = last == 'y' && !IsVowel(lemma[^2]);
        var s = sibilant ? lemma + "es" : consonantY ? lemma[..^1] + "ies" : lemma + "s";
        var doubled = lemma.Length >= 3 && !IsVowel(last) && last is not ('w' or 'x' or 'y') && IsVowel(lemma[^2]) && !IsVowel(lemma[^3]);
        var stem = last == 'e' ? lemma[..^1] : consonantY ? lemma[..^1] + "i" : lemma;
        switch (pos)
        {
            case Noun:
                yield return (s, Plural);
                break;
            case Verb:
                yield return (s, VerbS);
                yield return (stem + "ed", VerbEd);
                yield return ((last == 'e' ? lemma[..^1] : lemma) + "ing", VerbIng);
                if (doubled)
                {
                    yield return (lemma + last + "ed", VerbEd);
                    yield return (lemma + last + "ing", VerbIng);
                }
                break;
            case Adjective:
                yield return (stem + "er", Comparative);
                yield return (stem + "est", Superlative);
                if (doubled)
                {
                    yield return (lemma + last + "er", Comparative);
                    yield return (lemma + last + "est", Superlative);
                }
                break;
        }
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    public void Write(BinaryWriter writer)
    {
        writer.Write(_codes.Count);
        foreach (var (k, v) in _codes.OrderBy(kv => kv.Key))
        {
            writer.Write(k);
            writer.Write(v);
        }
    }

    public static WordNetLexicon Read(BinaryReader reader)
    {
        var n = reader.ReadInt32();
        var codes = new Dictionary<ulong, ushort>(n);
        for (var i = 0; i < n; i++)
        {
            var k = reader.ReadUInt64();
            codes[k] = reader.ReadUInt16();
        }
        return new WordNetLexicon(codes);
    }

    /// <summary>A hash of the whole lexicon, for cache keys of what was computed with it.</summary>
    public ulong Fingerprint()
    {
        var h = 0x3D7E7UL;
        foreach (var (k, v) in _codes.OrderBy(kv => kv.Key)) h = Hashing.Combine(Hashing.Combine(h, k), v);
        return h;
    }
}
