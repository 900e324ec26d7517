namespace Sitrep.Store.Sql;

/// <summary>Numbered migrations, applied in order inside one transaction each; <c>schema_version</c> records the last.
/// The DDL is portable: SQLite reads DOUBLE PRECISION/BIGINT as REAL/INTEGER affinity.
/// Events keep their reconciled record as JSON (<c>row_json</c>) plus the columns the filters and dedup use.</summary>
public static class Schema
{
    /// <summary>Refills <c>event_actors</c> from the events (after a bulk load, which does not maintain it row by row).</summary>
    public static readonly string[] DerivedRebuild =
    [
        "DELETE FROM event_actors",
        "INSERT INTO event_actors (actor_code, actor_date, event_id) SELECT actor1_code, date, id FROM events WHERE actor1_code IS NOT NULL",
        "INSERT INTO event_actors (actor_code, actor_date, event_id) SELECT actor2_code, date, id FROM events " +
        "WHERE actor2_code IS NOT NULL AND actor2_code <> COALESCE(actor1_code, '')",
    ];

    /// <summary>Statements of migration 3 that only PostgreSQL runs: its bbox index is ix_events_lat_cover now.</summary>
    public static readonly string[] PostgresMigration3 = ["DROP INDEX IF EXISTS ix_events_lat"];

    public static readonly string[][] Migrations =
    [
        [
            """
            CREATE TABLE articles (
              id TEXT PRIMARY KEY,
              title TEXT, published TEXT, dateline TEXT, source TEXT, language TEXT,
              url TEXT, external_id TEXT, byline TEXT,
              body TEXT NOT NULL,
              ingested_at TEXT NOT NULL)
            """,
            """
            CREATE TABLE places (
              article_id TEXT NOT NULL REFERENCES articles(id),
              ord BIGINT NOT NULL,
              text TEXT NOT NULL, span_start BIGINT NOT NULL, span_end BIGINT NOT NULL,
              name TEXT, geonames_id BIGINT, lat DOUBLE PRECISION, lon DOUBLE PRECISION,
              country TEXT, admin1 TEXT, feature_code TEXT, confidence DOUBLE PRECISION NOT NULL,
              modifier TEXT, precision TEXT,
              PRIMARY KEY (article_id, ord))
            """,
            """
            CREATE TABLE events (
              id TEXT PRIMARY KEY,
              family TEXT NOT NULL,
              date TEXT, date_earliest TEXT, date_latest TEXT,
              cameo TEXT NOT NULL, plover TEXT, acled_event_type TEXT, acled_sub_event_type TEXT,
              actor1_code TEXT, actor2_code TEXT,
              actors TEXT NOT NULL,
              lat DOUBLE PRECISION, lon DOUBLE PRECISION,
              country TEXT NOT NULL, admin1 TEXT,
              fatalities BIGINT,
              sources_count BIGINT NOT NULL,
              search_text TEXT NOT NULL,
              row_json TEXT NOT NULL)
            """,
            """
            CREATE TABLE reports (
              article_id TEXT NOT NULL REFERENCES articles(id),
              report_event_id TEXT NOT NULL,
              event_id TEXT NOT NULL REFERENCES events(id),
              published TEXT, source TEXT, sentence_text TEXT,
              event_json TEXT NOT NULL,
              PRIMARY KEY (article_id, report_event_id))
            """,
            "CREATE INDEX ix_reports_event ON reports(event_id)",
            "CREATE INDEX ix_events_dedup ON events(family, country, date_earliest)",
            "CREATE INDEX ix_events_family_date ON events(family, date_earliest)",
            "CREATE INDEX ix_events_date ON events(date, id)",
            "CREATE INDEX ix_events_country_date ON events(country, date)",
            "CREATE INDEX ix_events_cameo_date ON events(cameo, date)",
            "CREATE INDEX ix_events_plover_date ON events(plover, date)",
            "CREATE INDEX ix_events_acled_date ON events(acled_event_type, date)",
            "CREATE INDEX ix_events_fatalities ON events(fatalities)",
            "CREATE INDEX ix_events_lat ON events(lat, lon)",
            "CREATE INDEX ix_events_actor1 ON events(actor1_code, date)",
            "CREATE INDEX ix_events_actor2 ON events(actor2_code, date)",
        ],
        [
            // LIKE 'x%' cannot use an index (SQLite without NOCASE, PostgreSQL without text_pattern_ops): the cameo
            // filter is a range now, and the index pairs it with the country most cameo queries also give.
            "DROP INDEX IF EXISTS ix_events_cameo_date",
            // The ACLED filter compares lower(type): an index on the column itself was never used.
            "DROP INDEX IF EXISTS ix_events_acled_date",
            // Re-created by EnsureIndexes, on PostgreSQL in the order the queries sort (see QueryIndexes).
            "DROP INDEX IF EXISTS ix_events_date",
            "DROP INDEX IF EXISTS ix_events_country_date",
            "DROP INDEX IF EXISTS ix_events_plover_date",
            "DROP INDEX IF EXISTS ix_events_fatalities",
            "DROP INDEX IF EXISTS ix_events_actor1",
            "DROP INDEX IF EXISTS ix_events_actor2",
        ],
        [
            // One row per distinct actor code of an event: "actor X, newest first" is then one index range in date
            // order instead of an OR over two columns whose union must be sorted (236 ms p99 on 835k events).
            "CREATE TABLE event_actors (actor_code TEXT NOT NULL, actor_date TEXT, event_id TEXT NOT NULL)",
            .. DerivedRebuild,
            // Replaced by the covering ix_events_country_cameo_id (the page's ids come from the index alone).
            "DROP INDEX IF EXISTS ix_events_country_cameo",
        ],
        [
            // A full actor code is looked up in event_actors now, and a code prefix (LIKE) never used these: two
            // fewer B-trees to build after a bulk load.
            "DROP INDEX IF EXISTS ix_events_actor1",
            "DROP INDEX IF EXISTS ix_events_actor2",
        ],
        [
            // SQLite's bbox is a range of the covering ix_events_lat_cover now: 4-9 ms for the newest 200 of ~8,000
            // events in a 4x4 degree box on 835k events, against 15-34 ms through the R*Tree migration 3 built
            // (which every insert and merge also had to maintain). No-ops on PostgreSQL.
            "DROP TABLE IF EXISTS events_rtree",
            "DROP INDEX IF EXISTS ix_events_lat",
            // Replaced by the same keys plus id (ix_events_acled_type_id, ix_events_acled_sub_type_id).
            "DROP INDEX IF EXISTS ix_events_acled_type",
            "DROP INDEX IF EXISTS ix_events_acled_sub_type",
        ],
        [
            // place.kind: "demonym" for an adjectival demonym read as a toponym ("Syrian forces"), else null.
            "ALTER TABLE places ADD COLUMN kind TEXT",
        ],
    ];

    /// <summary>Indexes only the read queries use (dedup does not): a bulk load into an empty store drops them and
    /// builds each once at the end, which is far cheaper than updating nine B-trees per inserted row. Opening a store
    /// re-creates any that are missing (e.g. after a bulk load was killed).</summary>
    public static readonly QueryIndex[] QueryIndexes =
    [
        new("ix_events_date", "events(date, id)"),
        new("ix_events_country_date", "events(country, date)"),
        new("ix_events_country_cameo_id", "events(country, cameo, date, id)"),
        new("ix_events_plover_date", "events(plover, date)"),
        // With the id the page comes in index order (date, then id for ties) without reading rows to sort them.
        new("ix_events_acled_type_id", "events(lower(acled_event_type), date, id)"),
        new("ix_events_acled_sub_type_id", "events(lower(acled_sub_event_type), date, id)"),
        new("ix_events_fatalities", "events(fatalities)"),
        // Both back ends answer a bbox from a latitude range of this index alone (an index-only scan: a GiST over an
        // expression such as point(lon, lat) cannot be index-only, and its heap reads cost 150-250 ms cold; SQLite's
        // R*Tree was slower than this B-tree range on a million events).
        new("ix_events_lat_cover", "events(lat, lon, date, id)", Backend: "sqlite"),
        new("ix_events_lat_cover", "events(lat, lon) INCLUDE (date, id)", Backend: "postgres"),
        new("ix_event_actors_code", "event_actors(actor_code, actor_date, event_id)"),
        new("ix_event_actors_event", "event_actors(event_id)"),
    ];

    /// <summary>The tables <see cref="QueryIndexes"/> index.</summary>
    public static readonly string[] IndexedTables = ["events", "event_actors"];

    /// <summary>The default sort is "date DESC NULLS LAST". SQLite sorts NULL lowest, so a backward scan of an
    /// ascending index already gives that order; PostgreSQL sorts NULL highest, so its indexes must be declared in the
    /// sort's own order or every page sorts all matching rows.</summary>
    public static string PostgresDefinition(string definition) => definition.Contains(" INCLUDE ", StringComparison.Ordinal) ? definition : definition
        .Replace("(date, id)", "(date DESC NULLS LAST, id DESC)", StringComparison.Ordinal)
        .Replace(", date, id)", ", date DESC NULLS LAST, id DESC)", StringComparison.Ordinal)
        .Replace(", actor_date, event_id)", ", actor_date DESC NULLS LAST, event_id DESC)", StringComparison.Ordinal)
        .Replace(", date)", ", date DESC NULLS LAST)", StringComparison.Ordinal)
        .Replace("(fatalities)", "(fatalities DESC NULLS LAST)", StringComparison.Ordinal);
}

/// <summary>A read index: built after a bulk load, re-created on open when missing. <paramref name="Backend"/> limits
/// it to one back end ("sqlite" or "postgres"); null means both.</summary>
public sealed record QueryIndex(string Name, string Definition, string? Backend = null);
