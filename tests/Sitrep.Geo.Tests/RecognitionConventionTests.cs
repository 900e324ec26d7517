using Sitrep.Core.Contract;
using Sitrep.Core.Pipeline;
using Sitrep.Geo.Evaluation;
using Sitrep.Testing;

namespace Sitrep.Geo.Tests;

/// <summary>GeoWebNews' convention (adjectival demonyms are toponyms, flagged as kind "demonym") and the part-name
/// fallback for names the gazetteer lacks, on the sample article and a GeoWebNews slice.</summary>
public sealed class RecognitionConventionTests
{
    private static readonly Lazy<Geoparser> Default = new(Geoparser.LoadDefault);

    private static Document Sample(Geoparser parser)
    {
        var raw = new RawArticle { Content = File.ReadAllText(SharedData.Sample), Origin = "sample" };
        var doc = new Sitrep.Text.ArticleCleaner().Clean(raw);
        new Sitrep.Text.Tokenizer().Process(doc);
        parser.Process(doc);
        return doc;
    }

    [Fact]
    public void AdjectivalDemonymsAreCountryToponymsOfKindDemonym()
    {
        var places = Sample(Default.Value).Places;
        var syrian = places.FindAll(p => p.Text == "Syrian");
        Assert.NotEmpty(syrian); // "Syrian government", "Syrian rebels"
        Assert.All(syrian, p => Assert.Equal(("SY", "country", PlaceRecord.DemonymKind), (p.Country!, p.Precision!, p.Kind!)));
        Assert.DoesNotContain(places, p => p.Text == "Syrians"); // plural: people, not the place
        Assert.All(places.FindAll(p => p.Text == "Aleppo"), p => Assert.Null(p.Kind));
    }

    [Fact]
    public void DemonymPlacesMatchGwnDemonymToponymsOnASlice()
    {
        var articles = GoldCorpus.ReadGwn(SharedData.Require("data/geoparse/GWN.xml")).Take(30).ToList();
        int demonyms = 0, matched = 0;
        foreach (var article in articles)
        {
            var doc = new Document(article.Text);
            new Sitrep.Text.Tokenizer().Process(doc);
            Default.Value.Process(doc);
            var gold = article.Toponyms.Select(t => (t.Start, t.End)).ToHashSet();
            foreach (var p in doc.Places.Where(p => p.Kind == PlaceRecord.DemonymKind))
            {
                demonyms++;
                if (gold.Contains((p.Start, p.End))) matched++;
            }
        }
        Assert.True(demonyms >= 30, $"{demonyms} demonym places");
        Assert.True(matched >= 0.8 * demonyms, $"{matched} of {demonyms} demonym places are GWN toponyms");
    }

    [Theory]
    [InlineData("Fictional: gunmen shot a fighter near the traffic HQ in Ar-Raqqa city.")]
    [InlineData("Fictional: rebels shelled the village of Qazali west of Tell Abiad in the countryside of Ar-Raqqa. Neither injuries nor fatalities were reported.")]
    public void AnArabicArticleBeforeAHyphenBelongsToTheName(string text)
    {
        // The gazetteer knows "Raqqa"; "Ar" before it is the article, not a capitalised word making it part of a name.
        var doc = new Document(text);
        new Sitrep.Text.Tokenizer().Process(doc);
        Default.Value.Process(doc);
        var start = text.IndexOf("Ar-Raqqa", StringComparison.Ordinal);
        var raqqa = Assert.Single(doc.Places, p => p.Start == start);
        Assert.Equal(("Ar-Raqqa", 172955L, "city"), (raqqa.Text, raqqa.GeonamesId!.Value, raqqa.Precision!));
        Assert.DoesNotContain(doc.Places, p => p.Text == "Ar");
    }

    [Theory]
    [InlineData("Fictional: a bomb went off in Mazar-i-Sharif on Monday.", "Mazar-i-Sharif", 1133616L)]
    [InlineData("Fictional: a bomb went off in Mazar-e Sharif on Monday.", "Mazar-e Sharif", 1133616L)]
    public void ThePersianEzafeJoinsTheName(string text, string name, long id)
    {
        var place = Assert.Single(GeoparsedText.Parse(text).Places);
        Assert.Equal((name, id), (place.Text, place.GeonamesId!.Value));
    }

    [Theory]
    [InlineData("Fictional: shelling was reported in Deir-ez-Zor on Monday.", "Deir-ez-Zor")]
    [InlineData("Fictional: shelling was reported in Deir ez-Zor on Monday.", "Deir ez-Zor")]
    public void AnArabicArticleWrittenWithEJoinsTheName(string text, string name)
    {
        // "ez" is the article before z (al-Zor): a lower-case connector inside the name, like "al" or "ash".
        var place = Assert.Single(GeoparsedText.Parse(text).Places);
        Assert.Equal((name, 170794L, "city"), (place.Text, place.GeonamesId!.Value, place.Precision!));
    }

    [Fact]
    public void AnUnknownVillageWestOfATownIsPlacedAtThatTown()
    {
        // Raqqa, the bigger city, would be the article's main city; the text says where the village lies.
        const string text = "Fictional: rebels shelled the village of Dabbat Sahil west of Tell Abiad in the countryside of Ar-Raqqa.";
        var doc = new Document(text);
        new Sitrep.Text.Tokenizer().Process(doc);
        Default.Value.Process(doc);
        var village = Assert.Single(doc.Places, p => p.Text == "Dabbat Sahil");
        var town = Assert.Single(doc.Places, p => p.Text == "Tell Abiad");
        Assert.Equal(("neighbourhood", town.Lat, town.Lon), (village.Precision!, Math.Round(village.Lat!.Value, 5), Math.Round(village.Lon!.Value, 5)));
    }

    [Fact]
    public void AnOrganisationKnownOnlyAsAVillagesAlternateNameIsNotAPlace()
    {
        // "Taliban" is an alternate name of Bozhüyük (Turkey) in GeoNames; as a whole NER ORG span it is the movement,
        // and it must not make Turkey the article's country ("Charbolak district" went to Siirt).
        const string text = "Fictional: a soldier was killed by a Taliban sniper in Charbolak district, Balkh.";
        var doc = GeoparsedText.Parse(text, ("Taliban", "ORG"));
        Assert.DoesNotContain(doc.Places, p => p.Text == "Taliban");
        Assert.DoesNotContain(doc.Places, p => p.Country == "TR");
        Assert.Contains(doc.Places, p => p.Text == "Balkh" && p.Country == "AF");

        // without the ORG span the gazetteer match stays (the rule reads NER, it does not blacklist the word)
        Assert.Contains(GeoparsedText.Parse(text).Places, p => p.Text == "Taliban");
    }

    [Fact]
    public void APossessiveInsideANameStaysInIt()
    {
        // the word scanner splits "Cox's" into "Cox" and a possessive; GeoNames keeps the s ("Cox's Bazar")
        var place = Assert.Single(GeoparsedText.Parse("Fictional: fires swept through the camps near Cox's Bazar on Monday.").Places);
        Assert.Equal(("Cox's Bazar", "BD"), (place.Text, place.Country!));
        Assert.DoesNotContain(GeoparsedText.Parse("Fictional: Britain's Prime Minister visited Kabul.").Places, p => p.Text.StartsWith("Britain's", StringComparison.Ordinal));
    }

    [Fact]
    public void HamasIsNoPlace()
    {
        // GeoNames lists "Hamas" as an alternate name of Hamm (Germany, 180,000 people)
        Assert.DoesNotContain(GeoparsedText.Parse("Fictional: Hamas fired rockets at the border on Monday.").Places, p => p.Text == "Hamas");
    }

    [Fact]
    public void AnOrganisationSpanThatIsATownsOwnNameStaysAPlace()
    {
        // NER now and then types a real place ORG; a name that is some place's own name is kept.
        var doc = GeoparsedText.Parse("Fictional: gunmen attacked a checkpoint outside Aleppo on Monday.", ("Aleppo", "ORG"));
        Assert.Contains(doc.Places, p => p.Text == "Aleppo" && p.GeonamesId == 170063);
    }

    [Fact]
    public void UnknownNamesFallBackToTheProminentPlaceInside()
    {
        var parser = Default.Value;
        var university = parser.Resolve("Aleppo University");
        Assert.Equal((170063L, "SY"), (university!.GeonamesId!.Value, university.Country!));
        Assert.Equal("region", parser.Resolve("European Commission")!.Precision);
        Assert.Null(parser.Resolve("Qwxzv Tower")); // nothing prominent inside: still unknown
    }
}
