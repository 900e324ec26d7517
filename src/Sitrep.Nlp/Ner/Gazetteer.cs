using Sitrep.Nlp.Learning;

namespace Sitrep.Nlp.Ner;

/// <summary>Compiled name lists (countries, demonyms, organisations, armed groups, persons) as hashes of lower-cased
/// token sequences. <see cref="Mark"/> gives each token a bit mask of (list, B/I/L/U position) for the longest match
/// starting at every token; the recogniser uses the bits as features, the stage uses demonyms for NORP.</summary>
public sealed class Gazetteer
{
    // Place = GeoNames populated places, a list of its own: many are also common words or surnames ("Cary", "Of").
    public const int Per = 0, Org = 1, Loc = 2, Norp = 3, Surname = 4, Place = 5, Lists = 6;
    public const int MaxLength = 8;
    private static readonly ulong Start = Hashing.Of("<gazetteer>");

    private readonly Dictionary<ulong, byte> _phrases;
    private readonly Dictionary<ulong, byte> _heads;

    public Gazetteer(Dictionary<ulong, byte> phrases, Dictionary<ulong, byte>? heads = null)
    {
        _phrases = phrases;
        _heads = heads ?? [];
    }

    /// <summary>List bits of words that often end listed multi-word names ("committee", "front", "party" for ORG):
    /// a capitalised run ending in one is likely a name of that kind even when the run itself is not listed.</summary>
    public byte HeadOf(ulong lowerToken) => _heads.TryGetValue(lowerToken, out var b) ? b : (byte)0;

    public int HeadCount => _heads.Count;

    public int Count => _phrases.Count;

    public static ulong Extend(ulong phrase, ulong lowerToken) => Hashing.Combine(phrase, lowerToken);
    public static ulong Begin => Start;

    /// <summary>Bit (list * 4 + position) per token, position 0 = B, 1 = I, 2 = L, 3 = U.</summary>
    public void Mark(LexicalSentence lex, Span<uint> marks)
    {
        var n = lex.Count;
        marks[..n].Clear();
        for (var i = 0; i < n; i++)
        {
            var h = Start;
            var bestLength = 0;
            byte bestLists = 0;
            for (var len = 1; len <= MaxLength && i + len <= n; len++)
            {
                h = Extend(h, lex.Lower(i + len - 1));
                if (_phrases.TryGetValue(h, out var lists))
                {
                    bestLength = len;
                    bestLists = lists;
                }
            }
            if (bestLength == 0)
            {
                continue;
            }
            for (var list = 0; list < Lists; list++)
            {
                if ((bestLists & (1 << list)) == 0)
                {
                    continue;
                }
                if (bestLength == 1)
                {
                    marks[i] |= 1u << (list * 4 + 3);
                    continue;
                }
                marks[i] |= 1u << (list * 4);
                for (var k = 1; k < bestLength - 1; k++)
                {
                    marks[i + k] |= 1u << (list * 4 + 1);
                }
                marks[i + bestLength - 1] |= 1u << (list * 4 + 2);
            }
        }
    }

    /// <summary>True when the single token is a listed demonym ("Syrian", "Turkish", "Kurds").</summary>
    public bool IsDemonym(ulong lowerToken) =>
        _phrases.TryGetValue(Extend(Start, lowerToken), out var lists) && (lists & (1 << Norp)) != 0;

    public void Write(BinaryWriter writer)
    {
        WriteMap(writer, _phrases);
        WriteMap(writer, _heads);
    }

    private static void WriteMap(BinaryWriter writer, Dictionary<ulong, byte> map)
    {
        writer.Write(map.Count);
        foreach (var (k, v) in map.OrderBy(kv => kv.Key))
        {
            writer.Write(k);
            writer.Write(v);
        }
    }

    private static Dictionary<ulong, byte> ReadMap(BinaryReader reader)
    {
        var n = reader.ReadInt32();
        var map = new Dictionary<ulong, byte>(n);
        for (var i = 0; i < n; i++)
        {
            var k = reader.ReadUInt64();
            map[k] = reader.ReadByte();
        }
        return map;
    }

    public static Gazetteer Read(BinaryReader reader)
    {
        var phrases = ReadMap(reader);
        return new Gazetteer(phrases, ReadMap(reader));
    }
}
