using System.Data.Common;
using Npgsql;
using NpgsqlTypes;
using Sitrep.Core;

namespace Sitrep.Store.Sql;

/// <summary>Fills an empty PostgreSQL store from another store (typically a SQLite file that an ingest or a load
/// test already deduplicated) with binary COPY: tens of thousands of rows per second, where row-by-row saving pays a
/// loopback round trip per statement. The read indexes are built once at the end.</summary>
public static class PostgresBulkCopy
{
    /// <summary>Parents before children (reports reference articles and events).</summary>
    private static readonly string[] Tables = ["articles", "places", "events", "reports"];

    /// <returns>Rows copied per table, in <see cref="Tables"/> order.</returns>
    public static IReadOnlyList<(string Table, long Rows)> Run(SqlEventStore source, PostgresEventStore target)
    {
        using var from = source.OpenForCopy();
        using var to = (NpgsqlConnection)target.OpenForCopy();
        if (Db.Scalar(to, null, "SELECT 1 FROM articles LIMIT 1") is not null)
        {
            throw new SitrepException("bulk copy: the target PostgreSQL store is not empty");
        }
        foreach (var ix in Schema.QueryIndexes)
        {
            Db.Execute(to, null, $"DROP INDEX IF EXISTS {ix.Name}");
        }
        var copied = new List<(string, long)>();
        try
        {
            // One read transaction: every table from the same snapshot, even while the source is being written.
            using var snapshot = from.BeginTransaction();
            foreach (var table in Tables)
            {
                copied.Add((table, CopyTable(from, snapshot, to, table)));
            }
        }
        finally
        {
            if (to.State == System.Data.ConnectionState.Open) // a failed COPY breaks the connection: keep its error
            {
                target.FinishBulkLoad(to);
            }
        }
        return copied;
    }

    private static long CopyTable(DbConnection from, DbTransaction snapshot, NpgsqlConnection to, string table)
    {
        var columns = new List<(string Name, NpgsqlDbType Type)>();
        using (var cmd = new NpgsqlCommand(
                   "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = @t ORDER BY ordinal_position", to))
        {
            cmd.Parameters.AddWithValue("t", table);
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                columns.Add((r.GetString(0), r.GetString(1) switch
                {
                    "bigint" => NpgsqlDbType.Bigint,
                    "double precision" => NpgsqlDbType.Double,
                    _ => NpgsqlDbType.Text,
                }));
            }
        }
        var list = string.Join(", ", columns.Select(c => c.Name));
        using var read = Db.Command(from, snapshot, $"SELECT {list} FROM {table}");
        using var rows = read.ExecuteReader();
        using var importer = to.BeginBinaryImport($"COPY {table} ({list}) FROM STDIN (FORMAT BINARY)");
        importer.Timeout = TimeSpan.FromHours(1); // a million rows take longer than the 30 s command default
        long n = 0;
        while (rows.Read())
        {
            importer.StartRow();
            for (var i = 0; i < columns.Count; i++)
            {
                if (rows.IsDBNull(i))
                {
                    importer.WriteNull();
                    continue;
                }
                switch (columns[i].Type)
                {
                    case NpgsqlDbType.Bigint:
                        importer.Write(rows.GetInt64(i), NpgsqlDbType.Bigint);
                        break;
                    case NpgsqlDbType.Double:
                        importer.Write(rows.GetDouble(i), NpgsqlDbType.Double);
                        break;
                    default:
                        importer.Write(rows.GetString(i), NpgsqlDbType.Text);
                        break;
                }
            }
            n++;
        }
        importer.Complete();
        return n;
    }
}
