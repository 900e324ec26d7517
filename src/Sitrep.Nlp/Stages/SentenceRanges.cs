using Sitrep.Core.Pipeline;
using Sitrep.Nlp.Learning;

namespace Sitrep.Nlp.Stages;

internal static class SentenceRanges
{
    /// <summary>Token ranges of the document's sentences; all tokens as one range if no sentences were split.</summary>
    public static IEnumerable<(int First, int Count)> Of(Document doc)
    {
        if (doc.Sentences.Length == 0)
        {
            if (doc.Tokens.Length > 0)
            {
                yield return (0, doc.Tokens.Length);
            }
            yield break;
        }
        foreach (var s in doc.Sentences)
        {
            if (s.TokenCount > 0)
            {
                yield return (s.FirstToken, s.TokenCount);
            }
        }
    }

    public static void Fill(LexicalSentence lex, Document doc, int first, int count)
    {
        lex.Reset(count);
        for (var i = 0; i < count; i++)
        {
            lex.Add(doc.TextOf(in doc.Tokens[first + i]));
        }
    }
}
