using System.Data.Common;
using System.Globalization;
using System.Text;
using Sitrep.Core;
using Sitrep.Core.Contract;
using Sitrep.Store.Dedup;
using Sitrep.Store.Query;

namespace Sitrep.Store.Sql;

/// <summary>Writes records inside one transaction with commands prepared once: the article, its places, and each
/// event either as a new canonical event or merged into the one it duplicates (see <see cref="DedupRules"/>).
/// Outside a bulk load it also keeps the derived tables (event_actors, SQLite's R*Tree) in step.</summary>
internal sealed class BatchWriter : IDisposable
{
    private readonly DbCommand _insertArticle, _insertPlace, _insertReport, _insertEvent, _updateEvent,
        _candidatesByCountry, _candidatesAnyCountry, _candidatesNear, _reportsOf;
    private readonly DerivedWriter? _derived;

    public int Articles, Skipped, NewEvents, MergedEvents;

    public SaveSummary Summary => new(Articles, Skipped, NewEvents, MergedEvents);

    private const string EventColumns =
        "family, date, date_earliest, date_latest, cameo, plover, acled_event_type, acled_sub_event_type, actor1_code, actor2_code, " +
        "actors, lat, lon, country, admin1, fatalities, sources_count, search_text, row_json";

    private static readonly string[] EventParams = EventColumns.Split(", ").Select(c => "@" + c).ToArray();

    /// <param name="maintainDerived">Keep the derived tables (event_actors) in step row by row; false during a bulk
    /// load, which rebuilds them at its end.</param>
    public BatchWriter(DbConnection c, DbTransaction tx, bool maintainDerived)
    {
        _derived = maintainDerived ? new DerivedWriter(c, tx) : null;
        _insertArticle = Prepare(c, tx,
            "INSERT INTO articles (id, title, published, dateline, source, language, url, external_id, byline, body, ingested_at) " +
            "VALUES (@id, @title, @published, @dateline, @source, @language, @url, @external_id, @byline, @body, @ingested_at) " +
            "ON CONFLICT (id) DO NOTHING", // an article already stored (same content hash) is skipped: one statement, not two
            "@id", "@title", "@published", "@dateline", "@source", "@language", "@url", "@external_id", "@byline", "@body", "@ingested_at");
        _insertPlace = Prepare(c, tx,
            "INSERT INTO places (article_id, ord, text, span_start, span_end, name, geonames_id, lat, lon, country, admin1, feature_code, confidence, modifier, precision, kind) " +
            "VALUES (@article_id, @ord, @text, @span_start, @span_end, @name, @geonames_id, @lat, @lon, @country, @admin1, @feature_code, @confidence, @modifier, @precision, @kind)",
            "@article_id", "@ord", "@text", "@span_start", "@span_end", "@name", "@geonames_id", "@lat", "@lon", "@country", "@admin1", "@feature_code", "@confidence", "@modifier", "@precision", "@kind");
        _insertReport = Prepare(c, tx,
            "INSERT INTO reports (article_id, report_event_id, event_id, published, source, sentence_text, event_json) " +
            "VALUES (@article_id, @report_event_id, @event_id, @published, @source, @sentence_text, @event_json)",
            "@article_id", "@report_event_id", "@event_id", "@published", "@source", "@sentence_text", "@event_json");
        _insertEvent = Prepare(c, tx, $"INSERT INTO events (id, {EventColumns}) VALUES (@id, {string.Join(", ", EventParams)})",
            ["@id", .. EventParams]);
        _updateEvent = Prepare(c, tx,
            $"UPDATE events SET {string.Join(", ", EventColumns.Split(", ").Select(col => $"{col} = @{col}"))} WHERE id = @id",
            ["@id", .. EventParams]);
        const string candidateSql =
            "SELECT id, row_json FROM events WHERE family = @family {0} AND date_earliest >= @lo AND date_earliest <= @hi AND date_latest >= @latest_min " +
            "AND NOT EXISTS (SELECT 1 FROM reports r WHERE r.event_id = events.id AND r.article_id = @article_id)";
        _candidatesByCountry = Prepare(c, tx, string.Format(CultureInfo.InvariantCulture, candidateSql, "AND country IN (@country, '')"),
            "@family", "@country", "@lo", "@hi", "@latest_min", "@article_id");
        _candidatesAnyCountry = Prepare(c, tx, string.Format(CultureInfo.InvariantCulture, candidateSql, ""),
            "@family", "@lo", "@hi", "@latest_min", "@article_id");
        // With coordinates: skip rows outside a ~110 km box before their JSON is read (on a million events a
        // latitude band alone still left dozens of rows per lookup to parse).
        _candidatesNear = Prepare(c, tx, string.Format(CultureInfo.InvariantCulture, candidateSql,
                "AND country IN (@country, '') AND (lat IS NULL OR (lat >= @lat_lo AND lat <= @lat_hi AND lon >= @lon_lo AND lon <= @lon_hi))"),
            "@family", "@country", "@lat_lo", "@lat_hi", "@lon_lo", "@lon_hi", "@lo", "@hi", "@latest_min", "@article_id");
        _reportsOf = Prepare(c, tx, "SELECT article_id, published, source, sentence_text, event_json FROM reports WHERE event_id = @event_id", "@event_id");
    }

    internal static DbCommand Prepare(DbConnection c, DbTransaction tx, string sql, params string[] names)
    {
        var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        foreach (var name in names)
        {
            Db.Add(cmd, name, null);
        }
        return cmd;
    }

    public void Write(SitrepRecord record)
    {
        var a = record.Article;
        Set(_insertArticle, a.Id, a.Title, Db.Iso(a.Published), a.Dateline, a.Source, a.Language, a.Url, a.ExternalId, a.Byline, a.Body,
            DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
        if (_insertArticle.ExecuteNonQuery() == 0)
        {
            Skipped++;
            return;
        }
        for (var i = 0; i < record.Places.Count; i++)
        {
            var p = record.Places[i];
            Set(_insertPlace, a.Id, (long)i, p.Text, (long)p.Start, (long)p.End, p.Name, p.GeonamesId, p.Lat, p.Lon, p.Country, p.Admin1,
                p.FeatureCode, p.Confidence, p.Modifier, p.Precision, p.Kind);
            _insertPlace.ExecuteNonQuery();
        }
        var seenIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in record.Events)
        {
            if (!seenIds.Add(e.Id))
            {
                throw new SitrepException($"article {a.Id}: two events share the id '{e.Id}'");
            }
            WriteEvent(a, e);
        }
        Articles++;
    }

    private void WriteEvent(ArticleRecord a, EventRecord e)
    {
        var sentence = SqlEventStore.Slice(a.Body, e.Sentence.Start, e.Sentence.End);
        var report = new Report(a.Id, a.Published, a.Source, sentence, e);
        var window = DateWindow.Of(e, a.Published);
        var match = window is { } w ? FindDuplicate(a.Id, e, w) : null;
        string eventId;
        if (match is not { } m)
        {
            eventId = "ev" + ContentHash.Of(a.Id + "/" + e.Id);
            var row = CanonicalEvent.Build(eventId, [report]);
            SetEvent(_insertEvent, row);
            _insertEvent.ExecuteNonQuery();
            _derived?.Inserted(row);
            NewEvents++;
        }
        else
        {
            eventId = m.Id;
            var reports = ReportsOf(eventId);
            reports.Add(report);
            var row = CanonicalEvent.Build(eventId, reports);
            SetEvent(_updateEvent, row);
            _updateEvent.ExecuteNonQuery();
            _derived?.Updated(m.Row, row);
            MergedEvents++;
        }
        Set(_insertReport, a.Id, e.Id, eventId, Db.Iso(a.Published), a.Source, sentence, StoreJson.Serialize(e));
        _insertReport.ExecuteNonQuery();
    }

    /// <summary>The canonical event this report duplicates (lowest score wins), or null.</summary>
    private (string Id, EventRow Row)? FindDuplicate(string articleId, EventRecord e, DateWindow w)
    {
        var country = e.Location?.Country?.ToUpperInvariant();
        var near = country is not null && e.Location?.Lat is not null && DedupRules.LocationRank(e.Location) <= 2;
        var cmd = near ? _candidatesNear : country is null ? _candidatesAnyCountry : _candidatesByCountry;
        if (near)
        {
            var (lat, lon) = (e.Location!.Lat!.Value, e.Location.Lon ?? 0);
            var lonWindow = DedupRules.CandidateLongitudeWindow(lat);
            Db.Set(cmd, "@lat_lo", lat - DedupRules.CandidateLatitudeWindow);
            Db.Set(cmd, "@lat_hi", lat + DedupRules.CandidateLatitudeWindow);
            // Near the poles or the antimeridian the box would wrap: fall back to the latitude band there.
            var wraps = e.Location.Lon is null || lon - lonWindow < -180 || lon + lonWindow > 180;
            Db.Set(cmd, "@lon_lo", wraps ? -1000.0 : lon - lonWindow);
            Db.Set(cmd, "@lon_hi", wraps ? 1000.0 : lon + lonWindow);
        }
        Db.Set(cmd, "@family", EventFamily.Of(e.Cameo));
        if (country is not null)
        {
            Db.Set(cmd, "@country", country);
        }
        Db.Set(cmd, "@lo", Db.Iso(w.Earliest.AddDays(-DateWindow.MaxSpanDays - DedupRules.DayTolerance)));
        Db.Set(cmd, "@hi", Db.Iso(w.Latest.AddDays(DedupRules.DayTolerance)));
        Db.Set(cmd, "@latest_min", Db.Iso(w.Earliest.AddDays(-DedupRules.DayTolerance)));
        Db.Set(cmd, "@article_id", articleId);
        (string, EventRow)? best = null;
        var bestScore = double.MaxValue;
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var row = RowJson.Read(r.GetString(1));
            var probe = Probe(row);
            if (row.DateEarliest is not { } ce || row.DateLatest is not { } cl)
            {
                continue;
            }
            if (DedupRules.Score(e, w, probe, new DateWindow(ce, cl)) is { } score && score < bestScore)
            {
                bestScore = score;
                best = (r.GetString(0), row);
            }
        }
        return best;
    }

    /// <summary>The canonical event seen as a report, for the pairwise rules.</summary>
    private static EventRecord Probe(EventRow row) => new()
    {
        Id = row.Id, Cameo = row.Cameo, Plover = row.Plover, Actor1 = row.Actor1, Actor2 = row.Actor2,
        Location = row.Location, Date = row.Date, DatePrecision = row.DatePrecision, Sentence = default,
    };

    private List<Report> ReportsOf(string eventId)
    {
        Db.Set(_reportsOf, "@event_id", eventId);
        var list = new List<Report>();
        using var r = _reportsOf.ExecuteReader();
        while (r.Read())
        {
            list.Add(new Report(r.GetString(0), Db.Date(r, 1), Db.Str(r, 2), Db.Str(r, 3), StoreJson.DeserializeEvent(r.GetString(4))));
        }
        return list;
    }

    private void SetEvent(DbCommand cmd, EventRow row)
    {
        Db.Set(cmd, "@id", row.Id);
        Db.Set(cmd, "@family", EventFamily.Of(row.Cameo));
        Db.Set(cmd, "@date", Db.Iso(row.Date));
        Db.Set(cmd, "@date_earliest", Db.Iso(row.DateEarliest));
        Db.Set(cmd, "@date_latest", Db.Iso(row.DateLatest));
        Db.Set(cmd, "@cameo", row.Cameo);
        Db.Set(cmd, "@plover", row.Plover?.ToUpperInvariant());
        Db.Set(cmd, "@acled_event_type", row.AcledEventType);
        Db.Set(cmd, "@acled_sub_event_type", row.AcledSubEventType);
        Db.Set(cmd, "@actor1_code", row.Actor1?.Code);
        Db.Set(cmd, "@actor2_code", row.Actor2?.Code);
        Db.Set(cmd, "@actors", ActorsText(row));
        Db.Set(cmd, "@lat", row.Location?.Lat);
        Db.Set(cmd, "@lon", row.Location?.Lon);
        Db.Set(cmd, "@country", row.Location?.Country?.ToUpperInvariant() ?? "");
        Db.Set(cmd, "@admin1", row.Location?.Admin1);
        Db.Set(cmd, "@fatalities", row.Fatalities?.Best is { } f ? (long)f : null);
        Db.Set(cmd, "@sources_count", (long)row.SourcesCount);
        Db.Set(cmd, "@search_text", SearchText(row));
        Db.Set(cmd, "@row_json", RowJson.Write(row));
    }

    private static string ActorsText(EventRow row)
    {
        var sb = new StringBuilder();
        foreach (var actor in new[] { row.Actor1, row.Actor2 })
        {
            if (actor is null)
            {
                continue;
            }
            sb.Append(actor.Code).Append(' ').Append(actor.Name).Append(' ').Append(actor.Text).Append(" | ");
        }
        return sb.ToString().ToLowerInvariant();
    }

    private static string SearchText(EventRow row) =>
        string.Join(' ', row.Notes, row.Location?.Text, row.Location?.Name, row.AcledEventType, row.AcledSubEventType, row.Plover,
            row.Actor1?.Text, row.Actor1?.Name, row.Actor2?.Text, row.Actor2?.Name).ToLowerInvariant();

    private static void Set(DbCommand cmd, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            cmd.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    public void Dispose()
    {
        foreach (var cmd in new[] { _insertArticle, _insertPlace, _insertReport, _insertEvent, _updateEvent, _candidatesByCountry, _candidatesAnyCountry, _candidatesNear, _reportsOf })
        {
            cmd.Dispose();
        }
        _derived?.Dispose();
    }
}
