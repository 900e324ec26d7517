using System.Data.Common;
using Sitrep.Store.Query;

namespace Sitrep.Store.Sql;

/// <summary>Turns an <see cref="EventQuery"/> into a WHERE clause with named parameters (portable SQL).</summary>
internal sealed class EventFilter
{
    private readonly List<string> _clauses = [];
    private readonly List<(string Name, object Value)> _params = [];

    public string Sql => _clauses.Count == 0 ? "" : " WHERE " + string.Join(" AND ", _clauses);

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
        if (q.From is { } from)
        {
            f._clauses.Add($"date >= {f.P(Db.Iso(from)!)}");
        }
        if (q.To is { } to)
        {
            f._clauses.Add($"date <= {f.P(Db.Iso(to)!)}");
        }
        if (q.Bbox is { } b)
        {
            f._clauses.Add($"lat >= {f.P(b.MinLat)} AND lat <= {f.P(b.MaxLat)}");
            f._clauses.Add(b.MinLon <= b.MaxLon
                ? $"lon >= {f.P(b.MinLon)} AND lon <= {f.P(b.MaxLon)}"
                : $"(lon >= {f.P(b.MinLon)} OR lon <= {f.P(b.MaxLon)})"); // crosses the antimeridian
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
            var p = f.P(acled.ToLowerInvariant());
            f._clauses.Add($"(lower(acled_event_type) = {p} OR lower(acled_sub_event_type) = {p})");
        }
        if (q.Actor is { Length: > 3 } code && IsCode(code))
        {
            // A full CAMEO actor code: indexed equality on either side.
            var p = f.P(code);
            f._clauses.Add($"(actor1_code = {p} OR actor2_code = {p})");
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
        return f;
    }

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
