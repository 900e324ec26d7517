using System.Data.Common;
using Npgsql;
using Sitrep.Core;

namespace Sitrep.Store.Sql;

/// <summary>PostgreSQL back end for shared, multi-user deployments: <c>--db postgres://user:pw@host/db</c> or an
/// Npgsql connection string.</summary>
public sealed class PostgresEventStore : SqlEventStore
{
    private readonly NpgsqlDataSource _source;

    public PostgresEventStore(string db)
    {
        var connectionString = ToConnectionString(db);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        builder.MaxAutoPrepare = builder.MaxAutoPrepare == 0 ? 32 : builder.MaxAutoPrepare;
        Display = $"{builder.Host}:{builder.Port}/{builder.Database}";
        _source = NpgsqlDataSource.Create(builder.ConnectionString);
        try
        {
            Migrate();
        }
        catch (NpgsqlException e)
        {
            _source.Dispose();
            throw new SitrepException($"--db {Display}: cannot use the PostgreSQL database ({e.Message})", e);
        }
    }

    /// <summary>Host, port and database (never the password) for messages.</summary>
    public string Display { get; }

    public override string Backend => "postgres";

    protected override DbConnection OpenConnection() => _source.OpenConnection();

    /// <summary>postgres://user:password@host:port/database?sslmode=… → Npgsql keywords; anything else is passed on.</summary>
    public static string ToConnectionString(string db)
    {
        if (!db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) && !db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return db;
        }
        if (!Uri.TryCreate(db, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw new SitrepException("--db: not a valid postgres:// URL (postgres://user:password@host:5432/database)");
        }
        var b = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.Port > 0 ? uri.Port : 5432,
            Database = uri.AbsolutePath.Trim('/') is { Length: > 0 } d ? Uri.UnescapeDataString(d) : "sitrep",
        };
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            b.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2)
            {
                b.Password = Uri.UnescapeDataString(parts[1]);
            }
        }
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            if (kv.Length == 2)
            {
                b[Uri.UnescapeDataString(kv[0])] = Uri.UnescapeDataString(kv[1]);
            }
        }
        return b.ConnectionString;
    }

    protected override HashSet<string> ExistingIndexes(DbConnection c) =>
        Names(c, "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND tablename IN ('events', 'event_actors')");

    protected override string IndexDefinition(string definition) => Schema.PostgresDefinition(definition);

    protected override IEnumerable<string> BackendMigration(int version) => version == 3 ? Schema.PostgresMigration3 : [];

    protected override void Analyze(DbConnection c)
    {
        // VACUUM marks the freshly loaded pages all-visible, so the covering indexes answer index-only. One command
        // each: VACUUM cannot run inside the implicit transaction of a multi-statement batch.
        foreach (var table in Schema.IndexedTables)
        {
            using var cmd = Db.Command(c, null, $"VACUUM (ANALYZE) {table}");
            cmd.CommandTimeout = 0;
            cmd.ExecuteNonQuery();
        }
    }

    public override void Dispose()
    {
        _source.Dispose();
        base.Dispose();
    }
}
