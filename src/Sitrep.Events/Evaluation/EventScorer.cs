using Sitrep.Core.Contract;

namespace Sitrep.Events.Evaluation;

/// <summary>Scores emitted events against <see cref="GoldEvent"/>s. An emitted event matches a gold one in the same
/// sentence with the same CAMEO root (or an accepted alternative) and compatible actors (each side empty, or sharing
/// a word); each gold event matches once, so a second match is a duplicate. Optional gold events count neither way.
/// Field accuracy is over every matched event.</summary>
public sealed class EventScorer
{
    private readonly Dictionary<string, (int Right, int Scored)> _fields = new(StringComparer.Ordinal);

    public int Required { get; private set; }
    public int RequiredFound { get; private set; }
    public int Emitted { get; private set; }
    public int OptionalMatched { get; private set; }
    public int Duplicates { get; private set; }
    public int Spurious { get; private set; }

    /// <summary>One line per emitted and missed event, for <c>--verbose</c>.</summary>
    public List<string> Log { get; } = [];

    public double Precision => Emitted - OptionalMatched == 0 ? 0 : (double)RequiredFound / (Emitted - OptionalMatched);
    public double Recall => Required == 0 ? 0 : (double)RequiredFound / Required;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public IEnumerable<(string Field, double Accuracy, int Scored)> Fields()
    {
        foreach (var (field, (right, scored)) in _fields.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            yield return (field, scored == 0 ? 0 : (double)right / scored, scored);
        }
    }

    public void Score(string name, string body, IReadOnlyList<EventRecord> events, IReadOnlyList<GoldEvent> gold)
    {
        var matched = new bool[gold.Count];
        var positions = new int[gold.Count];
        for (var g = 0; g < gold.Count; g++)
        {
            positions[g] = gold[g].Position(body);
            if (!gold[g].Optional) Required++;
            if (positions[g] < 0) Log.Add($"{name}: gold line {gold[g].Line} anchor not found in the cleaned body");
        }
        foreach (var e in events)
        {
            Emitted++;
            var best = -1;
            var duplicate = false;
            for (var g = 0; g < gold.Count; g++)
            {
                var p = positions[g];
                if (p < e.Sentence.Start || p >= e.Sentence.End || !gold[g].RootMatches(e.Cameo)) continue;
                if (!Compatible(gold[g].Actor1, e.Actor1) || !Compatible(gold[g].Actor2, e.Actor2)) continue;
                if (matched[g]) { duplicate = true; continue; }
                // the exact code first ("190" fighting and "192" capture share the root), then a required event
                if (best < 0 || Preference(gold[g], e) > Preference(gold[best], e)) best = g;
            }
            var text = Describe(e, body);
            if (best < 0)
            {
                if (duplicate) Duplicates++; else Spurious++;
                Log.Add($"{name}: {(duplicate ? "DUPLICATE" : "SPURIOUS ")} {text}");
                continue;
            }
            matched[best] = true;
            var gm = gold[best];
            if (gm.Optional) OptionalMatched++; else RequiredFound++;
            var wrong = Fields(gm, e);
            Log.Add($"{name}: {(gm.Optional ? "optional " : "MATCH    ")} {text}{(wrong.Count == 0 ? "" : "   wrong: " + string.Join(", ", wrong))}");
        }
        for (var g = 0; g < gold.Count; g++)
        {
            if (!matched[g] && !gold[g].Optional) Log.Add($"{name}: MISSED    gold line {gold[g].Line} {gold[g].Cameo} {gold[g].Actor1} -> {gold[g].Actor2}");
        }
    }

    private static int Preference(GoldEvent g, EventRecord e) => (g.CodeMatches(e.Cameo) ? 2 : 0) + (g.Optional ? 0 : 1);

    private List<string> Fields(GoldEvent g, EventRecord e)
    {
        var wrong = new List<string>();
        void Field(string name, bool right)
        {
            var (r, s) = _fields.GetValueOrDefault(name);
            _fields[name] = (r + (right ? 1 : 0), s + 1);
            if (!right) wrong.Add(name);
        }
        Field("cameo", g.CodeMatches(e.Cameo));
        Field("actor1", g.Actor1 is null ? e.Actor1 is null : e.Actor1 is not null && Compatible(g.Actor1, e.Actor1));
        Field("actor2", g.Actor2 is null ? e.Actor2 is null : e.Actor2 is not null && Compatible(g.Actor2, e.Actor2));
        if (g.Place is not null) Field("place", e.Location is { } l && (Contains(l.Name, g.Place) || Contains(l.Text, g.Place) || Contains(g.Place, l.Name)));
        if (g.DateFrom is { } from && g.DateTo is { } to) Field("date", e.Date is { } d && d >= from && d <= to);
        Field("killed", g.Killed == e.Fatalities?.Best);
        Field("injured", g.Injured == e.Injured?.Best);
        Field("displaced", g.Displaced == e.Displaced?.Best);
        Field("detained", g.Detained == e.Detained?.Best);
        return wrong;
    }

    private static bool Contains(string? a, string? b) =>
        a is { Length: > 0 } && b is { Length: > 0 } && a.Contains(b, StringComparison.OrdinalIgnoreCase);

    /// <summary>Either side empty, or the gold words (alternatives split by '|') and the emitted actor's text or name
    /// share a content word.</summary>
    public static bool Compatible(string? gold, ActorRecord? emitted)
    {
        if (gold is null || emitted is null) return true;
        // "protesters|demonstrators": alternative spans for one participant
        foreach (var word in Words(gold.Replace('|', ' ')))
        {
            foreach (var other in Words(emitted.Text + " " + emitted.Name))
            {
                if (string.Equals(word, other, StringComparison.OrdinalIgnoreCase)) return true;
            }
        }
        return false;
    }

    private static IEnumerable<string> Words(string text)
    {
        foreach (var raw in text.Split([' ', '(', ')', ',', '-', '\u2019', '\''], StringSplitOptions.RemoveEmptyEntries))
        {
            if (raw.Length < 2 || raw.ToLowerInvariant() is "the" or "and" or "for" or "its" or "their" or "of" or "a" or "an" or "to" or "in") continue;
            yield return raw.EndsWith('s') && raw.Length > 4 ? raw[..^1] : raw;
        }
    }

    private static string Describe(EventRecord e, string body)
    {
        var sentence = body[e.Sentence.Start..Math.Min(e.Sentence.End, e.Sentence.Start + 50)].ReplaceLineEndings(" ");
        static string Q(QuantityRecord? q, string tag) => q?.Best is { } b ? $" {tag}{b}" : "";
        return $"{e.Cameo} {e.Actor1?.Text ?? "-"} -> {e.Actor2?.Text ?? "-"} @{e.Location?.Name ?? "-"} {e.Date:yyyy-MM-dd}" +
               $"{Q(e.Fatalities, "k")}{Q(e.Injured, "i")}{Q(e.Displaced, "d")}{Q(e.Detained, "det")} | {sentence}";
    }
}
