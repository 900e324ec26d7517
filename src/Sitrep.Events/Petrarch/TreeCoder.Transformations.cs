using Sitrep.Events.Dictionaries;

namespace Sitrep.Events.Petrarch;

/// <summary>PETRARCH2's verb transformations ("~ a (b . ATTACK) SAY = a b 112" in CAMEO.2.0.txt): a verb that
/// governs a coded clause — "the US claimed that ISIL had attacked Iraq" — yields one event between the upper
/// source and an actor of the clause instead of two.</summary>
public sealed partial class TreeCoder
{
    private (TransformationEntry Rule, string Upper, string? Inner)[]? resolved;

    /// <summary>Clauses a transformation has coded already, so <see cref="Code"/> skips them (per call).</summary>
    private readonly HashSet<TreeNode> consumed = [];
    private string? statementCode;

    /// <summary>The rules with their verbs resolved to codes (the verb word's own code, as PETRARCH2 compares them).</summary>
    private (TransformationEntry Rule, string Upper, string? Inner)[] Rules()
    {
        if (resolved is not null) return resolved;
        var list = new List<(TransformationEntry, string, string?)>();
        foreach (var t in dictionary.Entries.Transformations)
        {
            var upper = BaseCode(t.UpperVerb);
            var inner = t.InnerVerb == "Q" ? null : BaseCode(t.InnerVerb);
            if (upper is null || (t.InnerVerb != "Q" && inner is null)) continue;
            list.Add((t, upper, inner));
        }
        statementCode = BaseCode("SAY");
        return resolved = [.. list];
    }

    private string? BaseCode(string verb)
    {
        var e = dictionary.Verbs.Exact(PetrarchReader.Words(verb));
        return e is null || e.Code.StartsWith("---", StringComparison.Ordinal) ? null : e.Code;
    }

    /// <summary>True when the dictionaries have transformations and <paramref name="code"/> is what "say" codes.</summary>
    private bool IsStatement(string code) => Rules().Length > 0 && code == statementCode;

    /// <summary>Codes the complement clause of <paramref name="verb"/> and applies the first matching rule to each of
    /// its events; true (and the clause is consumed) when some rule applied.</summary>
    /// <param name="code">the verb's own code: its block's, not a pattern's (patterns may have matched words of the
    /// very clause being transformed, "said they will attack" → SAY's "* ATTACK")</param>
    private bool Transform(TreeNode vp, TreeNode verb, string code, List<string> sources, string[] words, DateOnly? date, HashSet<(string, string, string)> result)
    {
        var rules = Rules();
        if (rules.Length == 0 || sources.Count == 0 || !Array.Exists(rules, r => r.Upper == code)) return false;
        if (Complement(vp, verb, sources, date) is not { } complement) return false;
        var (clause, innerVp, innerSources) = complement;
        var inner = new HashSet<(string Source, string Target, string Event)>();
        CodeVerbPhrase(innerVp, innerSources ?? sources, words, date, inner);
        var produced = new HashSet<(string, string, string)>();
        var applied = false;
        foreach (var e in inner)
        {
            var fired = false;
            foreach (var (rule, upper, innerCode) in rules)
            {
                if (upper != code || (innerCode is not null && innerCode != e.Event)) continue;
                var ownSubject = sources.Contains(e.Source);
                var matches = rule.InnerSource switch
                {
                    "a" => ownSubject,
                    "_" => innerSources is null,
                    _ => !ownSubject,
                };
                if (!matches) continue;
                var target = rule.OutTarget == rule.InnerSource && rule.InnerSource != "a" && rule.InnerSource != "_" ? e.Source : e.Target;
                var outCode = rule.OutCode == "Q" ? e.Event : rule.OutCode;
                foreach (var s in sources) if (s != target) produced.Add((s, target, outCode));
                fired = true;
                break;
            }
            // an event of the clause no rule applies to stays only when it is the upper subject's own: PETRARCH2
            // drops a nested event of another actor ("claimed that ISIL had attacked Iraq and taken Mosul")
            if (!fired && sources.Contains(e.Source)) produced.Add(e);
            applied |= fired;
        }
        if (!applied) return false;
        consumed.Add(clause);
        result.UnionWith(produced);
        return true;
    }

    /// <summary>The clause a verb governs: "claimed that ISIL had attacked" (SBAR → S with its own subject), "wants
    /// Putin to attack" (object + subject-less S: the object is the clause's subject) or "want to attack"
    /// (subject-less: null sources, the upper subject acts).</summary>
    private (TreeNode Clause, TreeNode Vp, List<string>? Sources)? Complement(TreeNode vp, TreeNode verb, List<string> upperSources, DateOnly? date)
    {
        var after = false;
        List<string>? objectActors = null;
        foreach (var c in vp.Children)
        {
            if (c == verb) { after = true; continue; }
            if (!after) continue;
            if (c.Label == "NP") { objectActors = Actors(c, date); continue; }
            var clause = c.Label == "SBAR" && !IsAdverbialClause(c) ? c.Children.Find(x => x.Label == "S") : c.Label == "S" ? c : null;
            if (clause is null) continue;
            var np = clause.Children.Find(x => x.Label == "NP");
            var innerVp = clause.Children.Find(x => x.Label == "VP");
            if (innerVp is null) continue;
            if (np is null) return (clause, innerVp, objectActors is { Count: > 0 } ? objectActors : null);
            var subject = Actors(np, date);
            // "Obama and Putin said they will attack Iraq": the pronoun is the upper subject
            if (subject.Count == 0 && IsPronoun(np)) return (clause, innerVp, upperSources);
            return (clause, innerVp, subject);
        }
        return null;
    }
}
