namespace Sitrep.Events.Classification;

/// <summary>Cue-word groups whose co-occurrence separates ACLED's confusable event types (Battles vs Violence against
/// civilians, Protests vs Riots). Single words are already features; what the perceptron cannot see alone is the
/// combination ("killed" with "civilians" but no clash word), so each note gets the pairwise conjunctions of its groups
/// and, for each group, whether a clash cue is absent.</summary>
public static class NoteCues
{
    /// <summary>Group 0 is the clash cue whose absence is a feature of its own.</summary>
    private static readonly (string Name, string Words)[] Groups =
    [
        ("clash", "clash clashed clashes clashing fighting fought fight exchanged crossfire engaged repelled repulsed battle"),
        ("civ", "civilian civilians villager villagers resident residents farmer farmers herder herders woman women man men boy girl child children trader worker student students teacher pupil"),
        ("harm", "killed kill killing shot murdered abducted kidnapped abduction kidnapping executed beheaded raped injured wounded assaulted beaten tortured"),
        ("armed", "militants militant gunmen jnim isgs al-shabaab shabaab taliban jihadists insurgents rebels militia militiamen armed assailants"),
        ("state", "soldiers military army forces police policemen gendarmerie gendarmes security troops officers"),
        ("attack", "attacked attack attacking ambushed ambush raided raid stormed"),
        ("violent", "violent violently vandalised vandalized stones stone looted burnt burned torched smashed destroyed barricaded blocked lynched mob rioted rioters"),
        ("calm", "peaceful peacefully gathered march marched sit-in petition demanded demand"),
        ("disperse", "dispersed teargas tear arrested"),
        ("protest", "protest protested protesters protestors demonstration demonstrated demonstrators rally"),
    ];

    private static readonly Dictionary<string, int> GroupOf = BuildIndex();

    private static Dictionary<string, int> BuildIndex()
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var g = 0; g < Groups.Length; g++)
        {
            foreach (var w in Groups[g].Words.Split(' ')) map[w] = g;
        }
        return map;
    }

    /// <summary>Adds "Q:a&amp;b" for each pair of cue groups the (lower-cased) words contain, and "Q:a&amp;noclash" for
    /// each group present without a clash cue.</summary>
    public static void Add(List<string> words, List<string> features)
    {
        Span<bool> present = stackalloc bool[Groups.Length];
        foreach (var w in words)
        {
            if (GroupOf.TryGetValue(w, out var g)) present[g] = true;
        }
        for (var a = 0; a < Groups.Length; a++)
        {
            if (!present[a]) continue;
            if (!present[0]) features.Add("Q:" + Groups[a].Name + "&noclash");
            for (var b = a + 1; b < Groups.Length; b++)
            {
                if (present[b]) features.Add("Q:" + Groups[a].Name + "&" + Groups[b].Name);
            }
        }
    }
}
