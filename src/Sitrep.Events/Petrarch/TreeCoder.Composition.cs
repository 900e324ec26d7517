using Sitrep.Events.Dictionaries;

namespace Sitrep.Events.Petrarch;

/// <summary>PETRARCH2's verb interaction: a coded verb that governs a coded clause gives one event whose code is
/// the two codes combined over the internal ontology (<see cref="CodeOntology"/>), and "not" negates what its
/// verb phrase governs.</summary>
public sealed partial class TreeCoder
{
    /// <summary>"wants to re-examine the refineries" (030 + 090 → 090), "is asking Obama to help Iran" (020 + 070
    /// → 023, the clause's own subject becomes the target). True (and the clause is consumed) when the complement
    /// gave an event that combines.</summary>
    /// <param name="code">the verb's code after its patterns; its own code (<paramref name="entry"/>) replaces it when
    /// the pattern matched words of the governed clause ("WANT * HELP" over "wants to help Israel")</param>
    /// <param name="upperTargets">the upper verb's own targets</param>
    private bool Compose(TreeNode vp, TreeNode verb, VerbEntry entry, string code, PatternRoles roles, List<string> sources, List<string> upperTargets, string[] words, DateOnly? date, HashSet<(string, string, string)> result)
    {
        if (Complement(vp, verb, sources, date) is not { } complement) return false;
        var (clause, innerVp, innerSources) = complement;
        if (roles.LastLeaf is { } last && last >= FirstIndex(clause))
        {
            if (entry.Code.StartsWith("---", StringComparison.Ordinal) || entry.Code.Length == 0) return false;
            code = entry.Code;
        }
        var ownSubject = innerSources is not null && !ReferenceEquals(innerSources, sources);
        var inner = new HashSet<(string Source, string Target, string Event)>();
        CodeVerbPhrase(innerVp, innerSources ?? sources, words, date, inner);
        var produced = new HashSet<(string, string, string)>();
        foreach (var e in inner)
        {
            // a clause with its own subject combines only through a basic action (PETRARCH2: lower code < 0x1000),
            // and its subject is the target: "asked Obama to help" is an appeal to Obama
            if (ownSubject && CodeOntology.ToPico(e.Event) is not (>= 0 and < 0x1000)) continue;
            // an event with no target of its own ("met with Assad to discuss efforts") leaves the upper verb to code
            // on its own; so do coordinated subjects coded with each other ("will meet in Zurich to discuss") when
            // the upper verb has a target ("are seeking to deepen a partnership" has none: they act on each other)
            if (e.Target == "---" || (!ownSubject && sources.Contains(e.Target) && upperTargets.Count > 0)) continue;
            if (CodeOntology.Combine(code, e.Event) is not { } combined) continue;
            var target = ownSubject ? e.Source : e.Target;
            foreach (var s in sources) if (s != target) produced.Add((s, target, combined));
        }
        if (produced.Count == 0) return false;
        consumed.Add(clause);
        result.UnionWith(produced);
        return true;
    }

    /// <summary>Leaf indexes that a matched pattern read before its verb (per call).</summary>
    private readonly HashSet<int> patternWords = [];

    /// <summary>"not" beside a VP, as PETRARCH2 reads it ("n't" is left to the dictionaries' patterns).</summary>
    private static TreeNode? Negation(TreeNode vp) =>
        vp.Children.Exists(c => c.Label == "VP") ? vp.Children.Find(c => c.IsLeaf && c.Word == "not") : null;

    /// <summary>Each event with its negated code; an event CAMEO has no negated form for is dropped ("did not attack").</summary>
    private void AddNegated(TreeNode negation, HashSet<(string Source, string Target, string Event)> events, HashSet<(string, string, string)> result)
    {
        // a pattern that matched the "not" ("WILL NOT * …") has coded the negation already
        if (patternWords.Contains(negation.Index)) { result.UnionWith(events); return; }
        foreach (var e in events)
        {
            if (CodeOntology.Negate(e.Event) is { } negated) result.Add((e.Source, e.Target, negated));
        }
    }
}
