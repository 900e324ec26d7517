using Sitrep.Core.Contract;
using Sitrep.Core.Pipeline;
using Sitrep.Nlp.Learning;
using Sitrep.Nlp.Ner;

namespace Sitrep.Nlp.Stages;

/// <summary>Fills <see cref="Token.Entity"/> (BIO) and <see cref="Document.Entities"/>. The statistical model
/// finds PER/ORG/LOC (and MISC if trained), then names are made consistent across the document; single-token
/// demonyms left as O ("Syrian", "Kurds") become NORP when the tagger calls them adjectives or proper nouns.</summary>
public sealed class NerStage(EntityRecognizer ner) : IDocumentStage
{
    public string Name => "ner";

    public void Process(Document document)
    {
        var lex = new LexicalSentence();
        var ws = ner.CreateWorkspace();
        var consistency = new DocumentConsistency();
        var xpos = new string?[64];
        var ranges = SentenceRanges.Of(document).ToList();
        var predicted = new int[ranges.Count][];
        for (var k = 0; k < ranges.Count; k++)
        {
            var (first, count) = ranges[k];
            if (xpos.Length < count)
            {
                xpos = new string?[count * 2];
            }
            for (var i = 0; i < count; i++)
            {
                xpos[i] = document.Tokens[first + i].Xpos;
            }
            SentenceRanges.Fill(lex, document, first, count);
            predicted[k] = new int[count];
            ner.Recognize(lex, xpos.AsSpan(0, count), ws, predicted[k]);
            consistency.Add(lex, predicted[k]);
        }
        consistency.Apply(ner.Types.Length, Array.IndexOf(ner.Types, "PER"));
        for (var k = 0; k < ranges.Count; k++)
        {
            var (first, count) = ranges[k];
            SentenceRanges.Fill(lex, document, first, count);
            var classes = predicted[k];
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
                // The draft training data files nationalities under OTH → MISC; a lone listed demonym is NORP.
                if (pos == 3 && type == "MISC" && ner.Gazetteer.IsDemonym(lex.Lower(i)))
                {
                    type = "NORP";
                }
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
