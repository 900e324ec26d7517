using Sitrep.Core.Contract;

namespace Sitrep.Events.Tests;

/// <summary>Which place an event gets when the sentence names a country and a city in it (a fictional country
/// "Veldania" and city "Orsk-Tal", resolved by a stand-in gazetteer).</summary>
public sealed class EventPlaceChoiceTests
{
    private static readonly PlaceRecord Country = new()
    {
        Text = "Veldania", Name = "Veldania", Lat = 33.0, Lon = 44.0, Country = "IQ", FeatureCode = "PCLI", Precision = "country",
    };

    private static readonly PlaceRecord City = new()
    {
        Text = "Orsk-Tal", Name = "Orsk-Tal", Lat = 36.3, Lon = 43.1, Country = "IQ", FeatureCode = "PPLA", Precision = "city", GeonamesId = 1,
    };

    private static readonly EventCoder Coder = new()
    {
        ResolvePlace = (name, _) => name.StartsWith("Veldania", StringComparison.Ordinal) ? Country
            : name.StartsWith("Orsk-Tal", StringComparison.Ordinal) ? City : null,
    };

    private static LocationRecord? PlaceOfTheShelling(string text)
    {
        var document = SampleDocument.CodeWithPlaces(text, new DateOnly(2025, 6, 4), Coder, (name, at) =>
        {
            var place = name == Country.Text ? Country : City;
            return new PlaceRecord
            {
                Text = place.Text, Start = at, End = at + place.Text.Length, Name = place.Name, GeonamesId = place.GeonamesId,
                Lat = place.Lat, Lon = place.Lon, Country = place.Country, FeatureCode = place.FeatureCode, Precision = place.Precision,
            };
        }, Country.Text, City.Text);
        return Assert.Single(document.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal)).Location;
    }

    private static readonly PlaceRecord Province = new()
    {
        Text = "Marva", Name = "Marva", Lat = 35.0, Lon = 43.5, Country = "IQ", FeatureCode = "ADM1", Precision = "admin1", Admin1 = "Marva",
    };

    private static readonly PlaceRecord TownInProvince = new()
    {
        Text = "Orsk-Tal", Name = "Orsk-Tal", Lat = 36.3, Lon = 43.1, Country = "IQ", FeatureCode = "PPL", Precision = "city", GeonamesId = 1, Admin1 = "Marva",
    };

    [Theory]
    [InlineData("Air strikes killed 14 civilians in the rebel-held town of Orsk-Tal in Marva province on Tuesday.")]
    [InlineData("Air strikes killed 14 civilians in the government-controlled city of Orsk-Tal in Marva province on Tuesday.")]
    public void WhoHoldsATownDoesNotHideItFromTheWrittenChain(string text)
    {
        // "rebel-held" (three tokens) between "the" and "town of" ended the chain before its name, so the province won
        var coder = new EventCoder
        {
            ResolvePlace = (name, _) => name.StartsWith("Orsk-Tal", StringComparison.Ordinal) ? TownInProvince
                : name.StartsWith("Marva", StringComparison.Ordinal) ? Province : null,
        };
        var document = SampleDocument.CodeWithPlaces(text, new DateOnly(2025, 6, 4), coder, (name, at) =>
        {
            var place = name == Province.Text ? Province : City;
            return new PlaceRecord
            {
                Text = place.Text, Start = at, End = at + place.Text.Length, Name = place.Name, GeonamesId = place.GeonamesId,
                Lat = place.Lat, Lon = place.Lon, Country = place.Country, FeatureCode = place.FeatureCode, Precision = place.Precision,
                Admin1 = "Marva",
            };
        }, Province.Text, City.Text);
        var e = Assert.Single(document.Events, x => x.Fatalities?.Best == 14);
        Assert.Equal(("Orsk-Tal", "city"), (e.Location?.Name, e.Location?.Precision));
    }

    [Fact]
    public void TheTownTheGeoparserReadIsKeptOverADivisionOfItsName()
    {
        // the bare name resolves to its district; the geoparser, reading "the town of", chose the town
        var district = new PlaceRecord
        {
            Text = "Orsk-Tal", Name = "Orsk-Tal District", Lat = 36.0, Lon = 43.0, Country = "IQ", FeatureCode = "ADM2", Precision = "admin2", Admin1 = "Marva",
        };
        var coder = new EventCoder
        {
            ResolvePlace = (name, _) => name.StartsWith("Orsk-Tal", StringComparison.Ordinal) ? district : name.StartsWith("Marva", StringComparison.Ordinal) ? Province : null,
        };
        var document = SampleDocument.CodeWithPlaces("Air strikes killed 14 civilians in the town of Orsk-Tal in Marva province on Tuesday.",
            new DateOnly(2025, 6, 4), coder, (name, at) => new PlaceRecord
            {
                Text = name, Start = at, End = at + name.Length, Name = name == "Marva" ? "Marva" : "Orsk-Tal", GeonamesId = name == "Marva" ? 2 : 1,
                Lat = 36.3, Lon = 43.1, Country = "IQ", FeatureCode = name == "Marva" ? "ADM1" : "PPL", Precision = name == "Marva" ? "admin1" : "city", Admin1 = "Marva",
            }, Province.Text, City.Text);
        var e = Assert.Single(document.Events, x => x.Fatalities?.Best == 14);
        Assert.Equal(("Orsk-Tal", "city"), (e.Location?.Name, e.Location?.Precision));
    }

    [Fact]
    public void ACountryAfterInYieldsToTheCityTheSentenceNames()
    {
        var location = PlaceOfTheShelling("Militants shelled a busy market in Veldania's second city Orsk-Tal on Thursday, killing 14 civilians.");
        Assert.Equal("Orsk-Tal", location?.Name);
        Assert.Equal("city", location?.Precision);
    }

    [Fact]
    public void AWrittenCityChainStillWins()
    {
        var location = PlaceOfTheShelling("Militants shelled a busy market in Orsk-Tal, Veldania, on Thursday, killing 14 civilians.");
        Assert.Equal("Orsk-Tal", location?.Name);
    }

    [Fact]
    public void AnAffiliationIsNotAPlace()
    {
        // "pro-Orsk-Tal militias" names a side; the country chain stays the event's place
        var location = PlaceOfTheShelling("Militants shelled positions inside Veldania on Thursday, backing pro-Orsk-Tal militias as they fight.");
        Assert.Equal(("Veldania", "country"), (location?.Name, location?.Precision));
    }

    [Fact]
    public void ACityOfAnotherClauseDoesNotRefineTheCountry()
    {
        var location = PlaceOfTheShelling(
            "Militants shelled positions inside Veldania on Thursday, but the government has been muted in its criticism of the raids in Orsk-Tal.");
        Assert.Equal(("Veldania", "country"), (location?.Name, location?.Precision));
    }

    [Fact]
    public void ALeaderOfACoalitionIsNotThePlace()
    {
        // "the Orsk-Tal-led coalition": the name stands for who leads, not where the strike fell
        var location = PlaceOfTheShelling("Militants shelled positions inside Veldania as the Orsk-Tal-led coalition advanced on Thursday.");
        Assert.Equal(("Veldania", "country"), (location?.Name, location?.Precision));
    }
}
