using Sitrep.Core.Contract;
using Sitrep.Core.Pipeline;
using Sitrep.Nlp.Learning;
using Sitrep.Nlp.Ner;

namespace Sitrep.Nlp.Stages;

/// <summary>Fills <see cref="Token.Entity"/> (BIO) and <see cref="Document.Entities"/>. The statistical model
/// finds PER/ORG/LOC (and MISC if trained); single-token demonyms it leaves as O ("Syrian", "Kurds") become NORP
/// when the tagger calls them adjectives or (plural) proper nouns.</summary>
public sealed class NerStage(EntityRecognizer ner) : IDocumentStage
{
    public string Name => "ner";

    public void Process(Document document)
    {
        var lex = new LexicalSentence();
        var ws = ner.CreateWorkspace();
        var classes = new int[64];
        foreach (var (first, count) in SentenceRanges.Of(document))
        {
            if (classes.Length < count)
            {
                classes = new int[count * 2];
            }
            SentenceRanges.Fill(lex, document, first, count);
            ner.Recognize(lex, ws, classes);
            var spanStart = -1;
            for (var i = 0; i < count; i++)
            {
                ref var token = ref document.Tokens[first + i];
                var c = classes[i];
                if (c == 0)
                {
                    token.Entity = "O";
                    if (IsNorp(lex, i, token.Xpos))
                    {
                        token.Entity = "B-NORP";
                        Add(document, first + i, first + i, "NORP");
                    }
                    continue;
                }
                var type = ner.Types[EntityRecognizer.TypeOf(c)];
                var pos = EntityRecognizer.PositionOf(c);
                var begins = pos is 0 or 3;
                token.Entity = begins ? BioNames.Begin(type) : BioNames.Inside(type);
                if (begins)
                {
                    spanStart = i;
                }
                if (pos is 2 or 3)
                {
                    Add(document, first + spanStart, first + i, type);
                }
            }
        }
    }

    private bool IsNorp(LexicalSentence lex, int i, string? xpos) =>
        (lex.Flags(i) & LexicalSentence.FlagInitUpper) != 0 &&
        xpos is null or "JJ" or "NNPS" or "NNP" or "NNS" &&
        ner.Gazetteer.IsDemonym(lex.Lower(i));

    private static void Add(Document document, int firstToken, int lastToken, string type)
    {
        var start = document.Tokens[firstToken].Start;
        var end = document.Tokens[lastToken].End;
        document.Entities.Add(new EntityRecord { Text = document.Body[start..end], Type = type, Start = start, End = end });
    }
}

/// <summary>Interned "B-TYPE"/"I-TYPE" strings, so tagging a token allocates nothing.</summary>
internal static class BioNames
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string B, string I)> Names = new(StringComparer.Ordinal);

    private static (string B, string I) Of(string type) => Names.GetOrAdd(type, t => ("B-" + t, "I-" + t));

    public static string Begin(string type) => Of(type).B;
    public static string Inside(string type) => Of(type).I;
}
