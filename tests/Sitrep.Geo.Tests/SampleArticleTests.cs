using Sitrep.Core.Contract;
using Sitrep.Core.Geography;
using Sitrep.Core.Pipeline;
using Sitrep.Geo.Parsing;
using Sitrep.Testing;

namespace Sitrep.Geo.Tests;

/// <summary>The shared sample article through cleaning, tokenizing and the geo stage with the committed index.</summary>
public sealed class SampleArticleTests
{
    private static readonly Lazy<Geoparser> Parser = new(Geoparser.LoadDefault);

    private static Document Sample()
    {
        var raw = new RawArticle { Content = File.ReadAllText(SharedData.Sample), Origin = "sample" };
        var doc = new Sitrep.Text.ArticleCleaner().Clean(raw);
        new Sitrep.Text.Tokenizer().Process(doc);
        Parser.Value.Process(doc);
        return doc;
    }

    private static List<PlaceRecord> Named(Document doc, string text) => doc.Places.FindAll(p => p.Text == text);

    [Fact]
    public void AleppoIsTheSyrianCityNotPennsylvania()
    {
        var doc = Sample();
        var aleppo = Named(doc, "Aleppo");
        Assert.True(aleppo.Count >= 5, $"found {aleppo.Count} Aleppo mentions");
        foreach (var p in aleppo)
        {
            Assert.Equal(170063, p.GeonamesId);
            Assert.Equal("SY", p.Country);
            Assert.Equal(36.20, p.Lat!.Value, 1);
            Assert.Equal(37.16, p.Lon!.Value, 1);
            Assert.Equal(doc.Body.Substring(p.Start, p.End - p.Start), p.Text);
        }
        // "east Aleppo" keeps the base place and the modifier.
        Assert.Contains(aleppo, p => p.Modifier is "east" or "eastern");
        Assert.Contains(aleppo, p => p.Modifier == "west");
    }

    [Fact]
    public void AnkaraSyriaFranceAndJabalBadro()
    {
        var doc = Sample();
        Assert.All(Named(doc, "Ankara"), p => Assert.Equal((323786L, "TR"), (p.GeonamesId!.Value, p.Country!)));
        Assert.NotEmpty(Named(doc, "Ankara"));
        var syria = Assert.Single(Named(doc, "Syria").Take(1));
        Assert.Equal(("SY", "country"), (syria.Country!, syria.Precision!));
        Assert.Equal("FR", Assert.Single(Named(doc, "France")).Country);
        var badro = Assert.Single(Named(doc, "Jabal Badro"));
        Assert.Equal("SY", badro.Country);
        Assert.True(GeoMath.DistanceKm(badro.Lat!.Value, badro.Lon!.Value, 36.20, 37.16) < 15, "Jabal Badro should lie within Aleppo");
    }

    [Fact]
    public void DemonymsAreOnlyDemonymPlacesAndOrganisationsAreNotPlaces()
    {
        var doc = Sample();
        Assert.All(Named(doc, "Syrian"), p => Assert.Equal(PlaceRecord.DemonymKind, p.Kind));
        Assert.Empty(Named(doc, "Syrians"));
        Assert.All(Named(doc, "Turkish"), p => Assert.Equal(PlaceRecord.DemonymKind, p.Kind));
        Assert.Empty(Named(doc, "Red Cross"));
        Assert.Empty(Named(doc, "Crescent"));
        Assert.DoesNotContain(doc.Places, p => p.Country == "US");
    }

    [Fact]
    public void LookupApiResolvesBareNamesWithHints()
    {
        var parser = Parser.Value;
        Assert.Equal("FR", parser.Resolve("Paris")!.Country);
        Assert.Equal("US", parser.Resolve("Paris", "US")!.Country);
        Assert.Equal("SY", parser.Resolve("Aleppo")!.Country);
        var markoye = parser.Resolve("Markoye, Oudalan", "BF");
        Assert.NotNull(markoye);
        Assert.Equal("BF", markoye.Country);
        Assert.Null(parser.Resolve("Qwxzv"));
        Assert.False(parser.Gazetteer.Lookup("Aleppo").IsEmpty);
    }
}
