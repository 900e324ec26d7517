using Sitrep.Core;
using Sitrep.Core.Pipeline;
using Sitrep.Nlp.Learning;
using Sitrep.Nlp.Parsing;

namespace Sitrep.Nlp.Stages;

/// <summary>Fills <see cref="Token.Head"/> (document-wide index, −1 = root) and <see cref="Token.DepRel"/>.</summary>
public sealed class ParseStage(DependencyParser parser) : IDocumentStage
{
    public string Name => "parse";

    public void Process(Document document)
    {
        var lex = new LexicalSentence();
        var ws = parser.CreateWorkspace();
        var upos = new string[64];
        var xpos = new string[64];
        var heads = new int[64];
        var labels = new string[64];
        foreach (var (first, count) in SentenceRanges.Of(document))
        {
            if (upos.Length < count)
            {
                upos = new string[count * 2]; xpos = new string[count * 2]; heads = new int[count * 2]; labels = new string[count * 2];
            }
            for (var i = 0; i < count; i++)
            {
                ref readonly var token = ref document.Tokens[first + i];
                upos[i] = token.Upos ?? throw new SitrepException("the parse stage needs POS tags: run the tag stage before it");
                xpos[i] = token.Xpos ?? "_";
            }
            SentenceRanges.Fill(lex, document, first, count);
            parser.Parse(lex, upos.AsSpan(0, count), xpos.AsSpan(0, count), ws, heads, labels);
            for (var i = 0; i < count; i++)
            {
                ref var token = ref document.Tokens[first + i];
                token.Head = heads[i] < 0 ? -1 : first + heads[i];
                token.DepRel = labels[i];
            }
        }
    }
}
