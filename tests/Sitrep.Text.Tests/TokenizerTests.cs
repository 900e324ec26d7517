using Sitrep.Core.Pipeline;
using Sitrep.Testing;
using Sitrep.Text.Tokenization;

namespace Sitrep.Text.Tests;

public sealed class TokenizerTests
{
    private static string[] Tokens(string text)
    {
        var buffer = new TokenSpan[SpanTokenizer.MaxTokens(text.Length)];
        var count = SpanTokenizer.Tokenize(text, buffer);
        return buffer[..count].Select(t => text[t.Start..t.End]).ToArray();
    }

    private static string[] Sentences(string text)
    {
        var doc = new Document(text);
        new Tokenizer().Process(doc);
        return doc.Sentences.Select(s => text[s.Start..s.End]).ToArray();
    }

    [Theory]
    [InlineData("They don't know.", "They|do|n't|know|.")]
    [InlineData("We can't, and it won't.", "We|ca|n't|,|and|it|wo|n't|.")]
    [InlineData("It's the army's post; they're here and we'll see.", "It|'s|the|army|'s|post|;|they|'re|here|and|we|'ll|see|.")]
    [InlineData("Syria’s Red Crescent", "Syria|’s|Red|Crescent")]
    [InlineData("the students' union", "the|students|'|union")]
    [InlineData("More than 50,000 Syrians on 2016-11-30.", "More|than|50,000|Syrians|on|2016-11-30|.")]
    [InlineData("The U.S. envoy met Dr. Ali on Feb. 3 at 10:30 a.m.", "The|U.S.|envoy|met|Dr.|Ali|on|Feb.|3|at|10:30|a.m.")]
    [InlineData("a 15-year term for a rebel-held district", "a|15|-|year|term|for|a|rebel|-|held|district")]
    [InlineData("send an e-mail to the non-profit in mid-July", "send|an|e-mail|to|the|non-profit|in|mid-July")]
    [InlineData("See http://example.org/a?b=1. Or write to jane.doe@example.org.", "See|http://example.org/a?b=1|.|Or|write|to|jane.doe@example.org|.")]
    [InlineData("It cost $50 (about 3.5%) -- or more...", "It|cost|$|50|(|about|3.5|%|)|--|or|more|...")]
    [InlineData("“The situation is desperate,” said Pawel.", "“|The|situation|is|desperate|,|”|said|Pawel|.")]
    [InlineData("BEIRUT (Reuters) - A blast", "BEIRUT|(|Reuters|)|-|A|blast")]
    [InlineData("a 375mm shell at 5pm on the 17th, in the 1990s", "a|375|mm|shell|at|5|pm|on|the|17th|,|in|the|1990s")]
    [InlineData("I cannot say; gonna wait :)", "I|can|not|say|;|gon|na|wait|:)")]
    [InlineData("call 713-853-3989 or 1-800-991-9019 for games 1990-1995", "call|713-853-3989|or|1-800-991-9019|for|games|1990|-|1995")]
    [InlineData("buy it b/c it works?! Half (1/2) on 11/30/2016!!", "buy|it|b/c|it|works|?!|Half|(|1/2|)|on|11/30/2016|!!")]
    public void Tokenizes_as_in_UD_English_EWT(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Tokens(text));
    }

    [Fact]
    public void Clitics_are_flagged_and_touch_their_host()
    {
        const string text = "They don't know it's Bush's.";
        var buffer = new TokenSpan[text.Length];
        var count = SpanTokenizer.Tokenize(text, buffer);
        var clitics = buffer[..count].Where(t => t.IsClitic).Select(t => text[t.Start..t.End]).ToArray();
        Assert.Equal(["n't", "'s", "'s"], clitics);
        for (var i = 1; i < count; i++)
        {
            if (buffer[i].IsClitic) Assert.Equal(buffer[i - 1].End, buffer[i].Start);
        }
    }

    [Fact]
    public void A_too_small_buffer_is_refused_not_overrun()
    {
        var buffer = new TokenSpan[3];
        Assert.Throws<ArgumentException>(() => SpanTokenizer.Tokenize("one two three four", buffer));
    }

    [Fact]
    public void Tokenizes_a_slice_of_a_larger_text_with_offsets_relative_to_the_slice()
    {
        const string text = "IGNORED PREFIX. Aid arrived.";
        var slice = text.AsSpan(16);
        var buffer = new TokenSpan[slice.Length];
        var count = SpanTokenizer.Tokenize(slice, buffer);
        Assert.Equal(3, count);
        Assert.Equal((0, 3), (buffer[0].Start, buffer[0].End));
        Assert.Equal("arrived", slice[buffer[1].Start..buffer[1].End].ToString());
    }

    [Theory]
    [InlineData("Dr. Smith arrived. He left.", "Dr. Smith arrived.|He left.")]
    [InlineData("He lives in the U.S. The army denied it.", "He lives in the U.S.|The army denied it.")]
    [InlineData("U.S. Army officers and John F. Kennedy met.", "U.S. Army officers and John F. Kennedy met.")]
    [InlineData("\"We left,\" he said. \"Now we wait.\" Then silence.", "\"We left,\" he said.|\"Now we wait.\"|Then silence.")]
    [InlineData("Is it over? No! It is not...", "Is it over?|No!|It is not...")]
    [InlineData("Aid reaches Mosul\n\nThe convoy arrived on Monday", "Aid reaches Mosul|The convoy arrived on Monday")]
    [InlineData("About 3.5 million people (see p. 4) fled etc. and more.", "About 3.5 million people (see p. 4) fled etc. and more.")]
    [InlineData("It was bad (very bad.) Then it stopped.", "It was bad (very bad.)|Then it stopped.")]
    public void Splits_sentences(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Sentences(text));
    }

    [Fact]
    public void Tokenizer_stage_on_the_sample_covers_the_body_with_consistent_spans()
    {
        var doc = new ArticleCleaner().Clean(new RawArticle { Content = File.ReadAllText(SharedData.Sample) });
        new Tokenizer().Process(doc);
        var body = doc.Body;

        // Tokens, concatenated, are the body without its whitespace; in order and never overlapping.
        Assert.Equal(string.Concat(body.Where(c => !char.IsWhiteSpace(c))), string.Concat(doc.Tokens.Select(t => body[t.Start..t.End])));
        for (var i = 1; i < doc.Tokens.Length; i++)
        {
            Assert.True(doc.Tokens[i - 1].End <= doc.Tokens[i].Start);
            Assert.Equal(doc.Tokens[i - 1].End == doc.Tokens[i].Start, doc.Tokens[i - 1].NoSpaceAfter);
        }
        // Sentences tile the token array, and each token knows its sentence.
        var next = 0;
        for (var s = 0; s < doc.Sentences.Length; s++)
        {
            var sentence = doc.Sentences[s];
            Assert.Equal(next, sentence.FirstToken);
            Assert.Equal(doc.Tokens[sentence.FirstToken].Start, sentence.Start);
            Assert.Equal(doc.Tokens[sentence.TokenEnd - 1].End, sentence.End);
            for (var t = sentence.FirstToken; t < sentence.TokenEnd; t++) Assert.Equal(s, doc.Tokens[t].Sentence);
            next = sentence.TokenEnd;
        }
        Assert.Equal(doc.Tokens.Length, next);

        var texts = doc.Tokens.Select(t => body[t.Start..t.End]).ToList();
        Assert.Contains("50,000", texts);
        Assert.Contains("rebel", texts);
        var sentences = doc.Sentences.Select(s => body[s.Start..s.End]).ToList();
        Assert.StartsWith("More than 50,000 Syrians", sentences[0]);
        Assert.EndsWith("emergency talks on the fighting in the city.", sentences[0]);
        // 17 paragraphs; two of them hold two sentences, one quote paragraph holds two more.
        Assert.InRange(sentences.Count, 17, 24);
        Assert.Contains(sentences, s => s == "Rescue volunteers carried her body away on a motorcycle.");
        Assert.Contains(sentences, s => s.StartsWith("This escalation is a war crime", StringComparison.Ordinal) && s.EndsWith("list.”", StringComparison.Ordinal));
    }

    [Fact]
    public void Empty_and_blank_bodies_give_no_tokens()
    {
        foreach (var body in new[] { "", "   \n\n  " })
        {
            var doc = new Document(body);
            new Tokenizer().Process(doc);
            Assert.Empty(doc.Tokens);
            Assert.Empty(doc.Sentences);
        }
    }
}
