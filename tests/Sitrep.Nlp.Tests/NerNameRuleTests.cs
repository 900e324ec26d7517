using Sitrep.Core.Pipeline;

namespace Sitrep.Nlp.Tests;

/// <summary>The rules after decoding, with the committed models on invented sentences (names no list or corpus has).</summary>
public sealed class NerNameRuleTests
{
    private static Document Run(string text)
    {
        var doc = new Sitrep.Text.ArticleCleaner().Clean(new RawArticle { Content = text, Origin = "test" });
        new Sitrep.Text.Tokenizer().Process(doc);
        foreach (var stage in NlpModels.LoadDefault().Stages())
        {
            stage.Process(doc);
        }
        return doc;
    }

    private static string All(Document doc) => string.Join("; ", doc.Entities.Select(e => $"{e.Text}/{e.Type}"));

    [Theory]
    [InlineData("Hundreds massed in the newly recaptured neighbourhood of Jabal Marwan to board the buses.", "Jabal Marwan")]
    [InlineData("Shelling hit the villages around Jebel Haddad overnight, residents said.", "Jebel Haddad")]
    public void NamesOpenedByAFeatureWordArePlaces(string text, string name)
    {
        var doc = Run(text);
        Assert.True(doc.Entities.Any(e => e.Text == name && e.Type == "LOC"), All(doc));
    }

    [Fact]
    public void UntaggedCapitalisedRunEndingInADesignatorIsAnOrganisation()
    {
        var doc = Run("The minister met Omar Hadi, head of the opposition High Reconciliation Committee, on Wednesday.");
        Assert.True(doc.Entities.Any(e => e.Text == "High Reconciliation Committee" && e.Type == "ORG"), All(doc));
    }

    [Fact]
    public void SentenceOpeningRunsAreLeftAlone()
    {
        // A heading-like run at the start of a sentence is not made an organisation (dev lost precision there).
        var doc = Run("Great School !\n\nThe teachers were kind.");
        Assert.DoesNotContain(doc.Entities, e => e.Text == "Great School");
    }

    [Theory]
    [InlineData("Gunmen shot a fighter near the traffic office in Ar-Raqqa city on Friday.", "Ar-Raqqa")]
    [InlineData("An explosive device hit a car near Ein Issa town in Ar-Raqqa countryside, killing two soldiers.", "Ar-Raqqa")]
    public void AnArabicArticleAndItsNameAreOneEntity(string text, string name)
    {
        // Without the rule the model tags "Ar" and "Raqqa" as two entities; the type stays the model's call.
        var doc = Run(text);
        Assert.True(doc.Entities.Any(e => e.Text == name), All(doc));
        Assert.DoesNotContain(doc.Entities, e => e.Text is "Ar" or "Raqqa");
    }
}
