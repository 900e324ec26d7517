using Sitrep.Core.Pipeline;

namespace Sitrep.Events.Text;

/// <summary>Builds the coder's view of a document: sentences of normalised words. Uses the tokenizer's
/// sentences and tokens when present, splits off punctuation the tokenizer left attached, and splits
/// over-long "sentences" at sentence-final punctuation (a placeholder splitter gives one per document).</summary>
public static class WordView
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "st", "no", "vs", "jan", "feb", "aug",
        "sept", "sep", "oct", "nov", "dec", "u.s", "u.n", "u.k", "e.g", "i.e", "al", "inc", "co", "corp", "gov", "sen", "rep",
    };

    public static List<SentenceWords> Build(Document document)
    {
        var body = document.Body;
        var words = new List<Word>(document.Tokens.Length + 16);
        var tokenSentence = new List<int>(document.Tokens.Length + 16);
        if (document.Tokens.Length > 0)
        {
            foreach (ref readonly var token in document.Tokens.AsSpan())
            {
                Split(body, token.Start, token.End, words, tokenSentence, token.Sentence);
            }
        }
        else
        {
            var i = 0;
            while (i < body.Length)
            {
                while (i < body.Length && char.IsWhiteSpace(body[i])) i++;
                var s = i;
                while (i < body.Length && !char.IsWhiteSpace(body[i])) i++;
                if (i > s) Split(body, s, i, words, tokenSentence, 0);
            }
        }

        var result = new List<SentenceWords>();
        var current = new List<Word>();
        for (var w = 0; w < words.Count; w++)
        {
            if (current.Count > 0 && (tokenSentence[w] != tokenSentence[w - 1] || ParagraphBreak(body, words[w - 1].End, words[w].Start)))
            {
                Flush(result, current);
            }
            current.Add(words[w]);
            if (EndsSentence(body, words, w))
            {
                Flush(result, current);
            }
        }
        Flush(result, current);
        return result;
    }

    private static void Flush(List<SentenceWords> result, List<Word> current)
    {
        if (current.Count == 0) return;
        result.Add(new SentenceWords(result.Count, current[0].Start, current[^1].End, [.. current]));
        current.Clear();
    }

    private static bool ParagraphBreak(string body, int from, int to)
    {
        var newlines = 0;
        for (var i = from; i < to; i++)
        {
            if (body[i] == '\n' && ++newlines >= 2) return true;
        }
        return false;
    }

    private static bool EndsSentence(string body, List<Word> words, int w)
    {
        var word = words[w];
        if (word.Length != 1 || body[word.Start] is not ('.' or '!' or '?')) return false;
        if (w + 1 >= words.Count) return true;
        var next = words[w + 1];
        var nextChar = body[next.Start];
        if (!(char.IsUpper(nextChar) || char.IsDigit(nextChar) || nextChar is '"' or '\u201C' or '\'' or '\u2018' or '(' or '*')) return false;
        if (body[word.Start] != '.' || w == 0) return true;
        var prev = words[w - 1];
        if (prev.End != word.Start) return true;
        // "Mr." "U.S." "J." are not sentence ends.
        return !(Abbreviations.Contains(prev.Norm) || (prev.Length == 1 && char.IsUpper(body[prev.Start])));
    }

    private static bool IsPunctuation(char c) => char.IsPunctuation(c) || char.IsSymbol(c);

    /// <summary>Peels leading/trailing punctuation (and the possessive 's) off one whitespace token.</summary>
    private static void Split(string body, int start, int end, List<Word> words, List<int> sentences, int sentence)
    {
        var s = start;
        var e = end;
        while (s < e && IsPunctuation(body[s]) && !(body[s] is '$' or '#' && s + 1 < e && char.IsLetterOrDigit(body[s + 1])))
        {
            Add(body, s, s + 1, words, sentences, sentence);
            s++;
        }
        var tail = new List<(int, int)>(2);
        while (e > s && IsPunctuation(body[e - 1]))
        {
            // keep "U.S." together: a trailing period after a letter-period pattern
            if (body[e - 1] == '.' && e - s >= 3 && body[e - 3] == '.' && char.IsLetter(body[e - 2]))
            {
                break;
            }
            tail.Add((e - 1, e));
            e--;
        }
        if (e - s > 2 && (body[e - 2] is '\'' or '\u2019') && (body[e - 1] is 's' or 'S'))
        {
            Add(body, s, e - 2, words, sentences, sentence);
            Add(body, e - 2, e, words, sentences, sentence);
        }
        else if (e > s)
        {
            Add(body, s, e, words, sentences, sentence);
        }
        for (var i = tail.Count - 1; i >= 0; i--)
        {
            Add(body, tail[i].Item1, tail[i].Item2, words, sentences, sentence);
        }
    }

    private static void Add(string body, int start, int end, List<Word> words, List<int> sentences, int sentence)
    {
        var span = body.AsSpan(start, end - start);
        var norm = Normalize(span);
        var punct = end - start == 1 && IsPunctuation(body[start]);
        words.Add(new Word(start, end, norm, char.IsUpper(body[start]), punct));
        sentences.Add(sentence);
    }

    /// <summary>Lower case, curly quotes straightened.</summary>
    public static string Normalize(ReadOnlySpan<char> span)
    {
        Span<char> buffer = span.Length <= 128 ? stackalloc char[span.Length] : new char[span.Length];
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            buffer[i] = c switch
            {
                '\u2019' or '\u2018' => '\'',
                '\u201C' or '\u201D' => '"',
                '\u2013' or '\u2014' => '-',
                _ => char.ToLowerInvariant(c),
            };
        }
        return new string(buffer);
    }
}
