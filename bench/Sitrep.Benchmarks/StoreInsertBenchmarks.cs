using BenchmarkDotNet.Attributes;
using Sitrep.Core.Contract;
using Sitrep.Store;
using Sitrep.Store.Dedup.Eval;
using Sitrep.Store.Sql;

namespace Sitrep.Benchmarks;

/// <summary>SQLite insert throughput with dedup on: 10,000 synthetic events (2,000 articles) into a fresh file.
/// Events/s = 10,000 / Mean. The end-to-end figure over 1M events and the API latency come from
/// <c>sitrep eval store-load</c>.</summary>
[MemoryDiagnoser]
public class StoreInsertBenchmarks
{
    private const int Events = 10_000;
    private List<SitrepRecord> _records = [];
    private string _path = "";

    [GlobalSetup]
    public void Setup() => _records = SyntheticEvents.Generate(Events).ToList();

    [IterationSetup]
    public void Fresh()
    {
        _path = Path.Combine(Path.GetTempPath(), $"sitrep-bench-{Guid.NewGuid():N}.db");
    }

    [Benchmark(Description = "SQLite SaveMany 10k events")]
    public int InsertTenThousand()
    {
        using var store = new SqliteEventStore(_path);
        return store.SaveMany(_records).NewEvents;
    }

    [IterationCleanup]
    public void Cleanup()
    {
        EventStores.DeleteSqliteFiles(_path);
    }
}
