using System.Buffers;
using Sitrep.Core.Pipeline;
using Sitrep.Text.Tokenization;

namespace Sitrep.Text;

/// <summary>The tokenize stage: fills <see cref="Document.Tokens"/> and <see cref="Document.Sentences"/> from the
/// body with <see cref="SpanTokenizer"/> and <see cref="SentenceSplitter"/>. Clitics become tokens of their own
/// ("do" + "n't") with <see cref="Token.NoSpaceAfter"/> on the host.</summary>
public sealed class Tokenizer : IDocumentStage
{
    public string Name => "tokenize";

    public void Process(Document document)
    {
        var body = document.Body.AsSpan();
        var spans = ArrayPool<TokenSpan>.Shared.Rent(Math.Max(1, SpanTokenizer.MaxTokens(body.Length)));
        try
        {
            var count = SpanTokenizer.Tokenize(body, spans);
            var tokenSpans = spans.AsSpan(0, count);
            var sentenceSpans = ArrayPool<SentenceSpan>.Shared.Rent(Math.Max(1, count));
            try
            {
                var sentenceCount = SentenceSplitter.Split(body, tokenSpans, sentenceSpans);
                var tokens = new Token[count];
                var sentences = new Sentence[sentenceCount];
                for (var s = 0; s < sentenceCount; s++)
                {
                    var span = sentenceSpans[s];
                    sentences[s] = new Sentence(span.Start, span.End, span.FirstToken, span.TokenCount);
                    for (var t = span.FirstToken; t < span.FirstToken + span.TokenCount; t++)
                    {
                        var ts = tokenSpans[t];
                        tokens[t] = new Token(ts.Start, ts.End)
                        {
                            Sentence = s,
                            NoSpaceAfter = t + 1 < count && tokenSpans[t + 1].Start == ts.End,
                        };
                    }
                }
                document.Tokens = tokens;
                document.Sentences = sentences;
            }
            finally
            {
                ArrayPool<SentenceSpan>.Shared.Return(sentenceSpans);
            }
        }
        finally
        {
            ArrayPool<TokenSpan>.Shared.Return(spans);
        }
    }
}
