namespace Sitrep.Geo.Gazetteer;

/// <summary>Base letters of the Latin ranges (generated from Unicode NFD decompositions), so folding needs no ICU:
/// the build runs with invariant globalization, where string.Normalize does not decompose.
/// '_' = no base letter (folds to a separator).</summary>
internal static class LatinBaseLetters
{
    /// <summary>U+00C0 … U+024F.</summary>
    public const string Latin1AndExtended = "aaaaaa ceeeeiiii nooooo_ uuuuy  aaaaaa ceeeeiiii nooooo_ uuuuy yaaaaaaccccccccdd  eeeeeeeeeegggggggghh  iiiiiiiii   jjkk llllll    nnnnnn   oooooo  rrrrrrsssssssstttt  uuuuuuuuuuuuwwyyyzzzzzz                                 oo             uu                            aaiioouuuuuuuuuu aaaa    ggkkoooo  j   gg  nnaa    aaaaeeeeiiiioooorrrruuuusstt  hh      aaeeooooooooyy                            ";

    /// <summary>U+1E00 … U+1EFF (Latin Extended Additional: ḩ, ẓ, ṭ …).</summary>
    public const string ExtendedAdditional = "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmmmmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvvwwwwwwwwwwxxxxyyzzzzzzhtwy      aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy      ";

    public static char Of(char c)
    {
        if (c >= '\u00C0' && c < '\u0250') return Latin1AndExtended[c - 0xC0];
        if (c >= '\u1E00' && c < '\u1F00') return ExtendedAdditional[c - 0x1E00];
        return '\0';
    }
}
