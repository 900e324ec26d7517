using Sitrep.Core.Contract;

namespace Sitrep.Events.Tests;

/// <summary>Note mode places a province-level event at the province's capital and an unplaced one at the country's
/// capital (fictional notes and a fictional gazetteer).</summary>
public sealed class NoteSeatTests
{
    private sealed class FixedType : IAcledTypeClassifier
    {
        public (string EventType, string SubEventType)? Classify(ReadOnlySpan<char> text) => ("Battles", "Armed clash");
    }

    private static readonly PlaceRecord Province = new()
    {
        Text = "Zorvan", Name = "Zorvan", Lat = 12.0, Lon = -1.0, Country = "BF", Admin1 = "Zorvan", FeatureCode = "ADM1", Precision = "admin1",
    };

    private static PlaceRecord? Seat(string iso2, string? admin1) => (iso2, admin1) switch
    {
        ("BF", "Zorvan") => new PlaceRecord { Text = "Kelmora", Name = "Kelmora", Lat = 12.5, Lon = -1.5, Country = "BF", Admin1 = "Zorvan", Precision = "city" },
        ("BF", null) => new PlaceRecord { Text = "Tessanga", Name = "Tessanga", Lat = 11.0, Lon = -2.0, Country = "BF", Precision = "city" },
        _ => null,
    };

    private static readonly EventCoder Coder = new EventCoder
    {
        AcledClassifier = new FixedType(),
        ResolvePlace = (name, _) => name.StartsWith("Zorvan", StringComparison.Ordinal) ? Province : null,
        AdminSeat = Seat,
    }.ForCountry("BF");

    private static EventRecord MainEvent(string note)
    {
        var document = new Sitrep.Text.ArticleCleaner().Clean(new Sitrep.Core.Pipeline.RawArticle { Content = note, Published = new DateOnly(2020, 5, 3) });
        new Sitrep.Text.Tokenizer().Process(document);
        Coder.Process(document);
        var main = Sitrep.Events.Evaluation.AcledEvaluator.Main(document.Events);
        Assert.NotNull(main);
        return main;
    }

    [Fact]
    public void ProvinceLevelEventSitsAtTheProvinceCapital()
    {
        var location = MainEvent("On 3 May 2020, gunmen attacked a police post in Zorvan province. Two officers were killed.").Location;
        Assert.NotNull(location);
        Assert.Equal("admin1", location.Precision);
        Assert.Equal("Zorvan", location.Name);
        Assert.Equal((12.5, -1.5), (location.Lat, location.Lon));
    }

    [Fact]
    public void UnplacedEventSitsAtTheCountryCapital()
    {
        var location = MainEvent("On 3 May 2020, gunmen attacked a police post. Two officers were killed.").Location;
        Assert.NotNull(location);
        Assert.Equal("country", location.Precision);
        Assert.Equal((11.0, -2.0), (location.Lat, location.Lon));
    }
}
