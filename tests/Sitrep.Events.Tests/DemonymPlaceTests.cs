using Sitrep.Core.Contract;

namespace Sitrep.Events.Tests;

/// <summary>The geoparser tags an adjectival demonym ("Syrian troops") as its country's toponym with kind "demonym",
/// as GeoWebNews does; such a place is never the event's location and leaves its word to the actor.</summary>
public sealed class DemonymPlaceTests
{
    private static EventRecord CodeShelling(string text, string demonym, string? kind)
    {
        var document = SampleDocument.CodeWithPlaces(text, new DateOnly(2025, 6, 4), new EventCoder(), (name, at) => new PlaceRecord
        {
            Text = name, Start = at, End = at + name.Length, Name = "Syria", GeonamesId = 163843, Lat = 35.0, Lon = 38.0,
            Country = "SY", FeatureCode = "PCLI", Precision = "country", Kind = kind,
        }, demonym);
        return Assert.Single(document.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal));
    }

    [Fact]
    public void ADemonymPlaceIsNotTheEventLocation()
    {
        const string text = "Syrian troops shelled a busy market on Thursday, killing 14 civilians.";
        Assert.Null(CodeShelling(text, "Syrian", PlaceRecord.DemonymKind).Location);
        Assert.Equal("Syria", CodeShelling(text, "Syrian", kind: null).Location?.Name); // the same span as a named place is taken
    }

    [Fact]
    public void ADemonymPlaceStaysPartOfAnUnknownActorName()
    {
        // "Veldanian Guard" is in no dictionary: the capitalised run is the actor, unless a named place overlaps it.
        const string text = "On Thursday the Veldanian Guard shelled a busy market, killing 14 civilians.";
        Assert.Equal("Veldanian Guard", CodeShelling(text, "Veldanian", PlaceRecord.DemonymKind).Actor1?.Text);
        Assert.NotEqual("Veldanian Guard", CodeShelling(text, "Veldanian", kind: null).Actor1?.Text);
    }
}
