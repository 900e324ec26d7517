using System.Globalization;
using System.Text;

namespace Sitrep.Geo.Gazetteer;

/// <summary>Streams the standard 19-column GeoNames dump format (geonameid, name, asciiname, alternatenames, latitude,
/// longitude, feature class, feature code, country code, cc2, admin1..admin4, population, elevation, dem, timezone,
/// modification date). A malformed line is reported with its number and skipped, so one bad row never stops a
/// 12-million-line import.</summary>
public static class GeonamesDumpReader
{
    public const int ColumnCount = 19;

    public static IEnumerable<GeonamesRow> Read(string path, Action<int, string> onMalformed)
    {
        using var reader = new StreamReader(path, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, 1 << 16);
        foreach (var row in Read(reader, onMalformed))
        {
            yield return row;
        }
    }

    public static IEnumerable<GeonamesRow> Read(TextReader reader, Action<int, string> onMalformed)
    {
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var row = TryParse(line, out var problem);
            if (row is null)
            {
                onMalformed(lineNumber, problem!);
                continue;
            }
            yield return row;
        }
    }

    public static GeonamesRow? TryParse(string line, out string? problem)
    {
        var cols = line.Split('\t');
        if (cols.Length != ColumnCount)
        {
            problem = $"expected {ColumnCount} tab-separated columns, found {cols.Length}";
            return null;
        }
        if (!long.TryParse(cols[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            problem = $"geonameid '{Clip(cols[0])}' is not a number";
            return null;
        }
        if (!double.TryParse(cols[4], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) || lat is < -90 or > 90 ||
            !double.TryParse(cols[5], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon) || lon is < -180 or > 180)
        {
            problem = $"latitude/longitude '{Clip(cols[4])}', '{Clip(cols[5])}' are not valid coordinates";
            return null;
        }
        if (cols[1].Length == 0)
        {
            problem = "empty name";
            return null;
        }
        long population = 0;
        if (cols[14].Length > 0 && !long.TryParse(cols[14], NumberStyles.Integer, CultureInfo.InvariantCulture, out population))
        {
            problem = $"population '{Clip(cols[14])}' is not a number";
            return null;
        }
        problem = null;
        return new GeonamesRow(id, cols[1], cols[2], cols[3], lat, lon,
            cols[6].Length > 0 ? cols[6][0] : ' ', cols[7], cols[8], cols[10], cols[11], Math.Max(0, population));
    }

    private static string Clip(string s) => s.Length > 40 ? s[..40] + "…" : s;
}
