using System.Globalization;
using System.Text;
using Sitrep.Core;

namespace Sitrep.Events.Evaluation;

/// <summary>One ACLED row as the evaluation needs it.</summary>
public sealed record AcledRow(int Index, string Notes, DateOnly Date, string EventType, string SubEventType, string Inter1,
    int Fatalities, double? Latitude, double? Longitude, string Location, string Country);

/// <summary>Reads ACLED CSV exports (current format: event_type, sub_event_type, notes …; dates as 9-May-20,
/// 31-12-19 or 13 November 2020). A directory reads every *.csv in it, in name order.</summary>
public static class AcledCsv
{
    public static List<AcledRow> Read(string path)
    {
        var files = Directory.Exists(path)
            ? Directory.GetFiles(path, "*.csv").OrderBy(f => f, StringComparer.Ordinal).ToArray()
            : File.Exists(path) ? [path] : throw new SitrepException($"{path}: no such file or directory");
        var rows = new List<AcledRow>();
        foreach (var file in files)
        {
            using var reader = new StreamReader(file, Encoding.UTF8);
            var header = ReadRecord(reader) ?? throw new SitrepException($"{file}: empty CSV");
            var col = header.Select((h, i) => (h.Trim().ToLowerInvariant(), i)).GroupBy(x => x.Item1).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
            foreach (var need in new[] { "notes", "event_date", "event_type", "sub_event_type" })
            {
                if (!col.ContainsKey(need)) throw new SitrepException($"{file}: not an ACLED CSV (no '{need}' column; the legacy format without sub_event_type is not supported)");
            }
            string Get(string[] r, string name) => col.TryGetValue(name, out var i) && i < r.Length ? r[i] : "";
            var line = 0;
            while (ReadRecord(reader) is { } r)
            {
                line++;
                var notes = Get(r, "notes");
                if (string.IsNullOrWhiteSpace(notes) || !TryDate(Get(r, "event_date"), out var date)) continue;
                rows.Add(new AcledRow(rows.Count, notes, date, Get(r, "event_type"), Get(r, "sub_event_type"), Get(r, "inter1"),
                    int.TryParse(Get(r, "fatalities"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var f) ? f : 0,
                    Double(Get(r, "latitude")), Double(Get(r, "longitude")), Get(r, "location"), Get(r, "country")));
            }
        }
        return rows;
    }

    private static double? Double(string s) => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;

    private static readonly string[] Formats = ["d-MMM-yy", "dd-MMM-yy", "dd-MM-yy", "d-M-yy", "d MMMM yyyy", "dd MMMM yyyy", "yyyy-MM-dd", "d/M/yyyy", "M/d/yyyy"];

    public static bool TryDate(string s, out DateOnly date) =>
        DateOnly.TryParseExact(s.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>RFC 4180 record (quoted fields may hold commas, quotes and newlines).</summary>
    public static string[]? ReadRecord(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        var any = false;
        while (true)
        {
            var c = reader.Read();
            if (c < 0)
            {
                if (!any) return null;
                fields.Add(field.ToString());
                return [.. fields];
            }
            any = true;
            var ch = (char)c;
            if (inQuotes)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"') { reader.Read(); field.Append('"'); }
                    else inQuotes = false;
                }
                else field.Append(ch);
            }
            else if (ch == '"') inQuotes = true;
            else if (ch == ',') { fields.Add(field.ToString()); field.Clear(); }
            else if (ch == '\n')
            {
                fields.Add(field.ToString());
                return [.. fields];
            }
            else if (ch != '\r') field.Append(ch);
        }
    }
}
