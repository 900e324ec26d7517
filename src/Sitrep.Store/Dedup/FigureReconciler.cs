using Sitrep.Core.Contract;

namespace Sitrep.Store.Dedup;

/// <summary>UCDP-style reconciliation of one figure (fatalities, injured …) over the reports of one event:
/// low = the highest credible low, best = the most credible report's best, high = the highest figure reported.
/// "Credible": a precise figure ("26 killed") outranks a vague one ("dozens", estimated=true) whenever one exists;
/// among equals the report with the higher coder confidence wins, then the later article (tolls rise as bodies are
/// counted), then the higher figure. See docs/dedup.md.</summary>
public static class FigureReconciler
{
    public static QuantityRecord? Reconcile(IReadOnlyList<Report> reports, Func<EventRecord, QuantityRecord?> figure)
    {
        var anyPrecise = false;
        var any = false;
        foreach (var r in reports)
        {
            if (figure(r.Event) is { } q && (q.Low ?? q.Best ?? q.High) is not null)
            {
                any = true;
                anyPrecise |= !q.Estimated;
            }
        }
        if (!any)
        {
            return null;
        }
        int? low = null, high = null;
        Report? mostCredible = null;
        QuantityRecord? mostCredibleFigure = null;
        var distinctBests = new HashSet<int>();
        foreach (var r in reports)
        {
            if (figure(r.Event) is not { } q || (q.Low ?? q.Best ?? q.High) is null || (anyPrecise && q.Estimated))
            {
                continue;
            }
            low = Max(low, q.Low);
            high = Max(high, q.High);
            if (q.Best is { } b)
            {
                distinctBests.Add(b);
            }
            if (mostCredible is null || MoreCredible(r, q, mostCredible, mostCredibleFigure!))
            {
                mostCredible = r;
                mostCredibleFigure = q;
            }
        }
        var best = mostCredibleFigure!.Best ?? mostCredibleFigure.Low ?? mostCredibleFigure.High;
        if (distinctBests.Count > 1)
        {
            // Reports disagree: the highest one reported is the high end of the range.
            high = Max(high, distinctBests.Max());
        }
        if (best is not null && low is not null && best < low)
        {
            best = low;
        }
        if (best is not null && high is not null && best > high)
        {
            high = best;
        }
        return new QuantityRecord { Low = low, Best = best, High = high, Estimated = !anyPrecise };
    }

    private static bool MoreCredible(Report r, QuantityRecord q, Report current, QuantityRecord currentQ)
    {
        if (r.Event.Confidence != current.Event.Confidence)
        {
            return r.Event.Confidence > current.Event.Confidence;
        }
        var p = r.Published ?? DateOnly.MinValue;
        var cp = current.Published ?? DateOnly.MinValue;
        if (p != cp)
        {
            return p > cp;
        }
        return (q.Best ?? q.Low ?? 0) > (currentQ.Best ?? currentQ.Low ?? 0);
    }

    private static int? Max(int? a, int? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);
}
