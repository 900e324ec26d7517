using Sitrep.Core.Contract;

namespace Sitrep.Events.Tests;

/// <summary>Where note mode places an ACLED-style note's event: the lead "On DATE, in X, Y", "X town (Y, Z)", a chain
/// whose village the gazetteer only knows in another province, and names the geoparser put abroad (fictional country
/// "BF" places, a stand-in gazetteer).</summary>
public sealed class NotePlaceConventionTests
{
    private sealed class FixedType : IAcledTypeClassifier
    {
        public (string EventType, string SubEventType)? Classify(ReadOnlySpan<char> text) => ("Battles", "Armed clash");
    }

    private static PlaceRecord Place(string name, double lat, string admin1, string precision, string country = "BF") => new()
    {
        Text = name, Name = name, Lat = lat, Lon = -1.0, Country = country, Admin1 = admin1, Precision = precision, GeonamesId = (long)(lat * 100),
        FeatureCode = precision switch { "admin1" => "ADM1", "admin2" => "ADM2", _ => "PPL" },
    };

    // Kelmora: a town of Zorvan province; Dassou: a village the gazetteer knows only in Ostra province; Varnel: a
    // neighbourhood; Tessaly: a town the geoparser reads as the foreign one, with a namesake at home.
    private static readonly Dictionary<string, PlaceRecord> Gazetteer = new(StringComparer.Ordinal)
    {
        ["Kelmora"] = Place("Kelmora", 12.1, "Zorvan", "city"),
        ["Zorvan"] = Place("Zorvan", 12.0, "Zorvan", "admin1"),
        ["Dassou"] = Place("Dassou", 14.0, "Ostra", "city"),
        ["Varnel"] = Place("Varnel", 13.0, "Ostra", "neighbourhood"),
        ["Tessaly"] = Place("Tessaly", 11.0, "Zorvan", "city"),
        // Lirano lies in a province named after the town Kelmora (as La Plata lies in Buenos Aires province)
        ["Lirano"] = Place("Lirano", 12.5, "Kelmora", "city"),
    };

    // the geoparser's Resolve: the most specific known part of "X, Y, Z"
    private static PlaceRecord? Resolve(string chain, string? iso2)
    {
        foreach (var part in chain.Split(", "))
        {
            if (Gazetteer.TryGetValue(part, out var p)) return p;
        }
        return null;
    }

    private static readonly EventCoder Coder = new EventCoder { AcledClassifier = new FixedType(), ResolvePlace = Resolve }.ForCountry("BF");

    private static LocationRecord? PlaceOf(string note, params (string Name, PlaceRecord Place)[] geoparsed)
    {
        var document = SampleDocument.CodeWithPlaces(note, new DateOnly(2020, 5, 3), Coder, (name, at) =>
        {
            var p = geoparsed.First(g => g.Name == name).Place;
            return new PlaceRecord
            {
                Text = name, Start = at, End = at + name.Length, Name = p.Name, Lat = p.Lat, Lon = p.Lon, Country = p.Country,
                Admin1 = p.Admin1, Precision = p.Precision, FeatureCode = p.FeatureCode, GeonamesId = p.GeonamesId,
            };
        }, geoparsed.Select(g => g.Name).ToArray());
        return Sitrep.Events.Evaluation.AcledEvaluator.Main(document.Events)?.Location;
    }

    [Fact]
    public void TheLeadChainBeatsALaterNeighbourhood()
    {
        var location = PlaceOf("On 3 May 2020, in Kelmora, Zorvan, armed men shot dead a trader in Colonia Varnel. 1 fatality.",
            ("Varnel", Gazetteer["Varnel"]));
        Assert.Equal("Kelmora", location?.Name);
    }

    [Fact]
    public void AUnitWordBeforeTheParenthesisStaysOutOfTheName()
    {
        // Bintou is unknown: the parenthesis gives the province
        var location = PlaceOf("On 3 May 2020, soldiers clashed with militants at Bintou town (Zorvan). Two soldiers were killed.");
        Assert.Equal(("Zorvan", "admin1"), (location?.Name, location?.Precision));
    }

    [Fact]
    public void UnitWordsInsideTheParenthesisAreNotPartOfTheNames()
    {
        var location = PlaceOf("On 3 May 2020, gunmen killed a farmer at Bintou (Zorvan district, J&K). 1 fatality.");
        Assert.Equal(("Zorvan", "admin1"), (location?.Name, location?.Precision));
    }

    [Fact]
    public void AVillageKnownOnlyInAnotherProvinceYieldsToTheProvinceNamed()
    {
        var location = PlaceOf("On 3 May 2020, gunmen attacked the village of Dassou (Zorvan). Two people were killed.");
        Assert.Equal(("Zorvan", "admin1"), (location?.Name, location?.Precision));
    }

    [Fact]
    public void APlaceTheGeoparserPutAbroadIsReadAtHome()
    {
        var location = PlaceOf("Gunmen from Tessaly attacked a police post. Two officers were killed.",
            ("Tessaly", Place("Tessaly", 40.0, "Elsewhere", "city", country: "NE")));
        Assert.Equal(("Tessaly", "BF", 11.0), (location?.Name, location?.Country, location?.Lat));
    }

    [Fact]
    public void ThePlaceOfAnotherSentenceIsAlsoReadAtHomeAndBeatsTheCountry()
    {
        var country = new PlaceRecord { Text = "Burkinia", Name = "Burkinia", Lat = 12.5, Lon = -1.5, Country = "BF", FeatureCode = "PCLI", Precision = "country", GeonamesId = 7 };
        var location = PlaceOf("Rioters burned tyres at the market. Residents of Burkinia's Tessaly said Burkinia must act.",
            ("Burkinia", country), ("Tessaly", Place("Tessaly", 40.0, "Elsewhere", "city", country: "NE")));
        Assert.Equal(("Tessaly", "BF", 11.0), (location?.Name, location?.Country, location?.Lat));
    }

    [Fact]
    public void AForeignPlaceWithoutANamesakeIsNotTheEventsPlace()
    {
        // a foreign capital: kept for documents whose country the coder only infers ("talks in Ankara")
        var location = PlaceOf("Gunmen from Morvask attacked a police post. Two officers were killed.",
            ("Morvask", new PlaceRecord { Text = "Morvask", Name = "Morvask", Lat = 40.0, Lon = 2.0, Country = "NE", FeatureCode = "PPLC", Precision = "city" }));
        Assert.NotEqual("NE", location?.Country);
    }

    [Fact]
    public void AnAreaOfChainIsTheEventsPlace()
    {
        var location = PlaceOf("On 3 May 2020, rebel forces fired heavy machine guns at government positions in the area of Kelmora, Zorvan.");
        Assert.Equal(("Kelmora", "city"), (location?.Name, location?.Precision));
    }

    [Fact]
    public void TheLeadsParenthesisIsPartOfItsChain()
    {
        // the gazetteer's Dassou lies in another province than the one the parenthesis names
        var location = PlaceOf("On 3 May 2020, around Dassou (Zorvan), residents protested against the release of prisoners.");
        Assert.Equal(("Zorvan", "admin1"), (location?.Name, location?.Precision));
    }

    [Fact]
    public void AParenthesisNamingThePlacesOwnProvinceDoesNotMoveIt()
    {
        var location = PlaceOf("On 3 May 2020, in Lirano (Kelmora), residents protested against the lack of water.");
        Assert.Equal(("Lirano", "city"), (location?.Name, location?.Precision));
    }
}
