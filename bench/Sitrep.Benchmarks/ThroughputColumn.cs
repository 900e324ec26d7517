using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Sitrep.Benchmarks;

/// <summary>A "units per second" column: the units one call processes divided by its mean time.
/// One class for every benchmark that reports throughput (tokens/s, pages/s …).</summary>
public sealed class ThroughputColumn(string columnName, string legend, Func<int> unitsPerCall) : IColumn
{
    private readonly Lazy<int> _units = new(unitsPerCall);

    public string Id => nameof(ThroughputColumn) + "." + columnName;
    public string ColumnName => columnName;
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => legend;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        return mean is > 0 ? (_units.Value / (mean.Value / 1e9)).ToString("N0", CultureInfo.InvariantCulture) : "n/a";
    }

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;
}
