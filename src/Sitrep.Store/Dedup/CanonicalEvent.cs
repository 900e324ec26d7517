using Sitrep.Core.Contract;
using Sitrep.Store.Query;

namespace Sitrep.Store.Dedup;

/// <summary>Builds the canonical event from all of its reports. The "lead" report (finest location, then highest
/// confidence, then earliest article) gives the codes, actors and place; the dates are the intersection of the
/// reports' windows; the figures are reconciled by <see cref="FigureReconciler"/>.</summary>
public static class CanonicalEvent
{
    public static EventRow Build(string id, IReadOnlyList<Report> reports)
    {
        if (reports.Count == 0)
        {
            throw new ArgumentException("an event needs at least one report", nameof(reports));
        }
        var lead = reports[0];
        foreach (var r in reports)
        {
            if (Better(r, lead))
            {
                lead = r;
            }
        }
        var e = lead.Event;
        DateWindow? window = null;
        var mostPrecise = lead;
        foreach (var r in reports)
        {
            if (DateWindow.Of(r.Event, r.Published) is not { } w)
            {
                continue;
            }
            window = window is { } cur && cur.Overlaps(w, 0)
                ? new DateWindow(Max(cur.Earliest, w.Earliest), Min(cur.Latest, w.Latest))
                : window ?? w;
            if (r.Event.Date is not null && (mostPrecise.Event.Date is null || PrecisionRank(r.Event.DatePrecision) < PrecisionRank(mostPrecise.Event.DatePrecision)))
            {
                mostPrecise = r;
            }
        }
        var sources = new List<string>();
        var articles = new HashSet<string>(StringComparer.Ordinal);
        var confidence = 0.0;
        foreach (var r in reports)
        {
            articles.Add(r.ArticleId);
            if (r.Source is { Length: > 0 } s && !sources.Contains(s, StringComparer.OrdinalIgnoreCase))
            {
                sources.Add(s);
            }
            confidence = Math.Max(confidence, r.Event.Confidence);
        }
        // Each independent source adds corroboration: 1 - Π(1 - c), capped below 1.
        var corroborated = 1.0;
        foreach (var r in reports)
        {
            corroborated *= 1 - Math.Clamp(r.Event.Confidence, 0, 0.99);
        }
        return new EventRow
        {
            Id = id,
            Date = mostPrecise.Event.Date ?? window?.Earliest,
            DateEarliest = window?.Earliest,
            DateLatest = window?.Latest,
            DatePrecision = mostPrecise.Event.Date is null ? (window is null ? null : "week") : mostPrecise.Event.DatePrecision ?? "day",
            Cameo = e.Cameo,
            Plover = e.Plover,
            PloverMode = e.PloverMode,
            AcledEventType = e.AcledEventType,
            AcledSubEventType = e.AcledSubEventType,
            Actor1 = e.Actor1 ?? First(reports, x => x.Actor1),
            Actor2 = e.Actor2 ?? First(reports, x => x.Actor2),
            Location = e.Location,
            Fatalities = FigureReconciler.Reconcile(reports, x => x.Fatalities),
            Injured = FigureReconciler.Reconcile(reports, x => x.Injured),
            Displaced = FigureReconciler.Reconcile(reports, x => x.Displaced),
            Detained = FigureReconciler.Reconcile(reports, x => x.Detained),
            SourcesCount = articles.Count,
            Confidence = Math.Round(Math.Max(confidence, 1 - corroborated), 4),
            Sources = sources.Count == 0 ? null : string.Join("; ", sources),
            Notes = lead.SentenceText,
        };
    }

    private static bool Better(Report r, Report lead)
    {
        var a = DedupRules.LocationRank(r.Event.Location);
        var b = DedupRules.LocationRank(lead.Event.Location);
        if (a != b)
        {
            return a < b;
        }
        if (r.Event.Confidence != lead.Event.Confidence)
        {
            return r.Event.Confidence > lead.Event.Confidence;
        }
        return false;
    }

    private static int PrecisionRank(string? p) => p switch { "day" or null => 0, "week" => 1, "month" => 2, _ => 3 };

    private static ActorRecord? First(IReadOnlyList<Report> reports, Func<EventRecord, ActorRecord?> pick)
    {
        foreach (var r in reports)
        {
            if (pick(r.Event) is { } a)
            {
                return a;
            }
        }
        return null;
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
