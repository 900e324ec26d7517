using System.Globalization;
using System.Text.RegularExpressions;
using Sitrep.Core;

namespace Sitrep.Events.Evaluation;

/// <summary>A PETRARCH validation record: its text, date and expected (source, target, event) triples.</summary>
public sealed record CameoRecord(string Id, DateOnly? Date, string Text, List<(string Source, string Target, string Event)> Expected, bool NoEvents, bool Error)
{
    /// <summary>The record's &lt;Parse&gt;: a Penn-Treebank tree (unit-test records) or CoNLL-U (GSR); null when absent.</summary>
    public string? Parse { get; init; }

    /// <summary>True when <see cref="Parse"/> is a bracketed constituency tree.</summary>
    public bool HasTreebankParse => Parse is { } p && p.TrimStart().StartsWith('(');

    /// <summary>True when <see cref="Parse"/> is CoNLL-U: tab-separated token lines whose first field is a number.</summary>
    public bool HasConllParse => Parse is { } p && !HasTreebankParse && p.TrimStart().Length > 0 && char.IsAsciiDigit(p.TrimStart()[0]) && p.Contains('\t');
}

/// <summary>Reads PETRARCH validation XML (unit-test records, and the UniversalPetrarch GSR whose &lt;Sentence/&gt; is
/// self-closing and whose header comment is not well-formed XML) leniently, with regular expressions.</summary>
public static partial class CameoRecords
{
    [GeneratedRegex(@"<Sentence\b([^>]*?)(/?)>", RegexOptions.Singleline)]
    private static partial Regex SentenceTag();

    [GeneratedRegex(@"<EventCoding\b([^>]*?)/?>", RegexOptions.Singleline)]
    private static partial Regex CodingTag();

    [GeneratedRegex(@"<Text>(.*?)</Text>", RegexOptions.Singleline)]
    private static partial Regex TextTag();

    [GeneratedRegex(@"<Parse>(.*?)</Parse>", RegexOptions.Singleline)]
    private static partial Regex ParseTag();

    [GeneratedRegex(@"(\w+)\s*=\s*""([^""]*)""")]
    private static partial Regex Attribute();

    public static List<CameoRecord> Read(string path)
    {
        if (!File.Exists(path)) throw new SitrepException($"{path}: no such file");
        var xml = File.ReadAllText(path);
        var start = xml.IndexOf("<Sentences>", StringComparison.Ordinal);
        if (start < 0) throw new SitrepException($"{path}: not a PETRARCH validation file (no <Sentences>)");
        var tags = SentenceTag().Matches(xml, start).ToList();
        var records = new List<CameoRecord>();
        for (var i = 0; i < tags.Count; i++)
        {
            var from = tags[i].Index + tags[i].Length;
            var to = i + 1 < tags.Count ? tags[i + 1].Index : xml.Length;
            var block = xml[from..to];
            var attrs = Attrs(tags[i].Groups[1].Value);
            var text = TextTag().Match(block);
            if (!text.Success) continue;
            var expected = new List<(string, string, string)>();
            var noEvents = false;
            var error = false;
            foreach (Match c in CodingTag().Matches(block))
            {
                var a = Attrs(c.Groups[1].Value);
                if (a.TryGetValue("noevents", out var ne) && ne.Equals("true", StringComparison.OrdinalIgnoreCase)) noEvents = true;
                else if (a.ContainsKey("error")) error = true;
                else if (a.TryGetValue("eventcode", out var ev)) expected.Add((a.GetValueOrDefault("sourcecode", ""), a.GetValueOrDefault("targetcode", ""), ev));
            }
            DateOnly? date = attrs.TryGetValue("date", out var d) ? ParseDate(d) : null;
            var parseTag = ParseTag().Match(block);
            records.Add(new CameoRecord(attrs.GetValueOrDefault("id", $"#{i}"), date, System.Net.WebUtility.HtmlDecode(text.Groups[1].Value).Trim(), expected, noEvents, error)
            {
                Parse = parseTag.Success ? System.Net.WebUtility.HtmlDecode(parseTag.Groups[1].Value) : null,
            });
        }
        return records;
    }

    /// <summary>YYYYMMDD, or TABARI's YYMMDD (one GSR record writes "121108").</summary>
    public static DateOnly? ParseDate(string s)
    {
        foreach (var format in (string[])["yyyyMMdd", "yyMMdd"])
        {
            if (s.Length == format.Length && DateOnly.TryParseExact(s, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        }
        return null;
    }

    private static Dictionary<string, string> Attrs(string s)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match m in Attribute().Matches(s)) map[m.Groups[1].Value] = m.Groups[2].Value;
        return map;
    }
}
