using Sitrep.Core.Pipeline;
using Sitrep.Nlp.Learning;
using Sitrep.Nlp.Tagging;

namespace Sitrep.Nlp.Stages;

/// <summary>Fills <see cref="Token.Upos"/>, <see cref="Token.Xpos"/> and <see cref="Token.Lemma"/>.</summary>
public sealed class TagStage(PosTagger tagger) : IDocumentStage
{
    public string Name => "tag";

    public void Process(Document document)
    {
        var lex = new LexicalSentence();
        var ws = tagger.CreateWorkspace();
        var tags = new int[64];
        foreach (var (first, count) in SentenceRanges.Of(document))
        {
            if (tags.Length < count)
            {
                tags = new int[count * 2];
            }
            SentenceRanges.Fill(lex, document, first, count);
            tagger.Tag(lex, ws, tags);
            for (var i = 0; i < count; i++)
            {
                ref var token = ref document.Tokens[first + i];
                var c = tags[i];
                token.Upos = tagger.Upos[c];
                token.Xpos = tagger.Xpos[c];
                token.Lemma = tagger.Lemmatizer.Lemmatize(document.TextOf(in token), c, ReferenceEquals(token.Upos, "PROPN") || token.Upos == "PROPN");
            }
        }
    }
}
