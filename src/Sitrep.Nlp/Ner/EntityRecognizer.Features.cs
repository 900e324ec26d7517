using Sitrep.Nlp.Learning;

namespace Sitrep.Nlp.Ner;

public sealed partial class EntityRecognizer
{
    /// <summary>States of the previous class that features pair with: start, O, and per type "inside" (B/I) or
    /// "just ended" (L/U). Coarser than the class so each token looks up few rows per state.</summary>
    public int StateCount => 2 + 2 * Types.Length;

    internal static int StateOf(int previous) =>
        previous < 0 ? 0 : previous == 0 ? 1 : 2 + 2 * TypeOf(previous) + (PositionOf(previous) is B or I ? 0 : 1);

    /// <summary>Features of token <paramref name="i"/> that do not depend on the previous class.</summary>
    private static void ExtractEmission(LexicalSentence x, Workspace ws, int i)
    {
        var f = ws.Features;
        f.Clear();
        var n = x.Count;
        uint Mark(int j) => (uint)j < (uint)n ? ws.Marks[j] : 0;
        ulong Tag(int j) => (uint)j < (uint)n ? ws.Tags[j] : (j < 0 ? 5UL : 7UL);
        f.Add(Hashing.Key(0, 0));
        f.Add(Hashing.Key(1, x.Word(i)));
        f.Add(Hashing.Key(2, x.Lower(i)));
        f.Add(Hashing.Key(3, x.Shape(i)));
        f.Add(Hashing.Key(4, x.Suf2(i)));
        f.Add(Hashing.Key(5, x.Suf3(i)));
        f.Add(Hashing.Key(6, x.Suf4(i)));
        f.Add(Hashing.Key(7, x.Pre2(i)));
        f.Add(Hashing.Key(8, x.Pre3(i)));
        f.Add(Hashing.Key(9, x.Lower(i - 1)));
        f.Add(Hashing.Key(10, x.Lower(i + 1)));
        f.Add(Hashing.Key(11, x.Lower(i - 2)));
        f.Add(Hashing.Key(12, x.Lower(i + 2)));
        f.Add(Hashing.Key(13, x.Word(i - 1)));
        f.Add(Hashing.Key(14, x.Word(i + 1)));
        f.Add(Hashing.Key(15, x.Shape(i - 1)));
        f.Add(Hashing.Key(16, x.Shape(i + 1)));
        f.Add(Hashing.Key(17, x.Shape(i - 1), x.Shape(i), x.Shape(i + 1)));
        f.Add(Hashing.Key(18, x.Lower(i - 1), x.Lower(i)));
        f.Add(Hashing.Key(19, x.Lower(i), x.Lower(i + 1)));
        f.Add(Hashing.Key(24, (ulong)x.Flags(i), i == 0 ? 1UL : 0UL));
        f.Add(Hashing.Key(25, Mark(i)));
        f.Add(Hashing.Key(26, Mark(i - 1)));
        f.Add(Hashing.Key(27, Mark(i + 1)));
        f.Add(Hashing.Key(29, x.Lower(i - 1), x.Shape(i)));
        f.Add(Hashing.Key(30, x.Shape(i), x.Lower(i + 1)));
        f.Add(Hashing.Key(31, x.Suf3(i - 1)));
        f.Add(Hashing.Key(32, x.Suf3(i + 1)));
        f.Add(Hashing.Key(33, (ulong)x.Flags(i - 1), (ulong)x.Flags(i), (ulong)x.Flags(i + 1)));
        f.Add(Hashing.Key(50, Tag(i)));
        f.Add(Hashing.Key(51, Tag(i - 1)));
        f.Add(Hashing.Key(52, Tag(i + 1)));
        f.Add(Hashing.Key(53, Tag(i), x.Shape(i)));
        f.Add(Hashing.Key(54, Tag(i - 1), Tag(i)));
        f.Add(Hashing.Key(55, Tag(i), Tag(i + 1)));
        f.Add(Hashing.Key(57, Tag(i - 1), Tag(i), Tag(i + 1)));
        ulong cs = (uint)i < (uint)n ? ws.Case[i] : 11UL;
        f.Add(Hashing.Key(58, cs, (ulong)(x.Flags(i) & LexicalSentence.FlagInitUpper), i == 0 ? 1UL : 0UL));
        f.Add(Hashing.Key(59, cs, Tag(i)));
        f.Add(Hashing.Key(60, (uint)(i + 1) < (uint)n ? ws.Case[i + 1] : 11UL, (ulong)(x.Flags(i + 1) & LexicalSentence.FlagInitUpper)));
        ulong tcs = (uint)i < (uint)n ? ws.TextCase[i] : 11UL;
        f.Add(Hashing.Key(61, tcs, (ulong)(x.Flags(i) & LexicalSentence.FlagInitUpper), i == 0 ? 1UL : 0UL));
        f.Add(Hashing.Key(62, tcs, cs));
        f.Add(Hashing.Key(63, (uint)(i + 1) < (uint)n ? ws.TextCase[i + 1] : 11UL, (ulong)(x.Flags(i + 1) & LexicalSentence.FlagInitUpper)));
        ulong Cl(int j) => (uint)j < (uint)n ? ws.Cluster[j] : (j < 0 ? 0x10001UL : 0x20002UL);
        var cl = Cl(i);
        f.Add(Hashing.Key(70, cl & 0xFFFF));
        f.Add(Hashing.Key(71, cl >> 16));
        f.Add(Hashing.Key(72, cl & 0xFFFF, x.Shape(i)));
        f.Add(Hashing.Key(73, Cl(i - 1) & 0xFFFF));
        f.Add(Hashing.Key(74, Cl(i + 1) & 0xFFFF));
        f.Add(Hashing.Key(75, Cl(i - 2) >> 16, Cl(i - 1) >> 16));
        f.Add(Hashing.Key(76, Cl(i + 1) >> 16, Cl(i + 2) >> 16));
        f.Add(Hashing.Key(78, Cl(i - 1) >> 24, cl >> 24, Cl(i + 1) >> 24));
        if (ws.RunPos[i] != 0)
        {
            var rp = (ulong)ws.RunPos[i];
            f.Add(Hashing.Key(80, rp, ws.RunLast[i]));
            f.Add(Hashing.Key(81, rp, ws.RunFirst[i]));
            f.Add(Hashing.Key(82, rp, ws.RunLastCluster[i]));
            f.Add(Hashing.Key(84, rp, ws.RunHead[i]));
        }
        var m = Mark(i);
        while (m != 0)
        {
            var bit = System.Numerics.BitOperations.TrailingZeroCount(m);
            f.Add(Hashing.Key(40, (ulong)bit));
            f.Add(Hashing.Key(41, (ulong)bit, x.Shape(i)));
            m &= m - 1;
        }
    }

    /// <summary>Features of token <paramref name="i"/> paired with the previous class's state <paramref name="state"/>
    /// (what a greedy tagger would learn from its own last decision).</summary>
    private static void ExtractStateFeatures(LexicalSentence x, Workspace ws, int i, int state, FeatureBuffer f)
    {
        f.Clear();
        var s = (ulong)state;
        f.Add(Hashing.Key(120, s, x.Word(i)));
        f.Add(Hashing.Key(121, s, x.Shape(i)));
        f.Add(Hashing.Key(122, s, ws.Marks[i]));
        f.Add(Hashing.Key(123, s, ws.Tags[i]));
        f.Add(Hashing.Key(124, s, ws.RunPos[i], ws.Cluster[i] >> 16));
    }

    /// <summary>Key of the pure class-to-class transition (previous −1 = sentence start).</summary>
    private static uint TransitionKey(int previous) => Hashing.Key(130, (ulong)(previous + 1));
}
