using Npgsql;
using Sitrep.Store.Query;
using Sitrep.Store.Sql;
using Sitrep.Testing;

namespace Sitrep.Store.Tests;

/// <summary>Fresh, empty stores for one test: a SQLite file in /tmp, or a PostgreSQL schema of its own.</summary>
public static class TestStores
{
    public static IEventQueryStore Sqlite(out string path)
    {
        path = Path.Combine(Path.GetTempPath(), $"sitrep-test-{Guid.NewGuid():N}.db");
        return new SqliteEventStore(path);
    }

    /// <summary>The server tools/ci/start-postgres.sh starts; SITREP_TEST_PG overrides.</summary>
    public const string DefaultPg = "Host=127.0.0.1;Port=5432;Username=sitrep;Password=sitrep;Database=sitrep_test;Timeout=5";

    public static string PgConnectionString => Environment.GetEnvironmentVariable("SITREP_TEST_PG") is { Length: > 0 } s ? s : DefaultPg;

    /// <summary>A store in a new schema; skips the test when no server answers (fails with CI=true).</summary>
    public static IEventQueryStore Postgres(out Action cleanup)
    {
        var schema = "t_" + Guid.NewGuid().ToString("N")[..12];
        try
        {
            using var c = new NpgsqlConnection(PgConnectionString);
            c.Open();
            using var cmd = new NpgsqlCommand($"CREATE SCHEMA {schema}", c);
            cmd.ExecuteNonQuery();
        }
        catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
        {
            var reason = $"no PostgreSQL server reachable at SITREP_TEST_PG / {DefaultPg.Split(";Password")[0]} ({e.Message}); " +
                         "run tools/ci/start-postgres.sh";
            if (SharedData.InCi)
            {
                Assert.Fail(reason + " — CI=true, so this is a failure");
            }
            Assert.Skip(reason);
        }
        var builder = new NpgsqlConnectionStringBuilder(PgConnectionString) { SearchPath = schema };
        var store = new PostgresEventStore(builder.ConnectionString);
        cleanup = () =>
        {
            store.Dispose();
            using var c = new NpgsqlConnection(PgConnectionString);
            c.Open();
            using var cmd = new NpgsqlCommand($"DROP SCHEMA {schema} CASCADE", c);
            cmd.ExecuteNonQuery();
        };
        return store;
    }
}
