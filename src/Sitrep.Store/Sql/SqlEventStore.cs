using System.Data.Common;
using System.Text;
using Sitrep.Core;
using Sitrep.Core.Contract;
using Sitrep.Store.Dedup;
using Sitrep.Store.Query;

namespace Sitrep.Store.Sql;

/// <summary>The store over any ADO.NET provider whose SQL both SQLite and PostgreSQL understand. Writes are
/// serialised (dedup reads what the previous write wrote); reads open their own pooled connection.</summary>
public abstract partial class SqlEventStore : IEventQueryStore
{
    private readonly Lock _writeLock = new();
    /// <summary>Records per transaction in <see cref="SaveMany"/>.</summary>
    private const int BatchSize = 500;

    public abstract string Backend { get; }

    protected abstract DbConnection OpenConnection();

    /// <summary>Creates or upgrades the schema.</summary>
    protected void Migrate()
    {
        using var c = OpenConnection();
        Db.Execute(c, null, "CREATE TABLE IF NOT EXISTS schema_version (version BIGINT NOT NULL)");
        var current = Db.Scalar(c, null, "SELECT MAX(version) FROM schema_version") is { } v ? Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture) : 0;
        if (current > Schema.Migrations.Length)
        {
            throw new SitrepException($"the database has schema version {current}, newer than this Sitrep knows ({Schema.Migrations.Length}): upgrade Sitrep");
        }
        for (var version = current + 1; version <= Schema.Migrations.Length; version++)
        {
            using var tx = c.BeginTransaction();
            foreach (var statement in Schema.Migrations[version - 1].Concat(BackendMigration(version)))
            {
                using var cmd = Db.Command(c, tx, statement);
                cmd.CommandTimeout = 0; // a backfill over a million events takes minutes
                cmd.ExecuteNonQuery();
            }
            Db.Execute(c, tx, "INSERT INTO schema_version (version) VALUES (@v)", ("@v", (long)version));
            tx.Commit();
        }
        // A bulk load killed before its end left the derived tables empty: refill them.
        if (Db.Scalar(c, null, "SELECT 1 FROM event_actors LIMIT 1") is null &&
            Db.Scalar(c, null, "SELECT 1 FROM events WHERE actor1_code IS NOT NULL LIMIT 1") is not null)
        {
            RebuildDerived(c);
        }
        EnsureIndexes(c);
    }

    /// <summary>Statements only this back end runs after the portable ones of <paramref name="version"/>.</summary>
    protected virtual IEnumerable<string> BackendMigration(int version) => [];

    /// <summary>Tables derived from the events for the read queries (<c>event_actors</c>, SQLite's R*Tree): a bulk
    /// load fills them once at its end.</summary>
    protected virtual IEnumerable<string> DerivedRebuild => Schema.DerivedRebuild;

    private void RebuildDerived(DbConnection c)
    {
        using var tx = c.BeginTransaction();
        foreach (var statement in DerivedRebuild)
        {
            using var cmd = Db.Command(c, tx, statement);
            cmd.CommandTimeout = 0;
            cmd.ExecuteNonQuery();
        }
        tx.Commit();
    }

    public bool HasArticle(string articleId)
    {
        using var c = OpenConnection();
        return Db.Scalar(c, null, "SELECT 1 FROM articles WHERE id = @id", ("@id", articleId)) is not null;
    }

    public void Save(SitrepRecord record) => SaveMany([record]);

    public SaveSummary SaveMany(IEnumerable<SitrepRecord> records)
    {
        lock (_writeLock)
        {
            using var c = OpenConnection();
            using var e = records.GetEnumerator();
            var first = new List<SitrepRecord>(BatchSize);
            while (first.Count < BatchSize && e.MoveNext())
            {
                first.Add(e.Current);
            }
            // A big load into an empty store: build the read-only indexes once at the end instead of per row.
            var bulk = first.Count == BatchSize && Db.Scalar(c, null, "SELECT 1 FROM events LIMIT 1") is null;
            if (bulk)
            {
                foreach (var ix in Schema.QueryIndexes)
                {
                    Db.Execute(c, null, $"DROP INDEX IF EXISTS {ix.Name}");
                }
            }
            try
            {
                using var all = Resume(first, e).GetEnumerator();
                var total = new SaveSummary(0, 0, 0, 0);
                var more = true;
                while (more)
                {
                    (var batch, more) = WriteBatch(c, all, bulk ? BulkBatchSize : BatchSize, maintainDerived: !bulk);
                    total = Add(total, batch);
                }
                return total;
            }
            finally
            {
                if (bulk)
                {
                    FinishBulkLoad(c);
                }
            }
        }
    }

    /// <summary>Records per transaction during a bulk load (fewer, larger commits).</summary>
    private const int BulkBatchSize = 2000; // larger commits let the WAL grow, and every page lookup searches it

    private static IEnumerable<SitrepRecord> Resume(List<SitrepRecord> first, IEnumerator<SitrepRecord> rest)
    {
        foreach (var r in first)
        {
            yield return r;
        }
        while (rest.MoveNext())
        {
            yield return rest.Current;
        }
    }

    /// <summary>Up to <paramref name="size"/> records in one transaction; More is false once the input is exhausted.</summary>
    private (SaveSummary Summary, bool More) WriteBatch(DbConnection c, IEnumerator<SitrepRecord> e, int size, bool maintainDerived)
    {
        using var tx = c.BeginTransaction();
        using var writer = new BatchWriter(c, tx, maintainDerived);
        var n = 0;
        var more = true;
        while (n < size && (more = e.MoveNext()))
        {
            writer.Write(e.Current);
            n++;
        }
        tx.Commit();
        return (writer.Summary, more);
    }

    private static SaveSummary Add(SaveSummary a, SaveSummary b) =>
        new(a.Articles + b.Articles, a.SkippedArticles + b.SkippedArticles, a.NewEvents + b.NewEvents, a.MergedEvents + b.MergedEvents);

    /// <summary>A connection for <see cref="PostgresBulkCopy"/> (the caller disposes it).</summary>
    internal DbConnection OpenForCopy() => OpenConnection();

    /// <summary>After a bulk load: the derived tables, the read indexes, then fresh planner statistics.</summary>
    internal void FinishBulkLoad(DbConnection c)
    {
        RebuildDerived(c);
        EnsureIndexes(c);
        Analyze(c);
    }

    /// <summary>Creates the <see cref="Schema.QueryIndexes"/> that are missing (only those: CREATE INDEX takes a
    /// table lock in PostgreSQL even when the index exists).</summary>
    protected void EnsureIndexes(DbConnection c)
    {
        var existing = ExistingIndexes(c);
        foreach (var ix in Schema.QueryIndexes)
        {
            if (!existing.Contains(ix.Name) && (ix.Backend is null || ix.Backend == Backend))
            {
                using var cmd = Db.Command(c, null, $"CREATE INDEX IF NOT EXISTS {ix.Name} ON {IndexDefinition(ix.Definition)}");
                cmd.CommandTimeout = 0; // minutes on a million rows: no timeout
                cmd.ExecuteNonQuery();
            }
        }
    }

    /// <summary>A <see cref="Schema.QueryIndexes"/> definition as this back end should build it.</summary>
    protected virtual string IndexDefinition(string definition) => definition;

    /// <summary>Names of the indexes on the <see cref="Schema.IndexedTables"/>.</summary>
    protected abstract HashSet<string> ExistingIndexes(DbConnection c);

    protected static HashSet<string> Names(DbConnection c, string sql)
    {
        using var cmd = Db.Command(c, null, sql);
        using var r = cmd.ExecuteReader();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (r.Read())
        {
            names.Add(r.GetString(0));
        }
        return names;
    }

    /// <summary>Refreshes the planner's statistics after a bulk load.</summary>
    protected abstract void Analyze(DbConnection c);

    public StoreCounts Counts()
    {
        using var c = OpenConnection();
        long Count(string table) => Convert.ToInt64(Db.Scalar(c, null, $"SELECT COUNT(*) FROM {table}"), System.Globalization.CultureInfo.InvariantCulture);
        return new StoreCounts(Count("articles"), Count("events"), Count("reports"));
    }

    public EventPage QueryEvents(EventQuery query)
    {
        var limit = Math.Clamp(query.Limit, 1, EventQuery.MaxLimit);
        var offset = Math.Max(0, query.Offset);
        using var c = OpenConnection();
        var where = EventFilter.Build(query);
        var (ids, matches) = where.Selects(query.Sort);
        var rows = new List<EventRow>(limit);
        using (var cmd = Db.Command(c, null, // Page the narrow index rows first, then fetch the (wide) JSON of just that page.
                   $"SELECT row_json FROM events WHERE id IN ({ids} LIMIT @limit OFFSET @offset) " +
                   $"ORDER BY {EventFilter.OrderBy(query.Sort)}"))
        {
            where.AddTo(cmd);
            Db.Add(cmd, "@limit", (long)limit);
            Db.Add(cmd, "@offset", (long)offset);
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                rows.Add(RowJson.Read(r.GetString(0)));
            }
        }
        long total;
        using (var cmd = Db.Command(c, null, $"SELECT COUNT(*) FROM ({matches} LIMIT @cap) t"))
        {
            where.AddTo(cmd);
            Db.Add(cmd, "@cap", (long)EventPage.TotalCap + 1);
            total = Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
        return new EventPage
        {
            Events = rows,
            Total = Math.Min(total, EventPage.TotalCap),
            TotalIsLowerBound = total > EventPage.TotalCap,
            Offset = offset,
            Limit = limit,
        };
    }

    public IEnumerable<EventRow> StreamEvents(EventQuery query)
    {
        using var c = OpenConnection();
        var where = EventFilter.Build(query);
        using var cmd = Db.Command(c, null, $"SELECT row_json FROM events{where.Sql} ORDER BY {EventFilter.OrderBy(query.Sort)}");
        where.AddTo(cmd);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            yield return RowJson.Read(r.GetString(0));
        }
    }

    public IReadOnlyList<TimelineBucket> Timeline(EventQuery query, string interval)
    {
        using var c = OpenConnection();
        var where = EventFilter.Build(query with { });
        var sql = $"SELECT date, COUNT(*), SUM(COALESCE(fatalities, 0)) FROM events{where.Sql}{(where.Sql.Length == 0 ? " WHERE" : " AND")} date IS NOT NULL GROUP BY date ORDER BY date";
        using var cmd = Db.Command(c, null, sql);
        where.AddTo(cmd);
        using var r = cmd.ExecuteReader();
        var buckets = new List<TimelineBucket>();
        while (r.Read())
        {
            var period = Period(Db.Date(r, 0)!.Value, interval);
            var events = Db.Long(r, 1);
            var deaths = Db.Long(r, 2);
            if (buckets.Count > 0 && buckets[^1].Period == period)
            {
                buckets[^1] = buckets[^1] with { Events = buckets[^1].Events + events, Fatalities = buckets[^1].Fatalities + deaths };
            }
            else
            {
                buckets.Add(new TimelineBucket(period, events, deaths));
            }
        }
        return buckets;
    }

    private static string Period(DateOnly d, string interval) => interval switch
    {
        "month" => d.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
        "week" => Db.Iso(d.AddDays(-(((int)d.DayOfWeek + 6) % 7)))!,
        _ => Db.Iso(d)!,
    };

    public EventDetail? GetEvent(string id)
    {
        using var c = OpenConnection();
        var json = Db.Scalar(c, null, "SELECT row_json FROM events WHERE id = @id", ("@id", id)) as string;
        if (json is null)
        {
            return null;
        }
        var reports = new List<ReportView>();
        using var cmd = Db.Command(c, null,
            "SELECT r.article_id, r.report_event_id, a.title, a.published, a.source, a.body, r.event_json " +
            "FROM reports r JOIN articles a ON a.id = r.article_id WHERE r.event_id = @id ORDER BY a.published, r.article_id", ("@id", id));
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var body = r.GetString(5);
            var e = StoreJson.DeserializeEvent(r.GetString(6));
            var evidence = new List<EvidenceText>(e.Evidence.Count);
            foreach (var ev in e.Evidence)
            {
                evidence.Add(new EvidenceText(ev.Field, ev.Start, ev.End, Slice(body, ev.Start, ev.End)));
            }
            reports.Add(new ReportView
            {
                ArticleId = r.GetString(0),
                ReportEventId = r.GetString(1),
                ArticleTitle = Db.Str(r, 2),
                ArticlePublished = Db.Date(r, 3),
                ArticleSource = Db.Str(r, 4),
                Sentence = new SpanText(e.Sentence.Start, e.Sentence.End, Slice(body, e.Sentence.Start, e.Sentence.End)),
                Evidence = evidence,
                Event = e,
            });
        }
        return new EventDetail { Event = RowJson.Read(json), Reports = reports };
    }

    public ArticleView? GetArticle(string id)
    {
        using var c = OpenConnection();
        ArticleRecord? article = null;
        using (var cmd = Db.Command(c, null,
                   "SELECT id, title, published, dateline, source, language, url, external_id, byline, body FROM articles WHERE id = @id", ("@id", id)))
        using (var r = cmd.ExecuteReader())
        {
            if (r.Read())
            {
                article = new ArticleRecord
                {
                    Id = r.GetString(0), Title = Db.Str(r, 1), Published = Db.Date(r, 2), Dateline = Db.Str(r, 3),
                    Source = Db.Str(r, 4), Language = Db.Str(r, 5) ?? "en", Url = Db.Str(r, 6), ExternalId = Db.Str(r, 7),
                    Byline = Db.Str(r, 8), Body = r.GetString(9),
                };
            }
        }
        if (article is null)
        {
            return null;
        }
        var places = new List<PlaceRecord>();
        using (var cmd = Db.Command(c, null,
                   "SELECT text, span_start, span_end, name, geonames_id, lat, lon, country, admin1, feature_code, confidence, modifier, precision, kind " +
                   "FROM places WHERE article_id = @id ORDER BY ord", ("@id", id)))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                places.Add(new PlaceRecord
                {
                    Text = r.GetString(0), Start = (int)Db.Long(r, 1), End = (int)Db.Long(r, 2), Name = Db.Str(r, 3),
                    GeonamesId = Db.LongOrNull(r, 4), Lat = Db.DoubleOrNull(r, 5), Lon = Db.DoubleOrNull(r, 6),
                    Country = Db.Str(r, 7), Admin1 = Db.Str(r, 8), FeatureCode = Db.Str(r, 9),
                    Confidence = Db.DoubleOrNull(r, 10) ?? 0, Modifier = Db.Str(r, 11), Precision = Db.Str(r, 12), Kind = Db.Str(r, 13),
                });
            }
        }
        var links = new List<ArticleEventLink>();
        using (var cmd = Db.Command(c, null,
                   "SELECT report_event_id, event_id, event_json FROM reports WHERE article_id = @id ORDER BY report_event_id", ("@id", id)))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                var e = StoreJson.DeserializeEvent(r.GetString(2));
                links.Add(new ArticleEventLink(r.GetString(0), r.GetString(1), e.Sentence.Start, e.Sentence.End, e.Evidence));
            }
        }
        return new ArticleView { Article = article, Places = places, Events = links };
    }

    internal static string Slice(string body, int start, int end) =>
        start >= 0 && end <= body.Length && start <= end ? body[start..end] : "";

    public virtual void Dispose()
    {
        GC.SuppressFinalize(this);
    }
}
