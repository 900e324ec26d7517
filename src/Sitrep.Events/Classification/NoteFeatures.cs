namespace Sitrep.Events.Classification;

/// <summary>Features of a note for the ACLED type classifier: lower-cased word unigrams and bigrams
/// (digits folded to 0, the "On 9 May 2020," date lead dropped), 5-letter prefixes of longer words, plus a bias.</summary>
public static class NoteFeatures
{
    public static List<string> Of(ReadOnlySpan<char> text)
    {
        var words = new List<string>(64);
        var buffer = new System.Text.StringBuilder(24);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) || c == '\'' || c == '-')
            {
                buffer.Append(char.IsDigit(c) ? '0' : char.ToLowerInvariant(c));
            }
            else
            {
                Flush(buffer, words);
                if (c is ',' or '.' or ';' or '(' or ')' or '[' or ']' or ':') words.Add(c.ToString());
            }
        }
        Flush(buffer, words);
        var features = new List<string>(words.Count * 2 + 1) { "<bias>" };
        var prev = "<s>";
        foreach (var w in words)
        {
            features.Add(w);
            features.Add(prev + "_" + w);
            // a crude stem joins inflections the notes spread thin ("ambushed"/"ambushing", "abducted"/"abduction")
            if (w.Length > 5) features.Add(string.Concat("S:", w.AsSpan(0, 5)));
            prev = w;
        }
        NoteCues.Add(words, features);
        return features;
    }

    private static void Flush(System.Text.StringBuilder buffer, List<string> words)
    {
        if (buffer.Length == 0) return;
        words.Add(buffer.ToString().Trim('\'', '-'));
        buffer.Clear();
    }
}
