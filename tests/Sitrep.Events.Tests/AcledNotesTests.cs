using Sitrep.Events.Coding;
using Sitrep.Events.Evaluation;
using Sitrep.Testing;

namespace Sitrep.Events.Tests;

/// <summary>The coder on real ACLED notes (read from the shared corpus at run time, never committed).</summary>
public sealed class AcledNotesTests
{
    private static List<AcledRow> Rows() => AcledCsv.Read(SharedData.Require("data/events/acled/acled_afghanistan_2020-03.csv"));

    [Fact]
    public void ReadsAllRowsWithNotesAndDates()
    {
        var rows = Rows();
        Assert.True(rows.Count > 300, $"{rows.Count} rows");
        Assert.All(rows, r => Assert.InRange(r.Date, new DateOnly(2020, 1, 1), new DateOnly(2020, 12, 31)));
    }

    [Fact]
    public void FatalitiesAndDatesMatchAcledOnMostNotes()
    {
        var rows = Rows().Take(120).ToList();
        int fatalities = 0, dates = 0, violent = 0;
        foreach (var r in rows)
        {
            var d = SampleDocument.Code(r.Notes, r.Date);
            if (d.Events.Sum(e => e.Fatalities?.Best ?? 0) == r.Fatalities) fatalities++;
            if (d.Events.Count > 0 && d.Events[0].Date == r.Date) dates++;
            if (r.EventType is "Battles" or "Explosions/Remote violence" or "Violence against civilians"
                && d.Events.Any(e => e.AcledEventType == r.EventType)) violent++;
        }
        Assert.True(fatalities >= rows.Count * 0.6, $"fatalities exact on {fatalities}/{rows.Count}");
        Assert.True(dates >= rows.Count * 0.8, $"dates exact on {dates}/{rows.Count}");
        Assert.True(violent >= rows.Count * 0.5, $"violent type found on {violent}/{rows.Count}");
    }

    [Theory]
    [InlineData("On 9 May 2020, 3 soldiers were killed. Fatalities coded as 0 (VoJ reported 3 fatalities).", 0)]
    [InlineData("The clashes resulted in more than 20 elements killed. 20 fatalities split up between 3 events.", 7)]
    [InlineData("Militants killed 8 in three districts. Fatalities split over 3 locations (3).", 3)]
    public void StatedCodedTotalsWin(string text, int expected)
    {
        var coded = CodedFatalities.Find(text);
        Assert.NotNull(coded);
        Assert.Equal(expected, coded.Value.Count);
        var d = SampleDocument.Code(text, new DateOnly(2020, 5, 9));
        Assert.Equal(expected, d.Events.Sum(e => e.Fatalities?.Best ?? 0));
    }
}
