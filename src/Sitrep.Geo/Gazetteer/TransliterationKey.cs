using System.Collections.Frozen;

namespace Sitrep.Geo.Gazetteer;

/// <summary>A second, looser key for Arabic place names, which news and GeoNames romanise differently ("Jisr
/// al-Shughur" / "Jisr ash Shughur", "Khan Sheikhoun" / "Khan Shaykhun", "Maarat al-Numan" / "Ma'arrat an
/// Nu'man", "Deir el-Zour" / "Dayr az Zawr"): the article (al, el, ash, ez …) is dropped, and each word keeps its
/// first letter (any vowel written as "a") and then only its consonants, w and y counted as vowels, q as k,
/// doubled letters once, a final h after a vowel dropped. Built from an already folded key (<see cref="NameKey"/>); names of fewer than two such
/// words have no key, a single word's skeleton being too loose to trust. Names that differ only in vowels share a
/// key: the ranker's context (country, the other places) chooses among them.</summary>
public static class TransliterationKey
{
    /// <summary>Writes the key of <paramref name="folded"/> into <paramref name="destination"/> (at least as long)
    /// and returns its length; 0 when it has fewer than <paramref name="minWords"/> words after the articles (1 gives
    /// the key of a name's first word, for prefix probes).</summary>
    public static int Of(ReadOnlySpan<char> folded, Span<char> destination, int minWords = 2)
    {
        var n = 0;
        var words = 0;
        var i = 0;
        while (i < folded.Length)
        {
            var end = folded[i..].IndexOf(' ');
            end = end < 0 ? folded.Length : i + end;
            var word = folded[i..end];
            i = end + 1;
            if (word.IsEmpty || IsArticle(word)) continue;
            // The final -ah / -a of the same name ("Sa'dah" / "Saada", "Arihah" / "Ariha"): a vowel's final h is dropped.
            if (word.Length > 2 && word[^1] == 'h' && IsVowel(word[^2])) word = word[..^1];
            if (words++ > 0) destination[n++] = ' ';
            var last = '\0';
            for (var k = 0; k < word.Length; k++)
            {
                var c = word[k] == 'q' ? 'k' : word[k];
                if (k == 0)
                {
                    if (IsVowel(c)) c = 'a';
                }
                else if (IsVowel(c) || c is 'w' or 'y')
                {
                    continue;
                }
                if (c == last) continue;
                destination[n++] = c;
                last = c;
            }
        }
        return words >= minWords ? n : 0;
    }

    /// <summary>Countries whose place names are romanised from Arabic, where the looser key is tried.</summary>
    public static bool AppliesTo(string alpha2) => alpha2 is "DZ" or "BH" or "DJ" or "EG" or "EH" or "IQ" or "JO" or "KW" or "LB" or "LY"
        or "MA" or "MR" or "OM" or "PS" or "QA" or "SA" or "SD" or "SO" or "SY" or "TN" or "AE" or "YE";

    /// <summary>The key of <paramref name="folded"/>, or null when it has none.</summary>
    public static string? Of(ReadOnlySpan<char> folded)
    {
        Span<char> buffer = stackalloc char[NameKey.MaxLength];
        var n = folded.Length <= buffer.Length ? Of(folded, buffer) : 0;
        return n == 0 ? null : new string(buffer[..n]);
    }

    /// <summary>Whether a folded name reads as romanised Arabic, which the looser key is only tried for: it starts
    /// with a word only place names start with ("khan", "deir", "tell" …) or has an article word inside ("jisr al
    /// shughur"). "Old Man" and "My Soul" have Arabic skeletons too ("Ouled Mimoun", …) but are neither.</summary>
    public static bool LooksArabic(ReadOnlySpan<char> folded)
    {
        var first = true;
        foreach (var range in folded.Split(' '))
        {
            var word = folded[range];
            if (first && IsPlaceHead(word)) return true;
            if (!first && IsArticle(word)) return true;
            first = false;
        }
        return false;
    }

    /// <summary>The quick test the matcher runs on a name's first two folded words; a name that passes it also
    /// <see cref="LooksArabic"/>.</summary>
    public static bool StartsLikeArabic(ReadOnlySpan<char> first, ReadOnlySpan<char> second) => IsPlaceHead(first) || IsArticle(second);

    /// <summary>Whether a folded word is one only Arabic place names start with ("khan", "deir", "tell" …).</summary>
    public static bool IsPlaceHead(ReadOnlySpan<char> word) => PlaceHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>First words of Arabic place names that are not given names ("Khan Younis", "Deir al-Balah", "Maarat
    /// al-Numan"): NER often reads such names as people.</summary>
    private static readonly FrozenSet<string> PlaceHeads = new[]
    {
        "khan", "deir", "dayr", "tell", "tall", "tal", "tel", "beit", "bayt", "kafr", "kfar", "jisr", "ras", "ain", "ayn", "ein",
        "bir", "wadi", "jabal", "jebel", "qasr", "maarat", "maaret", "maarrat", "marat", "mazraat", "nahr", "khirbet",
        "khirbat", "souq", "suq", "qalaat", "qalat",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static bool IsArticle(ReadOnlySpan<char> word) =>
        word is "al" or "el" or "il" or "ul" or "ad" or "ed" or "an" or "en" or "ar" or "er" or "as" or "es" or "ash" or "esh"
            or "at" or "et" or "az" or "ez" or "ud" or "un" or "ur" or "us" or "ut" or "uz";
}
