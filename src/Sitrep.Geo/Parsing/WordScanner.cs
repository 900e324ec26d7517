namespace Sitrep.Geo.Parsing;

/// <summary>One word of the body: letters/digits (apostrophes inside), with the facts the matcher needs.</summary>
public readonly record struct Word(int Start, int End, bool Capitalized, bool AllCaps, char After, bool SentenceStart)
{
    public int Length => End - Start;
}

/// <summary>Splits the body into words independently of the tokenizer's granularity ("Aleppo," and "Syria’s" give
/// the words "Aleppo" and "Syria"), so matching works with a whitespace tokenizer or a real one.</summary>
public static class WordScanner
{
    public static List<Word> Scan(string body, int from, int to)
    {
        var words = new List<Word>();
        var i = from;
        var sentenceStart = true;
        while (i < to)
        {
            var c = body[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (c is '.' or '!' or '?' or '\n' or ':') sentenceStart = true;
                i++;
                continue;
            }
            var start = i;
            var upper = 0;
            var letters = 0;
            while (i < to)
            {
                var d = body[i];
                if (char.IsLetterOrDigit(d))
                {
                    if (char.IsLetter(d))
                    {
                        letters++;
                        if (char.IsUpper(d)) upper++;
                    }
                    i++;
                }
                else if (d is '\'' or '’' && i + 1 < to && char.IsLetter(body[i + 1]) && !IsPossessive(body, i, to))
                {
                    i++;
                }
                else break;
            }
            // "Syria’s" → "Syria": a possessive 's is not part of the name.
            var after = i < to ? body[i] : '\n';
            var capitalized = char.IsUpper(body[start]);
            words.Add(new Word(start, i, capitalized, letters > 1 && upper == letters, after, sentenceStart));
            sentenceStart = false;
            if (after is '\'' or '’' && IsPossessive(body, i, to)) i += 2;
        }
        return words;
    }

    private static bool IsPossessive(string body, int apostrophe, int to) =>
        apostrophe + 1 < to && body[apostrophe + 1] is 's' or 'S' && (apostrophe + 2 >= to || !char.IsLetter(body[apostrophe + 2]));
}
