using Sitrep.Core.Pipeline;

namespace Sitrep.Text;

/// <summary>PLACEHOLDER: whitespace tokens, one sentence.</summary>
public sealed class Tokenizer : IDocumentStage
{
    public string Name => "tokenize";

    public void Process(Document document)
    {
        var tokens = new List<Token>();
        var body = document.Body;
        var i = 0;
        while (i < body.Length)
        {
            while (i < body.Length && char.IsWhiteSpace(body[i])) i++;
            var start = i;
            while (i < body.Length && !char.IsWhiteSpace(body[i])) i++;
            if (i > start) tokens.Add(new Token(start, i));
        }
        document.Tokens = [.. tokens];
        document.Sentences = tokens.Count == 0 ? [] : [new Sentence(0, body.Length, 0, tokens.Count)];
    }
}
