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
