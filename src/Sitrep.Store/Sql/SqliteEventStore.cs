using System.Data.Common;
using Microsoft.Data.Sqlite;
using Sitrep.Core;

namespace Sitrep.Store.Sql;

/// <summary>The default back end: one SQLite file in WAL mode (readers never block the writer).</summary>
public sealed class SqliteEventStore : SqlEventStore
{
    private readonly string _connectionString;

    public SqliteEventStore(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        var dir = System.IO.Path.GetDirectoryName(Path);
        if (dir is not null && !Directory.Exists(dir))
        {
            throw new SitrepException($"--db {path}: the folder {dir} does not exist");
        }
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        try
        {
            using (var c = new SqliteConnection(_connectionString))
            {
                c.Open();
                // WAL is a property of the file: set once, every later connection sees it.
                Db.Execute(c, null, "PRAGMA journal_mode=WAL");
            }
            Migrate();
        }
        catch (SqliteException e)
        {
            throw new SitrepException($"--db {path}: cannot open the SQLite database ({e.Message})", e);
        }
    }

    public string Path { get; }

    public override string Backend => "sqlite";

    protected override DbConnection OpenConnection()
    {
        var c = new SqliteConnection(_connectionString);
        c.Open();
        // Per connection: WAL makes NORMAL durable across crashes except the last commits on power loss.
        using var cmd = c.CreateCommand();
        // mmap: pages are read in place instead of copied by pread; on a million events (a 2 GB file) the copies were
        // a quarter of the insert time once the indexes outgrew the page cache.
        cmd.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY; " +
                          "PRAGMA mmap_size=2147418112";
        cmd.ExecuteNonQuery();
        return c;
    }

    protected override HashSet<string> ExistingIndexes(DbConnection c) =>
        Names(c, "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('events', 'event_actors')");

    /// <summary>Sampled statistics (a few hundred rows per index): seconds, not minutes, on a million events.</summary>
    protected override void Analyze(DbConnection c) => Db.Execute(c, null, "PRAGMA analysis_limit=400; ANALYZE");

    public override void Dispose()
    {
        SqliteConnection.ClearAllPools();
        base.Dispose();
    }
}
