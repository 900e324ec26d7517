using System.Text.Json;
using Sitrep.Core;

namespace Sitrep.Events.Evaluation;

/// <summary>One hand-annotated event of <c>samples/gold-events.jsonl</c>: the sentence (the first one holding
/// <see cref="Anchor"/>, or the one holding character <see cref="At"/> of the cleaned body), the CAMEO code (and
/// other acceptable readings), the actors' words, place, date or date range, and the counts. A count left out
/// means the text gives none; an optional event (a restatement, a background event) is neither required nor wrong.</summary>
public sealed record GoldEvent
{
    public required string Article { get; init; }
    public DateOnly? Published { get; init; }
    public string? Anchor { get; init; }
    public int? At { get; init; }
    public required string Cameo { get; init; }
    public IReadOnlyList<string> Alt { get; init; } = [];
    public string? Actor1 { get; init; }
    public string? Actor2 { get; init; }
    public string? Place { get; init; }
    public DateOnly? DateFrom { get; init; }
    public DateOnly? DateTo { get; init; }
    public int? Killed { get; init; }
    public int? Injured { get; init; }
    public int? Displaced { get; init; }
    public int? Detained { get; init; }
    public bool Optional { get; init; }
    public int Line { get; init; }

    /// <summary>The gold lines of <paramref name="path"/>; a bad line is a one-line error naming it.</summary>
    public static List<GoldEvent> Read(string path)
    {
        if (!File.Exists(path)) throw new SitrepException($"gold file not found: {path}");
        var list = new List<GoldEvent>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                list.Add(Parse(line, number));
            }
            catch (Exception e) when (e is JsonException or FormatException or KeyNotFoundException or InvalidOperationException)
            {
                throw new SitrepException($"{path}:{number}: not a gold event ({e.Message})");
            }
        }
        return list;
    }

    private static GoldEvent Parse(string line, int number)
    {
        using var json = JsonDocument.Parse(line);
        var r = json.RootElement;
        string? S(string name) => r.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        int? I(string name) => r.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;
        DateOnly? D(string name) => S(name) is { } s ? DateOnly.ParseExact(s, "yyyy-MM-dd") : null;
        var alt = new List<string>();
        if (r.TryGetProperty("alt", out var a)) foreach (var x in a.EnumerateArray()) alt.Add(x.GetString() ?? "");
        var date = D("date");
        var e = new GoldEvent
        {
            Article = S("article") ?? throw new FormatException("no \"article\""),
            Published = D("published"),
            Anchor = S("anchor"),
            At = I("at"),
            Cameo = S("cameo") ?? throw new FormatException("no \"cameo\""),
            Alt = alt,
            Actor1 = S("actor1"),
            Actor2 = S("actor2"),
            Place = S("place"),
            DateFrom = date ?? D("date_from"),
            DateTo = date ?? D("date_to"),
            Killed = I("killed"),
            Injured = I("injured"),
            Displaced = I("displaced"),
            Detained = I("detained"),
            Optional = r.TryGetProperty("optional", out var o) && o.ValueKind == JsonValueKind.True,
            Line = number,
        };
        if (e.Anchor is null && e.At is null) throw new FormatException("give \"anchor\" or \"at\"");
        return e;
    }

    /// <summary>Character offset of the gold sentence in <paramref name="body"/>, or -1 when the anchor is absent.</summary>
    public int Position(string body) => At ?? body.IndexOf(Anchor!, StringComparison.Ordinal);

    /// <summary>The CAMEO root (two digits) of the gold code or of an acceptable alternative.</summary>
    public bool RootMatches(string cameo)
    {
        if (cameo.Length < 2) return false;
        if (string.CompareOrdinal(cameo, 0, Cameo, 0, 2) == 0) return true;
        foreach (var a in Alt)
        {
            if (string.CompareOrdinal(cameo, 0, a, 0, 2) == 0) return true;
        }
        return false;
    }

    public bool CodeMatches(string cameo) => cameo == Cameo || Alt.Contains(cameo);
}
