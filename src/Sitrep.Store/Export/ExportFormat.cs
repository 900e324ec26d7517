using Sitrep.Core;

namespace Sitrep.Store.Export;

public enum ExportFormat
{
    Csv,
    GeoJson,
    Jsonl,
    Parquet,
}

public static class ExportFormats
{
    public const string Names = "csv, geojson, jsonl, parquet";

    public static bool TryParse(string? name, out ExportFormat format)
    {
        switch (name?.ToLowerInvariant())
        {
            case "csv": format = ExportFormat.Csv; return true;
            case "geojson": format = ExportFormat.GeoJson; return true;
            case "jsonl": format = ExportFormat.Jsonl; return true;
            case "parquet": format = ExportFormat.Parquet; return true;
            default: format = default; return false;
        }
    }

    public static ExportFormat Parse(string? name, string option) =>
        TryParse(name, out var f) ? f : throw new SitrepException($"{option}: '{name}' is not a format ({Names})");

    public static string ContentType(ExportFormat f) => f switch
    {
        ExportFormat.Csv => "text/csv; charset=utf-8",
        ExportFormat.GeoJson => "application/geo+json",
        ExportFormat.Jsonl => "application/x-ndjson",
        _ => "application/vnd.apache.parquet",
    };

    public static string Extension(ExportFormat f) => f switch
    {
        ExportFormat.Csv => "csv",
        ExportFormat.GeoJson => "geojson",
        ExportFormat.Jsonl => "jsonl",
        _ => "parquet",
    };
}
