namespace Sitrep.Text.Tokenization;

/// <summary>Rule sentence splitter over <see cref="SpanTokenizer"/> output: a sentence ends at a line break, or
/// after ".", "!", "?", "…" (plus closing quotes/brackets) unless punctuation or a touching word follows or an
/// ellipsis trails into lower case; after an abbreviation ("U.S.", "Inc.") only when a typical sentence opener
/// follows; never after a title ("Dr.") or an initial ("M."). Mail-style lines (rules, "… 03:48 PM Name") also end
/// sentences.</summary>
public static class SentenceSplitter
{
    public static int Split(ReadOnlySpan<char> text, ReadOnlySpan<TokenSpan> tokens, Span<SentenceSpan> destination)
    {
        var count = 0;
        var first = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (i + 1 < tokens.Length && !EndsAfter(text, tokens, i)) continue;
            if (count >= destination.Length)
            {
                throw new ArgumentException("sentence buffer too small; one slot per token suffices", nameof(destination));
            }
            destination[count++] = new SentenceSpan(tokens[first].Start, tokens[i].End, first, i + 1 - first);
            first = i + 1;
        }
        return count;
    }

    private static bool EndsAfter(ReadOnlySpan<char> text, ReadOnlySpan<TokenSpan> tokens, int i)
    {
        var token = tokens[i];
        if (HasLineBreak(text[token.End..tokens[i + 1].Start])) return true;
        // Closers belong to the sentence they close (“… he said.” Next): decide after the last one.
        if (IsCloser(text, tokens, i + 1)) return false;
        var k = i;
        while (k > 0 && IsCloser(text, tokens, k)) k--;
        var word = text[tokens[k].Start..tokens[k].End];
        if (tokens[k].IsAbbreviation)
        {
            var stem = word[..^1];
            if (stem.Length == 1 || WordLists.IsTitle(stem)) return false;
            var following = FirstWord(text, tokens, i + 1);
            // "etc." closes a list, so a capital after it starts a sentence.
            if (stem.Equals("etc", StringComparison.OrdinalIgnoreCase) && following.Length > 0 && SpanTokenizer.IsUpper(following[0])) return true;
            return WordLists.IsSentenceStarter(following);
        }
        var last = word[^1];
        var terminal = last is '.' or '!' or '?' or '\u2026' && (word.Length == 1 || !SpanTokenizer.IsLetterOrDigit(word[0]));
        var next = tokens[i + 1];
        if (terminal)
        {
            var nextChar = text[next.Start];
            // "draft).doc", "missing..and": no space, no new sentence.
            if (next.Start == tokens[i].End && SpanTokenizer.IsLetterOrDigit(nextChar)) return false;
            // An ellipsis before a lower-case word trails off inside the sentence.
            var ellipsis = last == '\u2026' || (word.Length >= 2 && last == '.');
            if (ellipsis && char.IsLower(nextChar)) return false;
            return StartsSentence(text, tokens, i + 1);
        }
        // A smiley closes its sentence like a full stop when a capital follows: "… so cute :) Now …".
        if (IsEmoticon(text, tokens[k]) && SpanTokenizer.IsUpper(text[next.Start])) return true;
        return EndsHeaderTime(text, tokens, i) || IsRule(text, tokens[i]) || IsRule(text, next) || BeforeHeaderDate(text, tokens, i);
    }

    private static bool IsCloser(ReadOnlySpan<char> text, ReadOnlySpan<TokenSpan> tokens, int j)
    {
        if (j >= tokens.Length || j == 0) return false;
        var t = tokens[j];
        var c = text[t.Start];
        if (t.Length > 3) return false;
        if (t.Length == 1 && c is ')' or ']' or '}' or '\u201D' or '\u2019' or '\u00BB') return true;
        if (IsEmoticon(text, t)) return true;
        return t.Length == 1 && c is '"' or '\'' && tokens[j - 1].End == t.Start;
    }

    /// <summary>What may follow a terminal: any word (informal text often starts sentences in lower case; a period
    /// before a lower-case word in edited text is mostly an abbreviation, handled before) but not continuing
    /// punctuation.</summary>
    private static bool StartsSentence(ReadOnlySpan<char> text, ReadOnlySpan<TokenSpan> tokens, int k)
    {
        var c = text[tokens[k].Start];
        return SpanTokenizer.IsLetter(c) || c is not ('.' or ',' or ';' or ':' or '?' or '!' or ')' or ']' or '}' or '-');
    }

    private static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> text, ReadOnlySpan<TokenSpan> tokens, int k)
    {
        // Skip an opening quote or bracket: "U.S. “The …".
        while (k < tokens.Length - 1 && tokens[k].Length == 1 && !SpanTokenizer.IsLetterOrDigit(text[tokens[k].Start])) k++;
        return text[tokens[k].Start..tokens[k].End];
    }

    /// <summary>Mail headers and signatures ("Scott Neal 08/16/2000 03:48 PM John …"): a clock time with AM/PM
    /// followed by a capitalised word ends a line that lost its break.</summary>
    private static bool EndsHeaderTime(ReadOnlySpan<char> text, ReadOnlySpan<TokenSpan> tokens, int i)
    {
        if (i == 0 || tokens[i].Length != 2) return false;
        var word = text[tokens[i].Start..tokens[i].End];
        if (!(word.Equals("AM", StringComparison.Ordinal) || word.Equals("PM", StringComparison.Ordinal))) return false;
        var time = text[tokens[i - 1].Start..tokens[i - 1].End];
        return time.Length >= 4 && time.Contains(':') && SpanTokenizer.IsDigit(time[^1])
               && SpanTokenizer.IsUpper(text[tokens[i + 1].Start]);
    }

    private static bool IsEmoticon(ReadOnlySpan<char> text, TokenSpan t) =>
        t.Length is >= 2 and <= 3 && text[t.Start] is ':' or ';' or '=' && text[t.End - 1] is ')' or '(' or 'P' or 'D' or 'p';

    /// <summary>"=====", "_____", "***": a drawn line or section mark is a sentence of its own.</summary>
    private static bool IsRule(ReadOnlySpan<char> text, TokenSpan token)
    {
        if (token.Length < (text[token.Start] == '*' ? 3 : 5)) return false;
        var c = text[token.Start];
        return c is '=' or '_' or '*' or '-' or '~' && text[token.Start..token.End].IndexOfAnyExcept(c) < 0;
    }

    /// <summary>"… Christa Winfrey | 08/08/2000 11:36 AM": a capitalised name then a date and clock time.</summary>
    private static bool BeforeHeaderDate(ReadOnlySpan<char> text, ReadOnlySpan<TokenSpan> tokens, int i)
    {
        if (i + 2 >= tokens.Length || !SpanTokenizer.IsUpper(text[tokens[i].Start])) return false;
        var date = text[tokens[i + 1].Start..tokens[i + 1].End];
        var time = text[tokens[i + 2].Start..tokens[i + 2].End];
        return date.Length >= 6 && SpanTokenizer.IsDigit(date[0]) && date.Count('/') == 2
               && time.Length >= 4 && SpanTokenizer.IsDigit(time[0]) && time.Contains(':');
    }

    private static bool HasLineBreak(ReadOnlySpan<char> gap) => gap.IndexOfAny('\n', '\r') >= 0;
}
