using System.CommandLine;
using System.Globalization;
using Sitrep.Core;
using Sitrep.Store;
using Sitrep.Store.Export;
using Sitrep.Store.Query;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep export --format csv|geojson|jsonl|parquet [filters] [--out FILE]</c>.</summary>
public sealed class ExportCommand : ICliCommand
{
    public string? Parent => null;

    public Command Create()
    {
        var db = CommonOptions.Db();
        var format = new Option<string>("--format")
        {
            Description = "csv (ACLED column names), geojson (opens in QGIS), jsonl (one reconciled event per line), parquet (pandas, DuckDB).",
            DefaultValueFactory = _ => "csv",
        };
        format.AcceptOnlyFromAmong("csv", "geojson", "jsonl", "parquet");
        var output = new Option<string?>("--out") { Description = "File to write; standard output when absent (Parquet needs a file)." };
        var from = new Option<string?>("--from") { Description = "Events on or after this day (YYYY-MM-DD)." };
        var to = new Option<string?>("--to") { Description = "Events on or before this day (YYYY-MM-DD)." };
        var bbox = new Option<string?>("--bbox") { Description = "min_lon,min_lat,max_lon,max_lat." };
        var country = new Option<string?>("--country") { Description = "ISO 3166-1 alpha-2 code of the event's place (SY, IQ …)." };
        var cameo = new Option<string?>("--cameo") { Description = "CAMEO code or prefix (19 = fight)." };
        var plover = new Option<string?>("--plover") { Description = "PLOVER event type (ASSAULT, PROTEST …)." };
        var acled = new Option<string?>("--acled") { Description = "ACLED event type or sub-event type (\"Battles\")." };
        var actor = new Option<string?>("--actor") { Description = "Actor code prefix (SYRMIL) or words of its name." };
        var minFatalities = new Option<int?>("--min-fatalities") { Description = "At least this many killed (best estimate)." };
        var text = new Option<string?>("--q") { Description = "Words that must all occur in the event's text." };
        var command = new Command("export", "Write the stored (deduplicated) events as CSV, GeoJSON, JSONL or Parquet.")
        {
            db, format, output, from, to, bbox, country, cameo, plover, acled, actor, minFatalities, text,
        };
        command.SetAction(async (parse, ct) =>
        {
            var fmt = ExportFormats.Parse(parse.GetValue(format), "--format");
            var outPath = parse.GetValue(output);
            if (fmt == ExportFormat.Parquet && outPath is null)
            {
                throw new SitrepException("--format parquet needs --out FILE (Parquet is a binary file, not a stream)");
            }
            var query = new EventQuery
            {
                From = parse.GetValue(from) is { } f ? InputFiles.ParseDateOption(f, "--from") : null,
                To = parse.GetValue(to) is { } t ? InputFiles.ParseDateOption(t, "--to") : null,
                Bbox = parse.GetValue(bbox) is { } b ? ParseBbox(b) : null,
                Country = parse.GetValue(country),
                Cameo = parse.GetValue(cameo),
                Plover = parse.GetValue(plover),
                Acled = parse.GetValue(acled),
                Actor = parse.GetValue(actor),
                MinFatalities = parse.GetValue(minFatalities),
                Text = parse.GetValue(text),
                Sort = EventSort.DateAsc,
            };
            var dbValue = parse.GetValue(db);
            if (dbValue is null or "" && !File.Exists(EventStores.DefaultPath))
            {
                throw new SitrepException($"no store: {EventStores.DefaultPath} does not exist here (give --db FILE|postgres://…)");
            }
            if (dbValue is { Length: > 0 } && !EventStores.IsPostgres(dbValue) && !File.Exists(dbValue))
            {
                throw new SitrepException($"--db {dbValue}: no such file");
            }
            using var store = EventStores.OpenQueryable(dbValue);
            long n;
            if (outPath is null)
            {
                await using var stdout = Console.OpenStandardOutput();
                n = await EventExporter.WriteAsync(store.StreamEvents(query), fmt, stdout, ct);
            }
            else
            {
                var tmp = outPath + ".partial";
                try
                {
                    await using (var file = File.Create(tmp))
                    {
                        n = await EventExporter.WriteAsync(store.StreamEvents(query), fmt, file, ct);
                    }
                    File.Move(tmp, outPath, overwrite: true);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    File.Delete(tmp);
                    throw new SitrepException($"--out {outPath}: {e.Message}", e);
                }
            }
            Console.Error.WriteLine($"sitrep: exported {n} events ({ExportFormats.Extension(fmt)}){(outPath is null ? "" : " to " + outPath)}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static BoundingBox ParseBbox(string s)
    {
        var parts = s.Split(',');
        var v = new double[4];
        if (parts.Length != 4 || !parts.Select((p, i) => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out v[i])).All(ok => ok)
            || v[1] > v[3] || v[1] < -90 || v[3] > 90 || Math.Abs(v[0]) > 180 || Math.Abs(v[2]) > 180)
        {
            throw new SitrepException($"--bbox: '{s}' is not min_lon,min_lat,max_lon,max_lat (degrees)");
        }
        return new BoundingBox(v[0], v[1], v[2], v[3]);
    }
}
