using Sitrep.Core.Pipeline;
using Sitrep.Testing;
using Sitrep.Text.Evaluation;
using Sitrep.Text.Tokenization;

namespace Sitrep.Text.Tests;

/// <summary>Odd input must never crash the stages or lose text: seeded random strings and real web text.</summary>
public sealed class RobustnessTests
{
    private const string Alphabet = "aZ09 .,;:!?'\"’“”()[]-–—/@#$%&*_+=<>\n\t\u00A0éßЖ中😀";

    [Fact]
    public void Random_text_tokenizes_into_ordered_spans_covering_every_visible_character()
    {
        var random = new Random(20161130);
        for (var round = 0; round < 2000; round++)
        {
            var chars = new char[random.Next(0, 80)];
            for (var i = 0; i < chars.Length; i++) chars[i] = Alphabet[random.Next(Alphabet.Length)];
            var text = new string(chars);
            var doc = new Document(text);
            new Tokenizer().Process(doc);
            var visible = string.Concat(text.Where(c => !SpanTokenizerIsSpace(c)));
            Assert.Equal(visible, string.Concat(doc.Tokens.Select(t => text[t.Start..t.End])));
            Assert.All(doc.Tokens, t => Assert.True(t.End > t.Start));
            Assert.Equal(doc.Tokens.Length, doc.Sentences.Sum(s => s.TokenCount));
        }
    }

    [Fact]
    public void Cleaner_keeps_the_words_of_plain_web_text()
    {
        // EWT dev sentences as one article: nothing there is a caption or credit, so no sentence may vanish.
        var gold = ConlluText.Load(SharedData.Require("data/ud-ewt/en_ewt-ud-dev.conllu"), 300);
        var doc = new ArticleCleaner().Clean(new RawArticle { Content = gold.Text });
        var kept = doc.Body.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length;
        var given = gold.Text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length;
        Assert.InRange(kept, given * 0.97, given);
    }

    [Fact]
    public void Cleaner_handles_empty_and_residue_only_articles()
    {
        var cleaner = new ArticleCleaner();
        Assert.Equal("", cleaner.Clean(new RawArticle { Content = "" }).Body);
        var onlyResidue = cleaner.Clean(new RawArticle { Content = "Advertisement\n\nShare this article\nFacebook Twitter WhatsApp" });
        Assert.Equal("", onlyResidue.Body);
        var html = cleaner.Clean(new RawArticle { Content = "<p>Fighting &amp; shelling <b>resumed</b>.</p>", IsHtml = true });
        Assert.Equal("Fighting & shelling resumed.", html.Body);
    }

    private static bool SpanTokenizerIsSpace(char c) => char.IsWhiteSpace(c) || c == '\u200B';
}
