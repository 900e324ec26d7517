using Sitrep.Core.Storage;
using Sitrep.Store.Query;
using Sitrep.Store.Sql;

namespace Sitrep.Store;

/// <summary>Opens a store from what the user typed after --db: a SQLite file path (default sitrep.db)
/// or a PostgreSQL URL / connection string.</summary>
public static class EventStores
{
    public const string DefaultPath = "sitrep.db";

    public static IEventStore Open(string? db) => OpenQueryable(db);

    public static IEventQueryStore OpenQueryable(string? db)
    {
        if (string.IsNullOrWhiteSpace(db))
        {
            return new SqliteEventStore(DefaultPath);
        }
        return IsPostgres(db) ? new PostgresEventStore(db) : new SqliteEventStore(db);
    }

    /// <summary>Deletes a SQLite store's file together with its -wal and -shm companions (a stale write-ahead log
    /// left beside a new file would be replayed into it). Missing files are fine.</summary>
    public static void DeleteSqliteFiles(string path)
    {
        foreach (var suffix in SqliteSuffixes)
        {
            File.Delete(path + suffix);
        }
    }

    private static readonly string[] SqliteSuffixes = ["", "-wal", "-shm"];

    /// <summary>postgres:// URLs and Npgsql-style "Host=…" connection strings.</summary>
    public static bool IsPostgres(string db) =>
        db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) ||
        db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase) ||
        db.Contains("Host=", StringComparison.OrdinalIgnoreCase);
}
