using System.Data.Common;
using Sitrep.Store.Query;

namespace Sitrep.Store.Sql;

/// <summary>Turns an <see cref="EventQuery"/> into a WHERE clause with named parameters (portable SQL).</summary>
internal sealed class EventFilter
{
    private readonly List<string> _clauses = [];
    private readonly List<(string Name, object Value)> _params = [];
    /// <summary>Clauses a <see cref="Driver"/> checks itself (by index into <see cref="_clauses"/>).</summary>
    private readonly HashSet<int> _replaced = [];
    private Driver? _driver;

    /// <summary>A narrow table that answers part of the filter in date order without reading the wide event rows:
    /// event_actors for one actor code.</summary>
    private sealed record Driver(string Table, string JoinOn, string DateColumn, string IdColumn, List<string> Clauses);

    /// <summary>The WHERE clause over the events table alone.</summary>
    public string Sql => _clauses.Count == 0 ? "" : " WHERE " + string.Join(" AND ", _clauses);

    /// <summary>The select of the matching event ids in <paramref name="sort"/> order (for a page) and the select of
    /// one row per match (for the capped count). With a driver they scan it (event_actors by (code, date), so newest
    /// first is the index order) and join the events only when
    /// other filters or the sort need them.</summary>
    public (string Ids, string Matches) Selects(EventSort sort)
    {
        if (_driver is not { } d)
        {
            return ($"SELECT id FROM events{Sql} ORDER BY {OrderBy(sort)}", $"SELECT 1 FROM events{Sql}");
        }
        var others = _clauses.Where((_, i) => !_replaced.Contains(i)).ToList();
        var byDate = sort is EventSort.DateDesc or EventSort.DateAsc;
        var from = others.Count == 0 && byDate ? $" FROM {d.Table}" : $" FROM {d.Table} JOIN events ON {d.JoinOn}";
        var filter = " WHERE " + string.Join(" AND ", d.Clauses.Concat(others));
        var order = sort switch
        {
            EventSort.DateDesc => $"{d.DateColumn} DESC NULLS LAST, {d.IdColumn} DESC",
            EventSort.DateAsc => $"{d.DateColumn} ASC NULLS LAST, {d.IdColumn} ASC",
            _ => OrderBy(sort),
        };
        return ($"SELECT {d.IdColumn}{from}{filter} ORDER BY {order}", $"SELECT 1{from}{filter}");
    }

    public void AddTo(DbCommand cmd)
    {
        foreach (var (name, value) in _params)
        {
            Db.Add(cmd, name, value);
        }
    }

    private string P(object value)
    {
        var name = "@f" + _params.Count;
        _params.Add((name, value));
        return name;
    }

    public static EventFilter Build(EventQuery q)
    {
        var f = new EventFilter();
        string? fromParam = null, toParam = null;
        var dateClauses = new List<int>();
        if (q.From is { } from)
        {
            fromParam = f.P(Db.Iso(from)!);
            dateClauses.Add(f._clauses.Count);
            f._clauses.Add($"date >= {fromParam}");
        }
        if (q.To is { } to)
        {
            toParam = f.P(Db.Iso(to)!);
            dateClauses.Add(f._clauses.Count);
            f._clauses.Add($"date <= {toParam}");
        }
        if (q.Bbox is { } b)
        {
            var (minLat, maxLat, minLon, maxLon) = (f.P(b.MinLat), f.P(b.MaxLat), f.P(b.MinLon), f.P(b.MaxLon));
            var inBox = $"lat >= {minLat} AND lat <= {maxLat} AND lon >= {minLon} AND lon <= {maxLon}";
            if (b.MinLon > b.MaxLon)
            {
                f._clauses.Add($"lat >= {minLat} AND lat <= {maxLat} AND (lon >= {minLon} OR lon <= {maxLon})"); // crosses the antimeridian
            }
            else
            {
                f._clauses.Add(inBox); // index-only over ix_events_lat_cover
            }
        }
        if (q.Country is { Length: > 0 } country)
        {
            f._clauses.Add($"country = {f.P(country.ToUpperInvariant())}");
        }
        if (q.Cameo is { Length: > 0 } cameo)
        {
            // CAMEO codes are digits: the prefix is also a range an index can seek (LIKE alone cannot use one).
            if (cameo.All(char.IsAsciiDigit))
            {
                f._clauses.Add($"cameo >= {f.P(cameo)}");
                if (NextPrefix(cameo) is { } next)
                {
                    f._clauses.Add($"cameo < {f.P(next)}");
                }
            }
            f._clauses.Add($"cameo LIKE {f.P(cameo + "%")}");
        }
        if (q.Plover is { Length: > 0 } plover)
        {
            f._clauses.Add($"plover = {f.P(plover.ToUpperInvariant())}");
        }
        if (q.Acled is { Length: > 0 } acled)
        {
            // One of ACLED's six event types is looked up in its own index, in date order; the OR over both columns
            // sorted every match by reading its row (acled+month p99 66 ms SQLite, 423 ms PostgreSQL on 835k events).
            var name = acled.ToLowerInvariant();
            var p = f.P(name);
            f._clauses.Add(AcledEventTypes.Contains(name)
                ? $"lower(acled_event_type) = {p}"
                : $"(lower(acled_event_type) = {p} OR lower(acled_sub_event_type) = {p})");
        }
        if (q.Actor is { Length: > 3 } code && IsCode(code))
        {
            // A full CAMEO actor code: on either side, as event_actors lists it.
            var p = f.P(code);
            f._replaced.Add(f._clauses.Count);
            f._clauses.Add($"id IN (SELECT event_id FROM event_actors WHERE actor_code = {p})");
            f._driver = new Driver("event_actors ea", "events.id = ea.event_id", "ea.actor_date", "ea.event_id", [$"ea.actor_code = {p}"]);
        }
        else if (q.Actor is { Length: 3 } prefix && IsCode(prefix))
        {
            f._clauses.Add($"(actor1_code LIKE {f.P(prefix + "%")} OR actor2_code LIKE {f.P(prefix + "%")})");
        }
        else if (q.Actor is { Length: > 0 } actor)
        {
            f._clauses.Add($"actors LIKE {f.P("%" + EscapeLike(actor.ToLowerInvariant()) + "%")} ESCAPE '\\'");
        }
        if (q.MinFatalities is { } min)
        {
            f._clauses.Add($"fatalities >= {f.P((long)min)}");
        }
        if (q.Text is { Length: > 0 } text)
        {
            foreach (var word in text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                f._clauses.Add($"search_text LIKE {f.P("%" + EscapeLike(word) + "%")} ESCAPE '\\'");
            }
        }
        if (f._driver is { } d)
        {
            // The driver's date column is the event's date: it checks the range itself.
            if (fromParam is not null)
            {
                d.Clauses.Add($"{d.DateColumn} >= {fromParam}");
            }
            if (toParam is not null)
            {
                d.Clauses.Add($"{d.DateColumn} <= {toParam}");
            }
            f._replaced.UnionWith(dateClauses);
        }
        return f;
    }

    /// <summary>ACLED's event types (lower case); no sub-event type shares a name with one.</summary>
    private static readonly HashSet<string> AcledEventTypes =
    [
        "battles", "explosions/remote violence", "violence against civilians", "protests", "riots", "strategic developments",
    ];

    public static string OrderBy(EventSort sort) => sort switch
    {
        EventSort.DateAsc => "date ASC NULLS LAST, id ASC",
        EventSort.FatalitiesDesc => "fatalities DESC NULLS LAST, id ASC",
        EventSort.SourcesDesc => "sources_count DESC, date DESC NULLS LAST, id ASC",
        _ => "date DESC NULLS LAST, id DESC",
    };

    /// <summary>The smallest digit string above every string starting with <paramref name="digits"/> ("19" → "2",
    /// "0233" → "0234"); null for all nines. Digits sort alike in every collation, so the range is exact.</summary>
    internal static string? NextPrefix(string digits)
    {
        var end = digits.Length;
        while (end > 0 && digits[end - 1] == '9')
        {
            end--;
        }
        return end == 0 ? null : string.Concat(digits.AsSpan(0, end - 1), ((char)(digits[end - 1] + 1)).ToString());
    }

    /// <summary>Upper-case letters and digits only ("SYRMIL", "IGOUNO"): what CAMEO codes look like.</summary>
    private static bool IsCode(string s) => s.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c));

    private static string EscapeLike(string s) => s.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
