using Sitrep.Core.Contract;

namespace Sitrep.Store.Dedup;

/// <summary>The days a report's date allows: [earliest, latest], from the coder's explicit range or the precision.</summary>
public readonly record struct DateWindow(DateOnly Earliest, DateOnly Latest)
{
    /// <summary>Widest window any report can have; bounds the candidate search.</summary>
    public const int MaxSpanDays = 31;

    public bool Overlaps(DateWindow other, int toleranceDays) =>
        Earliest.AddDays(-toleranceDays) <= other.Latest && other.Earliest <= Latest.AddDays(toleranceDays);

    public int Days => Latest.DayNumber - Earliest.DayNumber + 1;

    /// <summary>Null when nothing dates the event: neither the event nor its article.</summary>
    public static DateWindow? Of(EventRecord e, DateOnly? published)
    {
        if (e.DateEarliest is { } a && e.DateLatest is { } b && a <= b)
        {
            return Clamp(new DateWindow(a, b));
        }
        if (e.Date is { } d)
        {
            return Clamp(e.DatePrecision switch
            {
                "week" => new DateWindow(d.AddDays(-6), d.AddDays(6)),
                "month" => new DateWindow(new DateOnly(d.Year, d.Month, 1), new DateOnly(d.Year, d.Month, 1).AddMonths(1).AddDays(-1)),
                "year" => new DateWindow(d.AddDays(-15), d.AddDays(15)), // a year is too vague to merge on: keep it near the date
                _ => new DateWindow(d, d),
            });
        }
        // Undated in the text: news reports what happened in the last days before publication.
        return published is { } p ? new DateWindow(p.AddDays(-7), p) : null;
    }

    private static DateWindow Clamp(DateWindow w) =>
        w.Days > MaxSpanDays ? new DateWindow(w.Earliest, w.Earliest.AddDays(MaxSpanDays - 1)) : w;
}
