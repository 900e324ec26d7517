using System.Runtime.CompilerServices;

namespace Sitrep.Text.Tokenization;

/// <summary>Rule tokenizer following UD English EWT conventions: punctuation split off, clitics ("n't", "'s",
/// "'re", …) split from their host and flagged, hyphens split except after prefixes EWT keeps ("e-mail",
/// "non-profit") and inside digit groups ("2016-11-30", "713-853-3989"); URLs, e-mails, "50,000", "3.5", "10:30",
/// "U.S.", "Dr." stay whole. Works on spans into a caller buffer: no allocation per token.</summary>
public static class SpanTokenizer
{
    /// <summary>A buffer of this many tokens always suffices for <paramref name="textLength"/> characters
    /// (every token holds at least one character).</summary>
    public static int MaxTokens(int textLength) => textLength;

    /// <summary>Tokenizes <paramref name="text"/> into <paramref name="destination"/> (offsets relative to the
    /// span) and returns the token count. Throws when the buffer is too small; size it with <see cref="MaxTokens"/>.</summary>
    public static int Tokenize(ReadOnlySpan<char> text, Span<TokenSpan> destination)
    {
        var output = new TokenWriter(destination);
        var i = 0;
        var n = text.Length;
        while (i < n)
        {
            if (IsSpace(text[i]))
            {
                i++;
                continue;
            }
            var end = i + 1;
            while (end < n && !IsSpace(text[end])) end++;
            TokenizeChunk(text, i, end, ref output);
            i = end;
        }
        return output.Count;
    }

    private static void TokenizeChunk(ReadOnlySpan<char> text, int start, int end, ref TokenWriter output)
    {
        var p = start;
        // Openers first, so "(http://x.org)" and "“Hello" expose their core.
        while (p < end && IsOpener(text[p]) && p + 1 < end)
        {
            output.Add(p, p + 1);
            p++;
        }
        // An address can also sit inside a chunk: "Smith"<jo...@mail.com>.
        var mayHoldAddress = text[p..end].IndexOfAny('@', ':') >= 0;
        if ((mayHoldAddress || (p < end && (text[p] | 0x20) == 'w')) && TryUrlOrEmail(text, p, end, out var coreEnd))
        {
            output.Add(p, coreEnd);
            p = coreEnd;
        }
        var quoted = start < end && IsQuote(text[start]);
        while (p < end)
        {
            if (IsWordChar(text[p]))
            {
                if (mayHoldAddress && TryUrlOrEmail(text, p, end, out coreEnd))
                {
                    output.Add(p, coreEnd);
                    p = coreEnd;
                    continue;
                }
                p = ScanWord(text, p, end, quoted, ref output);
            }
            else
            {
                p = ScanPunct(text, p, end, ref output);
            }
        }
    }

    private static int ScanWord(ReadOnlySpan<char> text, int start, int end, bool quoted, ref TokenWriter output)
    {
        var p = start;
        var segment = start;
        var digitHyphens = DigitHyphens.Unknown;
        var hasDot = false;
        while (true)
        {
            while (p < end && IsWordChar(text[p])) p++;
            if (p + 1 >= end) break;
            var c = text[p];
            var next = text[p + 1];
            var prev = text[p - 1];
            var joins = c switch
            {
                '.' => IsLetterOrDigit(next),
                ',' => IsDigit(prev) && IsDigit(next), // "50,000", and the decimal comma of "7,5 euros"
                '/' when p - start == 1 && IsShorthandSlash(text, start, end) => true,
                ':' or '/' => IsDigit(prev) && IsDigit(next),
                '&' => IsUpper(prev) && IsUpper(next),
                '\'' or '\u2019' => IsLetter(next) && IsLetterOrDigit(prev),
                '@' => IsLetterOrDigit(next),
                '-' => IsLetterOrDigit(next) && JoinsHyphen(text, segment, p, end, ref digitHyphens),
                _ => false,
            };
            if (!joins) break;
            hasDot |= c == '.';
            p++;
            if (c == '-') segment = p;
        }
        var wordEnd = p;
        var flags = TokenFlags.None;
        if (p < end && text[p] == '.' && KeepsPeriod(text, start, wordEnd, hasDot))
        {
            wordEnd = ++p;
            flags = TokenFlags.Abbreviation;
        }
        else if (p < end && text[p] is '\'' or '\u2019' && !quoted && (text[p - 1] | 0x20) == 's'
                 && (p + 1 == end || !IsLetterOrDigit(text[p + 1])))
        {
            // "students'": possessive apostrophe, one surface word with its host.
            output.Add(start, p);
            output.Add(p, p + 1, TokenFlags.Clitic);
            return p + 1;
        }
        if (flags == TokenFlags.None && IsDigit(text[start]) && UnitStart(text, start, wordEnd) is var unit and > 0)
        {
            // "375mm", "5pm", "650k": EWT splits number and unit (but not "17th", "1990s").
            output.Add(start, unit);
            output.Add(unit, wordEnd);
            return p;
        }
        EmitWithClitics(text, start, wordEnd, flags, ref output);
        return p;
    }

    private static int UnitStart(ReadOnlySpan<char> text, int start, int end)
    {
        var k = start;
        while (k < end && IsDigit(text[k])) k++;
        if (k == end) return 0;
        for (var q = k; q < end; q++)
        {
            if (!IsLetter(text[q])) return 0;
        }
        var suffix = text[k..end];
        if (suffix.Length <= 2 && (suffix.Equals("th", StringComparison.OrdinalIgnoreCase) || suffix.Equals("st", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("s", StringComparison.OrdinalIgnoreCase) || suffix.Length == 1 && k - start == 1))
        {
            return 0;
        }
        return k;
    }

    /// <summary>Splits "don't" → "do" + "n't", "it's" → "it" + "'s", "cannot" → "can" + "not" (EWT words).</summary>
    private static void EmitWithClitics(ReadOnlySpan<char> text, int start, int end, TokenFlags flags, ref TokenWriter output)
    {
        var length = end - start;
        if (flags == TokenFlags.None && length >= 3)
        {
            var split = CliticStart(text.Slice(start, length));
            if (split > 0)
            {
                output.Add(start, start + split);
                output.Add(start + split, end, TokenFlags.Clitic);
                return;
            }
        }
        output.Add(start, end, flags);
    }

    private static int CliticStart(ReadOnlySpan<char> w)
    {
        var n = w.Length;
        if (n >= 4 && IsApostrophe(w[n - 2]) && (w[n - 1] | 0x20) == 't' && (w[n - 3] | 0x20) == 'n')
        {
            return n - 3;
        }
        if (IsApostrophe(w[n - 2]) && (w[n - 1] | 0x20) is 's' or 'm' or 'd')
        {
            return n - 2;
        }
        if (n >= 4 && IsApostrophe(w[n - 3]))
        {
            var a = w[n - 2] | 0x20;
            var b = w[n - 1] | 0x20;
            if ((a == 'r' && b == 'e') || (a == 'v' && b == 'e') || (a == 'l' && b == 'l'))
            {
                return n - 3;
            }
        }
        if (n == 6 && w.Equals("cannot", StringComparison.OrdinalIgnoreCase)) return 3;
        if (n == 5 && (w.Equals("gonna", StringComparison.OrdinalIgnoreCase) || w.Equals("wanna", StringComparison.OrdinalIgnoreCase)
                       || w.Equals("gotta", StringComparison.OrdinalIgnoreCase)))
        {
            return 3;
        }
        return 0;
    }

    private enum DigitHyphens { Unknown, Join, Split }

    /// <summary>EWT splits hyphens ("15-year", "1990-1995") but keeps known prefixes and phone/date digit groups.</summary>
    private static bool JoinsHyphen(ReadOnlySpan<char> text, int segment, int hyphen, int end, ref DigitHyphens digits)
    {
        var left = text[segment..hyphen];
        if (IsDigit(left[^1]) && IsDigit(text[hyphen + 1]) && AllDigits(left))
        {
            if (digits == DigitHyphens.Unknown) digits = ClassifyDigitGroups(text, segment, end);
            return digits == DigitHyphens.Join;
        }
        return WordLists.IsHyphenPrefix(left);
    }

    /// <summary>Three or more groups (dates, phone numbers) or "345-9945" join; a two-group range splits.</summary>
    private static DigitHyphens ClassifyDigitGroups(ReadOnlySpan<char> text, int start, int end)
    {
        var groups = 1;
        var firstLength = 0;
        var lastLength = 0;
        var p = start;
        while (p < end)
        {
            var g = p;
            while (p < end && IsDigit(text[p])) p++;
            lastLength = p - g;
            if (groups == 1) firstLength = lastLength;
            if (lastLength == 0 || p + 1 >= end || text[p] != '-' || !IsDigit(text[p + 1])) break;
            groups++;
            p++;
        }
        return groups >= 3 || (groups == 2 && firstLength <= 3 && lastLength == 4) ? DigitHyphens.Join : DigitHyphens.Split;
    }

    private static bool KeepsPeriod(ReadOnlySpan<char> text, int start, int wordEnd, bool hasDot)
    {
        var word = text[start..wordEnd];
        if (hasDot)
        {
            // "U.S.", "e.g.", "a.m.", "Ph.D.": short dotted letter groups; "Amazon.com." and "3.5." are not.
            var groupLength = 0;
            foreach (var c in word)
            {
                if (c == '.')
                {
                    groupLength = 0;
                    continue;
                }
                if (!IsLetter(c) || ++groupLength > 2) return false;
            }
            return true;
        }
        if (word.Length == 1 && IsUpper(word[0])) return true;
        if (WordLists.IsAbbreviation(word)) return true;
        return WordLists.IsAbbreviationBeforeNumber(word) && NextIsDigit(text, wordEnd + 1);
    }

    private static bool NextIsDigit(ReadOnlySpan<char> text, int p)
    {
        // The number may follow in the same chunk ("No.5") or after spaces.
        while (p < text.Length && IsSpace(text[p])) p++;
        return p < text.Length && IsDigit(text[p]);
    }

    private static int ScanPunct(ReadOnlySpan<char> text, int p, int end, ref TokenWriter output)
    {
        var c = text[p];
        var q = p + 1;
        if (c is ':' or ';' or '=' && TryEmoticon(text, p, end, out var emoticonEnd))
        {
            q = emoticonEnd;
        }
        else if (c is '#' or '@' && q < end && IsLetterOrDigit(text[q]))
        {
            // Hashtags and handles stay whole.
            while (q < end && IsWordChar(text[q])) q++;
        }
        else if (c == '.' && q < end && text[q] is '?' or '!')
        {
            while (q < end && text[q] is '!' or '?' or '.') q++;
        }
        else if (c is '.' or '-' or '*' or '=' or '_' or '~' or '+' or '#' or '>' or '<' or '/' or '|' or '`' or '\'' or '$')
        {
            while (q < end && text[q] == c) q++;
        }
        else if (c is '!' or '?')
        {
            // "?!", "!!!", "!." and "??." are one token in EWT.
            while (q < end && text[q] is '!' or '?' or '.') q++;
        }
        output.Add(p, q);
        return q;
    }

    private static bool TryEmoticon(ReadOnlySpan<char> text, int p, int end, out int emoticonEnd)
    {
        var q = p + 1;
        if (q < end && text[q] is '-' or '\'') q++;
        if (q < end && text[q] is ')' or '(' or 'D' or 'P' or 'p' or '/' or '|' or 'O' or 'o' or ']' or '[')
        {
            var after = q + 1;
            if (after == end || !IsLetterOrDigit(text[after]))
            {
                emoticonEnd = after;
                return text[q] is not ('D' or 'P' or 'p' or 'O' or 'o') || after == end;
            }
        }
        emoticonEnd = p;
        return false;
    }

    /// <summary>"http://…", "www.…", "name@host.tld": the whole core up to trailing punctuation.</summary>
    private static bool TryUrlOrEmail(ReadOnlySpan<char> text, int p, int end, out int coreEnd)
    {
        coreEnd = p;
        var chunk = text[p..end];
        var isUrl = chunk.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
                    || chunk.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
                    || chunk.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase)
                    || (chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && chunk.Length > 5);
        if (!isUrl)
        {
            var at = chunk.IndexOf('@');
            if (at <= 0) return false;
            var dot = chunk[at..].IndexOf('.');
            if (dot < 2 || at + dot + 1 >= chunk.Length || !IsLetter(chunk[at + dot + 1])) return false;
            for (var k = 0; k < at; k++)
            {
                if (!(IsLetterOrDigit(chunk[k]) || chunk[k] is '.' or '_' or '-' or '+')) return false;
            }
            var domainEnd = at + 1;
            while (domainEnd < chunk.Length && (IsLetterOrDigit(chunk[domainEnd]) || chunk[domainEnd] is '.' or '-')) domainEnd++;
            if (chunk[at..domainEnd].IndexOf('.') < 2) return false;
        }
        var e = end;
        if (!isUrl)
        {
            // An e-mail address ends at the first character that cannot be part of it.
            e = p;
            while (e < end && (IsLetterOrDigit(text[e]) || text[e] is '.' or '_' or '-' or '+' or '@')) e++;
        }
        while (e > p && text[e - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '"' or '\'' or '\u201D' or '\u2019' or '>') e--;
        if (e - p < 5) return false;
        coreEnd = e;
        return true;
    }

    /// <summary>"b/c", "w/o", "c/o": chat shorthand kept whole (at the '/' after a one-letter word).</summary>
    private static bool IsShorthandSlash(ReadOnlySpan<char> text, int start, int end)
    {
        var first = text[start] | 0x20;
        var second = start + 2 < end ? text[start + 2] | 0x20 : 0;
        var closed = start + 3 == end || !IsLetterOrDigit(text[start + 3]);
        return closed && ((first == 'b' && second == 'c') || (first == 'w' && second == 'o') || (first == 'c' && second == 'o'));
    }

    private static bool AllDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!IsDigit(c)) return false;
        }
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsSpace(char c) => c <= ' ' ? c is ' ' or '\n' or '\r' or '\t' or '\f' or '\v' : c is '\u00A0' or '\u2028' or '\u2029' or '\u200B' || (c >= '\u2000' && c <= '\u200A') || c == '\u3000' || c == '\u202F';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsWordChar(char c) => c < 128 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 || c == '_' : char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsLetterOrDigit(char c) => c < 128 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 : char.IsLetterOrDigit(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsLetter(char c) => c < 128 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' : char.IsLetter(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsUpper(char c) => c < 128 ? (uint)(c - 'A') <= 'Z' - 'A' : char.IsUpper(c);

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    private static bool IsQuote(char c) => c is '\'' or '\u2018' or '"' or '\u201C' or '`';

    private static bool IsOpener(char c) => c is '(' or '[' or '{' or '"' or '\u201C' or '\u2018' or '\'' or '\u00AB';

    /// <summary>Appends into the caller's buffer; the only bounds check is the span's own.</summary>
    private ref struct TokenWriter(Span<TokenSpan> buffer)
    {
        private readonly Span<TokenSpan> _buffer = buffer;
        public int Count;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Add(int start, int end, TokenFlags flags = TokenFlags.None)
        {
            if ((uint)Count >= (uint)_buffer.Length)
            {
                throw new ArgumentException("token buffer too small; size it with SpanTokenizer.MaxTokens", nameof(buffer));
            }
            _buffer[Count++] = new TokenSpan(start, end, flags);
        }
    }
}
