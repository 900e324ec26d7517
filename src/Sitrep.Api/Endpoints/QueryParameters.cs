using System.Globalization;
using Microsoft.AspNetCore.Http;
using Sitrep.Store.Query;

namespace Sitrep.Api.Endpoints;

/// <summary>Reads the event filters from the query string; every bad value is reported under its parameter's name.</summary>
public static class QueryParameters
{
    public static readonly string[] Filters =
        ["from", "to", "bbox", "country", "cameo", "plover", "acled", "actor", "min_fatalities", "q"];

    public static readonly string[] Paging = ["limit", "offset", "sort"];

    public static EventQuery Parse(IQueryCollection query, Dictionary<string, string[]> errors, IEnumerable<string> allowed)
    {
        var known = new HashSet<string>(allowed, StringComparer.OrdinalIgnoreCase);
        foreach (var key in query.Keys)
        {
            if (!known.Contains(key))
            {
                errors[key] = [$"unknown parameter '{key}' (known: {string.Join(", ", known)})"];
            }
        }
        string? Str(string name)
        {
            var v = query[name];
            if (v.Count > 1)
            {
                errors[name] = [$"'{name}' is given {v.Count} times; give it once"];
            }
            var s = v.Count == 0 ? null : v[0]?.Trim();
            if (s is { Length: > 200 })
            {
                errors[name] = [$"'{name}' is longer than 200 characters"];
                return null;
            }
            return string.IsNullOrEmpty(s) ? null : s;
        }
        DateOnly? Date(string name)
        {
            var s = Str(name);
            if (s is null)
            {
                return null;
            }
            if (DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                return d;
            }
            errors[name] = [$"'{s}' is not a date (YYYY-MM-DD)"];
            return null;
        }
        int? Int(string name, int min, int max)
        {
            var s = Str(name);
            if (s is null)
            {
                return null;
            }
            if (int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
            {
                return n;
            }
            errors[name] = [$"'{s}' is not a whole number from {min} to {max}"];
            return null;
        }

        var from = Date("from");
        var to = Date("to");
        if (from is not null && to is not null && from > to)
        {
            errors["to"] = [$"'to' ({to:yyyy-MM-dd}) is before 'from' ({from:yyyy-MM-dd})"];
        }
        var country = Str("country");
        if (country is not null && (country.Length != 2 || !char.IsAsciiLetter(country[0]) || !char.IsAsciiLetter(country[1])))
        {
            errors["country"] = [$"'{country}' is not an ISO 3166-1 alpha-2 code (e.g. SY, IQ)"];
        }
        var cameo = Str("cameo");
        if (cameo is not null && (cameo.Length > 4 || !cameo.All(char.IsAsciiDigit)))
        {
            errors["cameo"] = [$"'{cameo}' is not a CAMEO code or prefix (1–4 digits, e.g. 19 or 190)"];
        }
        var plover = Str("plover");
        if (plover is not null && !plover.All(c => char.IsAsciiLetter(c) || c == '-' || c == '_'))
        {
            errors["plover"] = [$"'{plover}' is not a PLOVER event type (e.g. ASSAULT, PROTEST)"];
        }
        var sortText = Str("sort");
        var sort = sortText switch
        {
            null or "-date" => EventSort.DateDesc,
            "date" => EventSort.DateAsc,
            "-fatalities" => EventSort.FatalitiesDesc,
            "-sources" => EventSort.SourcesDesc,
            _ => (EventSort?)null,
        };
        if (sort is null)
        {
            errors["sort"] = [$"'{sortText}' is not a sort order (-date, date, -fatalities, -sources)"];
        }
        return new EventQuery
        {
            From = from,
            To = to,
            Bbox = Bbox(Str("bbox"), errors),
            Country = country,
            Cameo = cameo,
            Plover = plover,
            Acled = Str("acled"),
            Actor = Str("actor"),
            MinFatalities = Int("min_fatalities", 0, 10_000_000),
            Text = Str("q"),
            Sort = sort ?? EventSort.DateDesc,
            Limit = Int("limit", 1, EventQuery.MaxLimit) ?? 100,
            Offset = Int("offset", 0, 10_000_000) ?? 0,
        };
    }

    private static BoundingBox? Bbox(string? s, Dictionary<string, string[]> errors)
    {
        if (s is null)
        {
            return null;
        }
        var parts = s.Split(',');
        var values = new double[4];
        if (parts.Length != 4 || !parts.Select((p, i) => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out values[i])).All(ok => ok))
        {
            errors["bbox"] = [$"'{s}' is not min_lon,min_lat,max_lon,max_lat"];
            return null;
        }
        if (values[0] is < -180 or > 180 || values[2] is < -180 or > 180 || values[1] is < -90 or > 90 || values[3] is < -90 or > 90 || values[1] > values[3])
        {
            errors["bbox"] = [$"'{s}': longitudes must be within ±180, latitudes within ±90, min_lat ≤ max_lat"];
            return null;
        }
        return new BoundingBox(values[0], values[1], values[2], values[3]);
    }
}
