using System.Globalization;

namespace Sitrep.Geo.Gazetteer;

/// <summary>The lookup key of a name: lower-case ASCII letters and digits, diacritics folded away, every run of
/// other characters (spaces, hyphens, dots, apostrophes) collapsed to one space. "Aş Şām", "as-Sam" and "AS SAM"
/// share one key, so index and text meet without allocation in the hot path.</summary>
public static class NameKey
{
    public const int MaxLength = 96;

    /// <summary>Writes the key of <paramref name="name"/> into <paramref name="destination"/> (at least
    /// <see cref="MaxLength"/> long) and returns its length; 0 when the name has no letter or digit or is too long.</summary>
    public static int Fold(ReadOnlySpan<char> name, Span<char> destination)
    {
        var n = 0;
        var pendingSpace = false;
        foreach (var c in name)
        {
            var f = FoldChar(c);
            if (f == '\0')
            {
                continue;
            }
            if (f == ' ')
            {
                pendingSpace = n > 0;
                continue;
            }
            if (pendingSpace)
            {
                if (n >= destination.Length) return 0;
                destination[n++] = ' ';
                pendingSpace = false;
            }
            if (n >= destination.Length) return 0;
            destination[n++] = f;
            // Two-letter foldings (ß → ss, æ → ae) keep their second letter here.
            var second = SecondLetter(c);
            if (second != '\0')
            {
                if (n >= destination.Length) return 0;
                destination[n++] = second;
            }
        }
        return n;
    }

    public static string Fold(ReadOnlySpan<char> name)
    {
        Span<char> buffer = stackalloc char[MaxLength];
        var n = Fold(name, buffer);
        return n == 0 ? "" : new string(buffer[..n]);
    }

    /// <summary>True when the name folds to a key without losing letters (Latin script): non-Latin alternate
    /// names (Arabic, Cyrillic …) are left out of the index, since English text never spells them so.</summary>
    public static bool IsLatin(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
        {
            if (char.IsLetter(c) && FoldChar(c) is '\0' or ' ')
            {
                return false;
            }
        }
        return true;
    }

    // Folding table for the Latin ranges (built once), so folding text never allocates.
    private static readonly char[] Table = BuildTable();

    private static char[] BuildTable()
    {
        var table = new char[0x2000];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = SlowFold((char)i);
        }
        return table;
    }

    private static char FoldChar(char c) => c < Table.Length ? Table[c] : SlowFold(c);

    private static char SlowFold(char c)
    {
        if (c < 128)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') return c;
            if (c is >= 'A' and <= 'Z') return (char)(c + 32);
            // Apostrophes vanish inside words ("Ma'arat" = "Maarat"), everything else separates.
            return c == '\'' ? '\0' : ' ';
        }
        if (c is '\u2019' or '\u2018' or '\u02BC' or '\u02BB' or '\u02BF' or '\u02BE' or '`' or '\u00B4')
        {
            return '\0';
        }
        switch (c)
        {
            case 'ß': return 's';
            case 'æ' or 'Æ': return 'a';
            case 'œ' or 'Œ': return 'o';
            case 'ø' or 'Ø': return 'o';
            case 'đ' or 'Đ' or 'ð' or 'Ð': return 'd';
            case 'ł' or 'Ł': return 'l';
            case 'ı': return 'i';
            case 'þ' or 'Þ': return 't';
            case 'ħ' or 'Ħ': return 'h';
        }
        if (!char.IsLetterOrDigit(c))
        {
            return char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark ? '\0' : ' ';
        }
        var b = LatinBaseLetters.Of(c);
        if (b is >= 'a' and <= 'z' or >= '0' and <= '9')
        {
            return b;
        }
        return char.IsLetter(c) ? ' ' : '\0';
    }

    private static char SecondLetter(char c) => c switch
    {
        'ß' => 's',
        'æ' or 'Æ' => 'e',
        'œ' or 'Œ' => 'e',
        'þ' or 'Þ' => 'h',
        _ => '\0',
    };
}
