using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Sitrep.Core;

namespace Sitrep.Geo.Evaluation;

public sealed record GoldToponym(int Start, int End, string Name, double? Lat, double? Lon, long? GeonamesId);

/// <param name="Url">The article's address (LGL url, GWN link): input metadata, not gold; its outlet's home is context.</param>
public sealed record GoldArticle(string Id, string Text, List<GoldToponym> Toponyms, string? Url = null);

/// <summary>Reads GeoWebNews (GWN.xml) and LGL (lgl.xml) gold as described in shared/data/geoparse/SOURCE.md:
/// offsets into the unescaped text; rows with negative offsets are skipped (known defect).</summary>
public static class GoldCorpus
{
    public static List<GoldArticle> ReadGwn(string path) => Read(path, gwn: true);

    public static List<GoldArticle> ReadLgl(string path) => Read(path, gwn: false);

    /// <summary>Either format, told apart by the article element's id attribute (GWN: file, LGL: docid).</summary>
    public static List<GoldArticle> ReadAny(string path)
    {
        using var reader = XmlReader.Create(path);
        while (reader.Read())
        {
            if (reader is { NodeType: XmlNodeType.Element, Name: "article" }) return Read(path, gwn: reader.GetAttribute("file") is not null);
        }
        return [];
    }

    private static List<GoldArticle> Read(string path, bool gwn)
    {
        if (!File.Exists(path)) throw new SitrepException($"gold file not found: {path}");
        XDocument xml;
        try
        {
            xml = XDocument.Load(path, LoadOptions.PreserveWhitespace);
        }
        catch (XmlException e)
        {
            throw new SitrepException($"{path}: not valid XML ({e.Message})");
        }
        var articles = new List<GoldArticle>();
        foreach (var a in xml.Root!.Elements("article"))
        {
            var text = a.Element("text")?.Value ?? "";
            var id = (string?)a.Attribute(gwn ? "file" : "docid") ?? articles.Count.ToString(CultureInfo.InvariantCulture);
            var toponyms = new List<GoldToponym>();
            foreach (var t in a.Element("toponyms")?.Elements("toponym") ?? [])
            {
                var start = Int(t.Element("start"));
                var end = Int(t.Element("end"));
                if (start is null || end is null || start < 0 || end > text.Length || end <= start) continue;
                if (gwn)
                {
                    var lat = Num(t.Element("latitude"));
                    var lon = Num(t.Element("longitude"));
                    if (lat is null || lon is null) continue; // demonyms, expressions, non-toponyms: nothing to map
                    toponyms.Add(new GoldToponym(start.Value, end.Value, text[start.Value..end.Value], lat, lon, Long(t.Element("geonamesID"))));
                }
                else
                {
                    var tag = t.Element("gaztag");
                    toponyms.Add(new GoldToponym(start.Value, end.Value, text[start.Value..end.Value],
                        Num(tag?.Element("lat")), Num(tag?.Element("lon")), tag is null ? null : Long(tag.Attribute("geonameid"))));
                }
            }
            var url = a.Element(gwn ? "link" : "url")?.Value.Trim();
            articles.Add(new GoldArticle(id, text, toponyms, string.IsNullOrEmpty(url) ? null : url));
        }
        return articles;
    }

    private static int? Int(XElement? e) => int.TryParse(e?.Value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;

    private static double? Num(XElement? e) => double.TryParse(e?.Value.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;

    private static long? Long(XObject? o)
    {
        var s = o switch { XElement e => e.Value, XAttribute a => a.Value, _ => null };
        return long.TryParse(s?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;
    }
}
