using Sitrep.Core.Pipeline;
using Sitrep.Testing;

namespace Sitrep.Text.Tests;

public sealed class ArticleCleanerTests
{
    private static readonly ArticleCleaner Cleaner = new();

    public static TheoryData<string> Fixtures() => new(CleaningFixture.Names());

    [Fact]
    public void There_are_a_dozen_fixtures_and_each_says_it_is_fictional()
    {
        var names = CleaningFixture.Names().ToList();
        Assert.True(names.Count >= 12, $"only {names.Count} fixtures");
        foreach (var name in names)
        {
            var head = File.ReadLines(Path.Combine(CleaningFixture.Folder, name)).First();
            Assert.Contains("Fictional", head, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_is_cleaned_as_expected(string name)
    {
        var fixture = CleaningFixture.Load(name);
        var raw = new RawArticle
        {
            Content = fixture.Content,
            IsHtml = fixture.One("html") == "true",
            Title = fixture.One("meta-title"),
        };
        var doc = Cleaner.Clean(raw);

        Assert.Equal(fixture.One("title"), doc.Title);
        Assert.Equal(NoneIsNull(fixture.One("dateline")), doc.Dateline);
        Assert.Equal(NoneIsNull(fixture.One("source")), doc.Source);
        if (fixture.One("byline") is { } byline) Assert.Equal(byline, doc.Byline);
        if (fixture.One("body-starts") is { } start) Assert.StartsWith(start, doc.Body);
        if (fixture.One("body-ends") is { } end) Assert.EndsWith(end, doc.Body);
        foreach (var absent in fixture.All("absent")) Assert.DoesNotContain(absent, doc.Body);
        foreach (var present in fixture.All("contains")) Assert.Contains(present, doc.Body);
        AssertWellFormed(doc.Body);
    }

    [Fact]
    public void Aleppo_sample_gives_title_dateline_source_and_a_clean_body()
    {
        var doc = Cleaner.Clean(new RawArticle { Content = File.ReadAllText(SharedData.Sample) });

        Assert.Equal("Syria opposition begs UN to protect Aleppo civilians", doc.Title);
        Assert.Equal("ALEPPO", doc.Dateline);
        Assert.Equal("Agence France-Presse", doc.Source);
        Assert.StartsWith("More than 50,000 Syrians", doc.Body);
        Assert.DoesNotContain("Show more", doc.Body);
        Assert.DoesNotContain("George Ourfalian / AFP", doc.Body);
        Assert.DoesNotContain("drive their tank past civilians", doc.Body);
        Assert.DoesNotContain("Regime forces and allied fighters", doc.Body);
        Assert.DoesNotContain("* Agence France-Presse", doc.Body);
        Assert.DoesNotContain("ALEPPO //", doc.Body);
        Assert.EndsWith("likely to veto such a proposal.", doc.Body);
        Assert.Contains("Riad Hijab", doc.Body);
        // Every body paragraph of the source survives: 17 of them.
        Assert.Equal(17, doc.Body.Split("\n\n").Length);
        AssertWellFormed(doc.Body);
    }

    [Fact]
    public void Metadata_the_container_knew_is_kept_when_the_text_has_none()
    {
        var raw = new RawArticle
        {
            Content = "Hundreds of protesters marched in the capital on Monday, police said.",
            Title = "Protest in the capital",
            Source = "The Daily Example",
            Published = new DateOnly(2024, 3, 1),
            Url = "https://example.org/a",
        };
        var doc = Cleaner.Clean(raw);
        Assert.Equal("Protest in the capital", doc.Title);
        Assert.Equal("The Daily Example", doc.Source);
        Assert.Equal(new DateOnly(2024, 3, 1), doc.Published);
        Assert.Equal("https://example.org/a", doc.Url);
        Assert.Null(doc.Dateline);
        Assert.Equal(raw.Content, doc.Body);
    }

    [Fact]
    public void A_sentence_with_a_dash_is_not_taken_for_a_dateline()
    {
        var doc = Cleaner.Clean(new RawArticle
        {
            Content = "Aid reaches Mosul\n\nUN officials said — after a week of delays — that the convoy had arrived.",
        });
        Assert.Null(doc.Dateline);
        Assert.StartsWith("UN officials said", doc.Body);
    }

    [Fact]
    public void With_a_known_title_a_different_first_line_stays_in_the_body()
    {
        const string text = "What changed in the new rules\n\nThe ministry published the rules on Monday.";
        var withMeta = Cleaner.Clean(new RawArticle { Content = text, Title = "Ministry publishes new rules" });
        Assert.Equal("Ministry publishes new rules", withMeta.Title);
        Assert.StartsWith("What changed in the new rules", withMeta.Body);

        var sameAsMeta = Cleaner.Clean(new RawArticle { Content = text, Title = "What changed in the new rules | Example News" });
        Assert.Equal("What changed in the new rules", sameAsMeta.Title);
        Assert.StartsWith("The ministry published", sameAsMeta.Body);
    }

    [Fact]
    public void Prose_first_lines_and_standalone_datelines_are_not_headlines()
    {
        var prose = Cleaner.Clean(new RawArticle { Content = "Talks resumed on Monday. Both sides sent envoys\n\nThe talks are the first in a year." });
        Assert.Null(prose.Title);
        Assert.StartsWith("Talks resumed on Monday.", prose.Body);

        var standalone = Cleaner.Clean(new RawArticle { Content = "Storm hits Swiss canton\n\nBAAR, SWITZERLAND\n\nA storm flooded cellars in Baar on Sunday." });
        Assert.Equal("Storm hits Swiss canton", standalone.Title);
        Assert.Equal("BAAR, SWITZERLAND", standalone.Dateline);
        Assert.Equal("A storm flooded cellars in Baar on Sunday.", standalone.Body);
    }

    private static string? NoneIsNull(string? value) => value == "none" ? null : value;

    private static void AssertWellFormed(string body)
    {
        Assert.Equal(body.Trim(), body);
        Assert.DoesNotContain("\n\n\n", body);
        Assert.DoesNotContain("  ", body);
        foreach (var paragraph in body.Split("\n\n"))
        {
            Assert.False(string.IsNullOrWhiteSpace(paragraph));
            Assert.DoesNotContain('\n', paragraph);
        }
    }
}
