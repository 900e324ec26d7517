using System.Text;
using System.Text.Json;
using Parquet.Serialization;
using Sitrep.Store.Query;

namespace Sitrep.Store.Export;

/// <summary>Streams events to CSV (RFC 4180), GeoJSON (RFC 7946 FeatureCollection, WGS84 lon/lat), JSONL (one
/// reconciled event per line) or Parquet (row groups of <see cref="ParquetRowGroup"/>). Returns the number written.</summary>
public static class EventExporter
{
    public const int ParquetRowGroup = 50_000;

    private static readonly UTF8Encoding Utf8 = new(false);

    public static async Task<long> WriteAsync(IEnumerable<EventRow> events, ExportFormat format, Stream output, CancellationToken ct = default)
    {
        switch (format)
        {
            case ExportFormat.Csv: return await WriteCsvAsync(events, output, ct);
            case ExportFormat.GeoJson: return await WriteGeoJsonAsync(events, output, ct);
            case ExportFormat.Jsonl: return await WriteJsonlAsync(events, output, ct);
            default: return await WriteParquetAsync(events, output, ct);
        }
    }

    public static async Task<long> WriteCsvAsync(IEnumerable<EventRow> events, Stream output, CancellationToken ct)
    {
        await using var w = new StreamWriter(output, Utf8, 1 << 16, leaveOpen: true) { NewLine = "\r\n" };
        await w.WriteLineAsync(string.Join(',', FlatEvent.Columns));
        long n = 0;
        var line = new StringBuilder();
        foreach (var e in events)
        {
            ct.ThrowIfCancellationRequested();
            line.Clear();
            var values = FlatEvent.From(e).Values();
            for (var i = 0; i < values.Length; i++)
            {
                if (i > 0)
                {
                    line.Append(',');
                }
                AppendCsv(line, values[i]);
            }
            await w.WriteLineAsync(line);
            n++;
        }
        await w.FlushAsync(ct);
        return n;
    }

    private static void AppendCsv(StringBuilder sb, string? value)
    {
        if (value is null)
        {
            return;
        }
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            sb.Append(value);
            return;
        }
        sb.Append('"').Append(value.Replace("\"", "\"\"")).Append('"');
    }

    public static async Task<long> WriteGeoJsonAsync(IEnumerable<EventRow> events, Stream output, CancellationToken ct)
    {
        await using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = StoreJson.Options.Encoder });
        w.WriteStartObject();
        w.WriteString("type", "FeatureCollection");
        w.WriteStartArray("features");
        long n = 0;
        foreach (var e in events)
        {
            ct.ThrowIfCancellationRequested();
            var flat = FlatEvent.From(e);
            w.WriteStartObject();
            w.WriteString("type", "Feature");
            w.WriteString("id", e.Id);
            if (flat.latitude is { } lat && flat.longitude is { } lon)
            {
                w.WriteStartObject("geometry");
                w.WriteString("type", "Point");
                w.WriteStartArray("coordinates");
                w.WriteNumberValue(lon);
                w.WriteNumberValue(lat);
                w.WriteEndArray();
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull("geometry");
            }
            w.WriteStartObject("properties");
            var values = flat.Values();
            for (var i = 0; i < values.Length; i++)
            {
                if (FlatEvent.Columns[i] is "latitude" or "longitude")
                {
                    continue;
                }
                WriteTyped(w, FlatEvent.Columns[i], values[i]);
            }
            w.WriteEndObject();
            w.WriteEndObject();
            n++;
            if (w.BytesPending > 1 << 16)
            {
                await w.FlushAsync(ct);
            }
        }
        w.WriteEndArray();
        w.WriteEndObject();
        await w.FlushAsync(ct);
        return n;
    }

    private static readonly HashSet<string> NumericColumns =
    [
        "year", "time_precision", "geo_precision", "fatalities", "geonames_id", "fatalities_low", "fatalities_high",
        "injured", "displaced", "detained", "sources_count", "confidence",
    ];

    private static void WriteTyped(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else if (NumericColumns.Contains(name))
        {
            w.WritePropertyName(name);
            w.WriteRawValue(value);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    public static async Task<long> WriteJsonlAsync(IEnumerable<EventRow> events, Stream output, CancellationToken ct)
    {
        long n = 0;
        var buffer = new MemoryStream();
        await using var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = StoreJson.Options.Encoder });
        foreach (var e in events)
        {
            ct.ThrowIfCancellationRequested();
            w.Reset(buffer);
            StoreJson.Serialize(w, e);
            w.Flush();
            buffer.WriteByte((byte)'\n');
            n++;
            if (buffer.Length > 1 << 16)
            {
                buffer.Position = 0;
                await buffer.CopyToAsync(output, ct);
                buffer.SetLength(0);
            }
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(output, ct);
        await output.FlushAsync(ct);
        return n;
    }

    /// <summary>Parquet needs a seekable stream (it appends row groups and writes the footer last).</summary>
    public static async Task<long> WriteParquetAsync(IEnumerable<EventRow> events, Stream output, CancellationToken ct)
    {
        if (!output.CanSeek)
        {
            throw new ArgumentException("Parquet needs a file (a seekable stream), not a pipe", nameof(output));
        }
        long n = 0;
        var batch = new List<FlatEvent>(ParquetRowGroup);
        var first = true;
        async Task Flush()
        {
            await ParquetSerializer.SerializeAsync(batch, output, new Parquet.ParquetOptions { Append = !first }, null, ct);
            first = false;
            batch.Clear();
        }
        foreach (var e in events)
        {
            batch.Add(FlatEvent.From(e));
            n++;
            if (batch.Count == ParquetRowGroup)
            {
                await Flush();
            }
        }
        if (batch.Count > 0 || first)
        {
            await Flush();
        }
        return n;
    }
}
