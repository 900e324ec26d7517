using Sitrep.Events.Dictionaries;

namespace Sitrep.Events.Petrarch;

/// <summary>Codes (source, target, CAMEO event) triples from a constituency parse, after PETRARCH2's approach
/// (openeventdata/petrarch2, PETRtree.py, MIT; re-written here, simplified): each clause's subject NP gives the source
/// actors, the head verb of its VP chain (auxiliaries and "to"-complements are followed down) gives the verb block and
/// code, the verb's patterns are matched against the words around the verb, and the object NP (else a PP's NP) gives
/// the target. Passive "by" phrases swap roles; coordinated NPs and VPs multiply the triples; discards drop the sentence.
/// One instance codes one sentence at a time (it keeps per-call state); use one per thread.</summary>
public sealed partial class TreeCoder(CameoDictionary dictionary)
{
    private static readonly string[] Auxiliaries = ["is", "are", "was", "were", "be", "been", "being", "am", "'s", "has", "have", "had", "having", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "to"];
    private static readonly string[] BeForms = ["is", "are", "was", "were", "be", "been", "being", "am", "'s", "get", "got", "gets"];
    private static readonly string[] NotInNp = ["SBAR", "VP", "S", "PP", "RRC"];

    /// <param name="sentence">the sentence's words by leaf index, when the tree leaves some out (trees rebuilt
    /// from a dependency parse); else the tree's leaves.</param>
    public HashSet<(string Source, string Target, string Event)> Code(TreeNode root, DateOnly? date, string[]? sentence = null)
    {
        var result = new HashSet<(string, string, string)>();
        var words = sentence ?? LeafWords(root);
        consumed.Clear();
        patternWords.Clear();
        if (Discarded(words)) return result;
        var clauses = new List<TreeNode>();
        foreach (var label in (string[])["S", "SINV", "SQ"]) root.CollectNodes(label, clauses);
        clauses.Sort((a, b) => FirstIndex(a).CompareTo(FirstIndex(b)));
        var previous = new List<string>();
        foreach (var s in clauses)
        {
            if (consumed.Contains(s)) continue;
            TreeNode? subject = null;
            foreach (var c in s.Children)
            {
                if (c.Label == "NP" && subject is null) subject = c;
                else if (c.Label == "VP" && subject is not null)
                {
                    var sources = Actors(subject, date);
                    // "Ethiopia indicated it would act": a pronoun subject is the previous clause's actor
                    if (sources.Count == 0 && IsPronoun(subject)) sources = previous;
                    if (sources.Count > 0) previous = sources;
                    CodeVerbPhrase(c, sources, words, date, result);
                }
            }
        }
        return result;
    }

    private static string[] LeafWords(TreeNode root)
    {
        var leaves = new List<TreeNode>();
        root.CollectLeaves(leaves);
        var words = new string[leaves.Count];
        for (var i = 0; i < words.Length; i++) words[i] = leaves[i].Word!;
        return words;
    }

    private static readonly string[] Subordinators = ["after", "before", "when", "while", "since", "because", "as", "if", "until", "although", "though", "unless", "once"];

    /// <summary>"after a hafling was reported …" is circumstance, not the verb's complement.</summary>
    private static bool IsAdverbialClause(TreeNode sbar)
    {
        foreach (var c in sbar.Children)
        {
            if (c.IsLeaf) return Subordinators.Contains(c.Word!);
            if (c.Label != "S") return false;
        }
        return false;
    }

    private static int FirstIndex(TreeNode n) => n.IsLeaf ? n.Index : n.Children.Count == 0 ? int.MaxValue : FirstIndex(n.Children[0]);

    private static bool IsPronoun(TreeNode np) => np.Children.Count == 1 && np.Children[0].Label == "PRP";

    private static readonly string[] Locatives = ["in", "at", "near", "during", "inside", "outside", "across", "throughout"];

    private bool Discarded(string[] words)
    {
        foreach (var d in dictionary.Entries.Discards)
        {
            for (var i = 0; i + d.Words.Length <= words.Length; i++)
            {
                if (SameAt(words, i, d.Words)) return true;
            }
        }
        return false;
    }

    private static bool SameAt(string[] words, int at, string[] phrase)
    {
        for (var k = 0; k < phrase.Length; k++) if (words[at + k] != phrase[k]) return false;
        return true;
    }

    private void CodeVerbPhrase(TreeNode vp, List<string> sources, string[] words, DateOnly? date, HashSet<(string, string, string)> result)
    {
        // coordinated VPs share the subject
        var hasCc = vp.Children.Exists(c => c.Label == "CC");
        var subVps = vp.Children.FindAll(c => c.Label == "VP");
        if (hasCc && subVps.Count > 1)
        {
            foreach (var v in subVps) CodeVerbPhrase(v, sources, words, date, result);
            return;
        }
        var verb = vp.Children.Find(c => c.IsVerbTag);
        VerbEntry? entry = null;
        if (verb is not null)
        {
            var prt = vp.Children.Find(c => c.Label == "PRT");
            if (prt is not null)
            {
                var pl = new List<TreeNode>();
                prt.CollectLeaves(pl);
                entry = dictionary.Verbs.Exact([verb.Word!, .. pl.ConvertAll(l => l.Word!)]);
            }
            entry ??= dictionary.Verbs.Exact([verb.Word!]);
        }
        var auxiliary = verb is not null && Auxiliaries.Contains(verb.Word!);
        if (verb is null || entry is null || auxiliary)
        {
            var passive = verb is not null && BeForms.Contains(verb.Word!);
            // "would not provide support": what the VP governs is coded, then negated
            var negation = Negation(vp);
            var into = negation is null ? result : new HashSet<(string, string, string)>();
            foreach (var c in vp.Children)
            {
                if (c.Label == "VP")
                {
                    if (passive && IsPassive(c)) CodePassive(c, sources, words, date, into);
                    else CodeVerbPhrase(c, sources, words, date, into);
                }
                else if (c.Label == "S" && !c.Children.Exists(x => x.Label == "NP"))
                {
                    foreach (var v in c.Children.FindAll(x => x.Label == "VP")) CodeVerbPhrase(v, sources, words, date, into);
                }
                else if (c.Label == "S")
                {
                    // "is inching (S (SBAR nearer (S to accord with Gondor)) , a senior official said)": the
                    // subject-less clause under the SBAR is still this subject's
                    foreach (var sbar in c.Children)
                    {
                        if (sbar.Label != "SBAR" || IsAdverbialClause(sbar)) continue;
                        foreach (var inner in sbar.Children)
                        {
                            if (inner.Label != "S" || inner.Children.Exists(x => x.Label == "NP")) continue;
                            foreach (var v in inner.Children.FindAll(x => x.Label == "VP")) CodeVerbPhrase(v, sources, words, date, into);
                        }
                    }
                }
            }
            if (negation is not null) AddNegated(negation, into, result);
            return;
        }
        var targets = Targets(vp, verb!, date);
        var (code, reverse) = VerbCode(entry, verb!, vp, words, sources.Count > 1, targets.Count > 1);
        var roles = lastRoles;
        if (Transform(vp, verb!, entry.Code, sources, words, date, result)) return;
        if (code is not null && !IsStatement(code) && Compose(vp, verb!, entry, code, roles, sources, targets, words, date, result)) return;
        if (code is null && reverse is null)
        {
            // "---" verbs (e.g. "said", "tried") pass their subject to a subject-less complement clause
            foreach (var c in vp.Children)
            {
                if (c.Label == "S" && !c.Children.Exists(x => x.Label == "NP"))
                {
                    foreach (var v in c.Children.FindAll(x => x.Label == "VP")) CodeVerbPhrase(v, sources, words, date, result);
                }
            }
            return;
        }
        // with PETRARCH2's transformations, a statement is coded through what it says, never as 010 on its own
        if (code is not null && (IsStatement(code) || IsStatement(entry.Code))) code = null;
        if (roles.Marked && code is not null)
        {
            // the pattern's '$' (source) and '+' (target) markers place the actors: "+ * FROM $" = from X to the subject
            var source = roles.SourceAt is { } sa ? ActorsFrom(vp, sa, date) : roles.SubjectIsTarget ? null : sources;
            var target = roles.TargetAt is { } ta ? ActorsFrom(vp, ta, date) : roles.SubjectIsTarget ? sources : targets;
            if (source is { Count: > 0 } && target is not null) { Emit(source, target, code, reverse, result); return; }
        }
        Emit(sources, targets, code, reverse, result);
    }

    /// <summary>Where a matched pattern's role markers fell: after-verb leaf indexes for '$'/'+', and whether a '+'
    /// stood before the verb (the subject is the target).</summary>
    private readonly record struct PatternRoles(int? SourceAt, int? TargetAt, bool SubjectIsTarget)
    {
        /// <summary>The last leaf the pattern matched after the verb, null when it matched none there.</summary>
        public int? LastLeaf { get; init; }

        public bool Marked => SourceAt is not null || TargetAt is not null || SubjectIsTarget;
    }

    private PatternRoles lastRoles;

    /// <summary>The actors of the first NP in <paramref name="vp"/> that starts at or after leaf <paramref name="index"/>.</summary>
    private List<string>? ActorsFrom(TreeNode vp, int index, DateOnly? date)
    {
        var nps = new List<TreeNode>();
        vp.CollectNodes("NP", nps);
        TreeNode? best = null;
        var bestStart = int.MaxValue;
        foreach (var np in nps)
        {
            var start = FirstIndex(np);
            if (start < index || start >= bestStart) continue;
            if (Actors(np, date).Count == 0) continue;
            best = np; bestStart = start;
        }
        return best is null ? null : Actors(best, date);
    }

    private static bool IsPassive(TreeNode vp)
    {
        var v = vp.Children.Find(c => c.IsVerbTag);
        return v is not null && v.Label == "VBN";
    }

    private void CodePassive(TreeNode vp, List<string> subjectActors, string[] words, DateOnly? date, HashSet<(string, string, string)> result)
    {
        var verb = vp.Children.Find(c => c.IsVerbTag)!;
        var entry = dictionary.Verbs.Exact([verb.Word!]);
        var (code, reverse) = entry is null ? (null, null) : VerbCode(entry, verb, vp, words, subjectActors.Count > 1, false);
        if (code is null && reverse is null)
        {
            // "was seen to break into …": an uncoded passive passes its subject on
            CodeVerbPhrase(vp, subjectActors, words, date, result);
            return;
        }
        var agents = PassiveAgents(vp, "by", date);
        // "a mortar bomb was fired at it from the Gaza Strip": PETRARCH2 takes the source from a "from" phrase too
        if (agents.Count == 0) agents = PassiveAgents(vp, "from", date);
        if (agents.Count == 0) agents = PassiveAgents(vp, "in", date);
        // no agent ("the Philippines was criticized over … with Eriador"): PETRARCH keeps the subject as source
        if (agents.Count == 0) Emit(subjectActors, Targets(vp, verb, date), code, reverse, result);
        else Emit(agents, subjectActors, code, reverse, result);
    }

    private List<string> PassiveAgents(TreeNode vp, string preposition, DateOnly? date)
    {
        var agents = new List<string>();
        // "was opposed earlier by Osgiliath" parses the "by" phrase inside the ADVP
        foreach (var holder in vp.Children.FindAll(c => c.Label is "PP" or "ADVP").ConvertAll(c => c.Label == "PP" ? [c] : c.Children.FindAll(x => x.Label == "PP")))
        {
            foreach (var c in holder)
            {
                var prep = c.Children.Find(x => x.IsLeaf);
                var np = c.Children.Find(x => x.Label == "NP");
                if (prep?.Word == preposition && np is not null) agents.AddRange(Actors(np, date));
            }
        }
        return agents;
    }

    /// <param name="code">source → target event, null for none</param>
    /// <param name="reverse">target → source event of a "[032:033]" code, null for none</param>
    private static void Emit(List<string> sources, List<string> targets, string? code, string? reverse, HashSet<(string, string, string)> result)
    {
        if (reverse is not null)
        {
            foreach (var s in sources)
            {
                foreach (var t in targets)
                {
                    if (s != t && t != "---") result.Add((t, s, reverse));
                }
            }
        }
        if (code is null || sources.Count == 0) return;
        // "Gondor and Osgiliath delayed their meeting": coordinated subjects act on each other
        if (targets.Count == 0)
        {
            // an unnamed agent with no target ("a senior official said") is not coded
            if (sources.Count == 1 && sources[0].StartsWith("---", StringComparison.Ordinal)) return;
            targets = sources.Count > 1 ? sources : ["---"];
        }
        foreach (var s in sources)
        {
            foreach (var t in targets)
            {
                if (s != t) result.Add((s, t, code));
            }
        }
    }

    private List<string> Targets(TreeNode vp, TreeNode verb, DateOnly? date)
    {
        var after = false;
        var locative = false;
        var fromPp = new List<string>();
        List<string>? agentOnly = null;
        foreach (var c in vp.Children)
        {
            if (c == verb) { after = true; continue; }
            if (!after) continue;
            if (c.Label == "NP")
            {
                var a = Actors(c, date, skipPlaces: true);
                // "conducting military exercises in Alaska", "received ministers from the Georgian government": an
                // object naming only an agent gives way to a later phrase that names an actor
                if (a.Count > 0 && !IsAgentOnly(a)) return a;
                if (a.Count > 0) { agentOnly ??= a; continue; }
                // "welcomed memos sent by Bree": the agent of a participle inside the object
                if (ParticipleAgent(c, date) is { Count: > 0 } agent) return agent;
                // "license in Michel Delving": a place inside the object is the target unless a later PP names one
                if (fromPp.Count == 0 && Actors(c, date) is { Count: > 0 } place) { fromPp = place; locative = true; }
            }
            else if (c.Label == "PP" && (fromPp.Count == 0 || locative))
            {
                // "celebrated Eid at Osgiliath with Gondor": a "with" PP beats a place
                var np = c.Children.Find(x => x.Label == "NP");
                var prep = c.Children.Find(x => x.IsLeaf);
                var isPlace = prep is not null && Locatives.Contains(prep.Word!);
                if (np is null || (isPlace && fromPp.Count > 0)) continue;
                var a = Actors(np, date);
                // "welcomed assurances on cultural issues sent from Bree": the participle's agent inside the PP
                if (a.Count == 0 && !isPlace && ParticipleAgent(np, date) is { Count: > 0 } agent) a = agent;
                // "arrived in Gondor on … his official visit": an agent with no country does not displace a place
                if (a.Count > 0 && locative && a.TrueForAll(x => x.StartsWith("---", StringComparison.Ordinal))) continue;
                if (a.Count > 0) { fromPp = a; locative = isPlace; }
            }
            else if (c.Label == "S" && fromPp.Count == 0 && c.Children.Exists(x => x.Label == "NP"))
            {
                // "urged Gondor to ..." parses as (S (NP Gondor) (VP to ...))
                var np = c.Children.Find(x => x.Label == "NP");
                if (np is not null) fromPp = Actors(np, date);
            }
        }
        if (fromPp.Count > 0) return fromPp;
        if (agentOnly is not null) return agentOnly;
        foreach (var c in vp.Children)
        {
            // "believes Dagolath can cope": the complement clause's subject; "vowed to wage war on the Rohans":
            // the target of the subject-less complement
            var clause = c.Label == "SBAR" && !IsAdverbialClause(c) ? c.Children.Find(x => x.Label == "S") : c.Label == "S" ? c : null;
            if (clause is null) continue;
            var np = clause.Children.Find(x => x.Label == "NP");
            if (np is not null && Actors(np, date) is { Count: > 0 } a) return a;
            foreach (var inner in clause.Children.FindAll(x => x.Label == "VP"))
            {
                var v = FirstVerb(inner);
                if (v.Verb is not null && Targets(v.Phrase, v.Verb, date) is { Count: > 0 } t) return t;
            }
        }
        return fromPp;
    }

    private static bool IsAgentOnly(List<string> actors) => actors.TrueForAll(x => x.StartsWith("---", StringComparison.Ordinal));

    private List<string>? ParticipleAgent(TreeNode np, DateOnly? date)
    {
        foreach (var vp in np.Children)
        {
            if (vp.Label != "VP") continue;
            foreach (var pp in vp.Children)
            {
                if (pp.Label != "PP") continue;
                var prep = pp.Children.Find(x => x.IsLeaf);
                var inner = pp.Children.Find(x => x.Label == "NP");
                if (prep?.Word is "by" or "from" && inner is not null && Actors(inner, date) is { Count: > 0 } a) return a;
            }
        }
        return null;
    }

    /// <summary>The lowest non-auxiliary verb of a VP chain ("to wage", "will be renewing").</summary>
    private static (TreeNode Phrase, TreeNode? Verb) FirstVerb(TreeNode vp)
    {
        var verb = vp.Children.Find(c => c.IsVerbTag);
        var next = vp.Children.Find(c => c.Label == "VP");
        if ((verb is null || Auxiliaries.Contains(verb.Word!)) && next is not null) return FirstVerb(next);
        return (vp, verb);
    }

    /// <summary>The code of a verb after its patterns, and its reverse (target → source) code; null = do not code ("---").
    /// A "%" element holds when the source (before the verb) or the target (after it) is compound.</summary>
    private (string? Code, string? Reverse) VerbCode(VerbEntry entry, TreeNode verb, TreeNode vp, string[] words, bool compoundSource, bool compoundTarget)
    {
        var code = entry.Code;
        var reverse = entry.Reverse;
        lastRoles = default;
        if (dictionary.Patterns.TryGetValue(entry.Block, out var patterns))
        {
            var leaves = new List<TreeNode>();
            vp.CollectLeaves(leaves);
            var afterWords = new List<string>();
            var afterLeaves = new List<int>();
            foreach (var l in leaves) if (l.Index > verb.Index) { afterWords.Add(l.Word!); afterLeaves.Add(l.Index); }
            var before = words.AsSpan(0, verb.Index).ToArray();
            for (var k = 0; k < patterns.Length; k++)
            {
                var p = patterns[k];
                if (MatchAfter(p.After, afterWords, compoundTarget, out var sourceAt, out var targetAt, out var end, out var start) && MatchBefore(p.Before, before, compoundSource, out var from))
                {
                    // of equally specific patterns the one matching nearest the verb wins, as PETRARCH2 tries the
                    // object before the phrases further on ("launched many attacks during its campaign" → ATTACKS)
                    var weight = p.Specificity;
                    for (var j = k + 1; j < patterns.Length && patterns[j].Specificity == weight; j++)
                    {
                        var q = patterns[j];
                        if (MatchAfter(q.After, afterWords, compoundTarget, out var qs, out var qt, out var qe, out var qStart) && qStart < start
                            && MatchBefore(q.Before, before, compoundSource, out var qFrom))
                        {
                            (k, p, sourceAt, targetAt, end, start, from) = (j, q, qs, qt, qe, qStart, qFrom);
                        }
                    }
                    // the same pattern listed again later ("- * SUPPORT [051]" under GIVE, "[060]" under LEND) takes
                    // the later code, as in PETRARCH2's pattern trie where the later entry overwrites the earlier
                    var last = LastIdentical(patterns, k);
                    code = last.Code; reverse = last.Reverse;
                    // "WILL NOT * (TOWARDS +)": the pattern has read the negation itself
                    for (var i = from; i < verb.Index; i++) patternWords.Add(i);
                    int? Leaf(int? at) => at is { } a ? (a < afterLeaves.Count ? afterLeaves[a] : int.MaxValue) : null;
                    lastRoles = new PatternRoles(Leaf(sourceAt), Leaf(targetAt), Array.Exists(p.Before, e => e is ["+"])) { LastLeaf = end > 0 ? afterLeaves[end - 1] : null };
                    break;
                }
            }
        }
        return (code.StartsWith("---", StringComparison.Ordinal) || code.Length == 0 ? null : code, reverse);
    }

    private static PatternEntry LastIdentical(PatternEntry[] patterns, int at)
    {
        var found = patterns[at];
        for (var k = at + 1; k < patterns.Length; k++)
        {
            if (SameElements(patterns[k].Before, found.Before) && SameElements(patterns[k].After, found.After)) found = patterns[k];
        }
        return found;
    }

    private static bool SameElements(string[][] a, string[][] b)
    {
        if (a.Length != b.Length) return false;
        for (var i = 0; i < a.Length; i++) if (!a[i].AsSpan().SequenceEqual(b[i])) return false;
        return true;
    }

    private static bool IsCompoundMarker(string[] element) => element is ["%"];

    private static bool IsRoleMarker(string[] element) => element is ["$"] or ["+"];

    /// <param name="end">where the last matched element ended (0 when none matched)</param>
    /// <param name="start">where the first matched element started (the word count when none matched)</param>
    private bool MatchAfter(string[][] elements, List<string> words, bool compound, out int? sourceAt, out int? targetAt, out int end, out int start)
    {
        var at = 0;
        sourceAt = targetAt = null;
        end = 0;
        start = words.Count;
        foreach (var e in elements)
        {
            if (IsCompoundMarker(e)) { if (!compound) return false; continue; }
            if (IsRoleMarker(e)) { if (e[0] == "$") sourceAt = at; else targetAt = at; continue; }
            var next = -1;
            var i = at;
            for (; i < words.Count && next < 0; i++) next = MatchElement(e, 0, words, i);
            if (next < 0) return false;
            if (start == words.Count) start = i - 1;
            at = end = next;
        }
        return true;
    }

    /// <param name="from">the first word the elements matched (the verb's index when they matched none)</param>
    private bool MatchBefore(string[][] elements, string[] words, bool compound, out int from)
    {
        // elements read left to right end at the verb; match them right to left, nearest first
        var limit = words.Length;
        from = limit;
        for (var k = elements.Length - 1; k >= 0; k--)
        {
            if (IsCompoundMarker(elements[k])) { if (!compound) return false; continue; }
            if (IsRoleMarker(elements[k])) continue;
            var found = -1;
            for (var i = limit - 1; i >= 0 && found < 0; i--)
            {
                var end = MatchElement(elements[k], 0, words, i);
                if (end >= 0 && end <= limit) found = i;
            }
            if (found < 0) return false;
            limit = from = found;
        }
        return true;
    }

    /// <summary>Where element[k..] ends when matched from <paramref name="at"/> (words joined by '_' are adjacent;
    /// a synset member may be several words), or -1.</summary>
    private int MatchElement(string[] element, int k, IReadOnlyList<string> words, int at)
    {
        if (k == element.Length) return at;
        if (at >= words.Count) return -1;
        var e = element[k];
        if (!e.StartsWith('&')) return words[at] == e ? MatchElement(element, k + 1, words, at + 1) : -1;
        var name = e.ToUpperInvariant();
        // synset names may end in '_' (no plural forms) in the dictionary but not in patterns
        if (!dictionary.Entries.Synsets.TryGetValue(name, out var phrases) && !dictionary.Entries.Synsets.TryGetValue(name + "_", out phrases)) return -1;
        foreach (var phrase in phrases)
        {
            if (at + phrase.Length > words.Count) continue;
            var same = true;
            for (var m = 0; m < phrase.Length && same; m++) same = words[at + m] == phrase[m];
            if (!same) continue;
            var end = MatchElement(element, k + 1, words, at + phrase.Length);
            if (end >= 0) return end;
        }
        return -1;
    }

    /// <summary>Actor codes of an NP: coordinated NPs give one each; otherwise the (country) actor and the agent
    /// found in the NP's own words compose, e.g. "Arnorian police" → ARN + COP; an agent alone ("ambassadors of
    /// Arnor and Gondor") composes with the actors of its PP complement.</summary>
    public List<string> Actors(TreeNode np, DateOnly? date) => Actors(np, date, skipPlaces: false);

    private List<string> Actors(TreeNode np, DateOnly? date, bool skipPlaces)
    {
        var list = new List<string>();
        var parts = np.Children.FindAll(c => c.Label == "NP");
        var hasCc = np.Children.Exists(c => c.Label == "CC");
        if (hasCc && parts.Count > 1)
        {
            foreach (var p in parts) list.AddRange(Actors(p, date));
            if (list.Count > 0) return list;
        }
        if (!hasCc)
        {
            // "Old foes Gondor and Osgiliath", "Eriadori and Calenardhon leaders": the coordination is one level down
            foreach (var p in parts)
            {
                if (!p.Children.Exists(c => c.Label == "CC")) continue;
                var inner = Actors(p, date);
                if (inner.Count <= 1) continue;
                // "US and British activists": the head noun's agent applies to each
                return SuffixAgentBeside(np, p) is { } headAgent ? inner.ConvertAll(a => Compose(a, headAgent)) : inner;
            }
        }
        var leaves = new List<TreeNode>();
        np.CollectLeaves(leaves, NotInNp);
        if (CrossingActor(np, leaves.Count, date) is { } crossing) return [crossing];
        if (hasCc)
        {
            // flat "Mordor, Rohan, Fornost and Bree": split at commas and conjunctions
            var group = new List<string>();
            foreach (var l in leaves)
            {
                if (l.Label is "CC" or ",") { list.AddRange(ActorCodes(group, date)); group.Clear(); }
                else group.Add(l.Word!);
            }
            list.AddRange(ActorCodes(group, date));
            if (list.Count > 1) return list;
            list.Clear();
        }
        list.AddRange(ActorCodes(leaves.ConvertAll(l => l.Word!), date));
        // "the Calenardhon Ministry | of Silly Walks": an agent whose name runs into the PP
        if (list is [{ Length: 3 } bare] && CrossingAgent(np, leaves.Count) is { } crossingAgent) return [Compose(bare, crossingAgent)];
        if (list.Count > 0 && !list[0].StartsWith("---", StringComparison.Ordinal)) return list;
        // look into PP complements: "soldiers from Gondor", "ties with Gondor and Arnor"
        var complements = new List<string>();
        foreach (var holder in (TreeNode[])[np, .. parts])
        {
            foreach (var c in holder.Children)
            {
                if (c.Label != "PP") continue;
                // "Eid at Osgiliath" names a place, but "soldiers in Gondor" composes
                var prep = c.Children.Find(x => x.IsLeaf);
                if (skipPlaces && list.Count == 0 && prep is not null && Locatives.Contains(prep.Word!)) continue;
                var inner = c.Children.Find(x => x.Label == "NP");
                if (inner is not null) complements.AddRange(Actors(inner, date));
            }
            if (complements.Count > 0) break;
        }
        if (complements.Count == 0) return list;
        if (list.Count == 0) return complements;
        var agent = list[0][3..];
        var composed = new List<string>();
        foreach (var c in complements) composed.Add(Compose(c, agent));
        return composed;
    }

    /// <summary>A suffix agent named by the words of <paramref name="np"/> outside its part <paramref name="part"/>.</summary>
    private string? SuffixAgentBeside(TreeNode np, TreeNode part)
    {
        var words = new List<string>();
        foreach (var c in np.Children)
        {
            if (c == part || (!c.IsLeaf && NotInNp.Contains(c.Label))) continue;
            var leaves = new List<TreeNode>();
            c.CollectLeaves(leaves, NotInNp);
            foreach (var l in leaves) words.Add(l.Word!);
        }
        for (var i = 0; i < words.Count; i++)
        {
            for (var len = Math.Min(words.Count - i, 8); len >= 1; len--)
            {
                if (SuffixAgent(words.GetRange(i, len)) is { } code) return code;
            }
        }
        return null;
    }

    /// <summary>An actor whose name runs from the NP's own words into its PP ("the Prince | of Dol Amroth").</summary>
    private string? CrossingActor(TreeNode np, int ownCount, DateOnly? date) =>
        CrossingName(np, ownCount, words => dictionary.Actors.Exact(words) is { } a ? CameoDictionary.ResolveCode(a, date) : null);

    /// <summary>A suffix agent whose name runs from the NP's own words into its PP.</summary>
    private string? CrossingAgent(TreeNode np, int ownCount) =>
        CrossingName(np, ownCount, SuffixAgent);

    /// <summary>The code of a suffix agent ("~GOV") the words name exactly; null for a prefix agent ("NGO~") or none.</summary>
    private string? SuffixAgent(List<string> words) =>
        dictionary.Agents.Exact(words) is { } g && !g.Code.EndsWith('~') ? g.Code.Trim('~', ' ') : null;

    /// <summary>The first code <paramref name="match"/> gives for a run of up to 8 words that starts among the NP's
    /// own <paramref name="ownCount"/> words and ends inside its PP (longest run first).</summary>
    private static string? CrossingName(TreeNode np, int ownCount, Func<List<string>, string?> match)
    {
        var pp = np.Children.Find(c => c.Label == "PP");
        if (pp is null) return null;
        var all = new List<TreeNode>();
        np.CollectLeaves(all, ["SBAR", "VP", "S", "RRC"]);
        if (all.Count <= ownCount) return null;
        // "the Syrian Observatory | for Human Rights, a UK-based group": own words after the PP (an apposition)
        // are not where the name runs from
        var ppStart = FirstIndex(pp);
        var before = all.FindIndex(l => l.Index >= ppStart);
        if (before >= 0) ownCount = Math.Min(ownCount, before);
        var words = all.ConvertAll(l => l.Word!);
        for (var i = 0; i < ownCount; i++)
        {
            for (var len = Math.Min(words.Count - i, 8); i + len > ownCount; len--)
            {
                if (match(words.GetRange(i, len)) is { } code) return code;
            }
        }
        return null;
    }

    private List<string> ActorCodes(List<string> words, DateOnly? date)
    {
        var code = ActorCode(words, date);
        if (code is null) return [];
        // an actor may stand for several ("FRO/BIL/SAM")
        return code.Contains('/') ? [.. code.Split('/', StringSplitOptions.RemoveEmptyEntries)] : [code];
    }

    private string? ActorCode(List<string> words, DateOnly? date)
    {
        // "MSF Arnor diplomat": a prefix agent ("NGO~"), the actor and a suffix agent ("~GOV") all compose
        string? actor = null, prefix = null, suffix = null;
        for (var i = 0; i < words.Count; i++)
        {
            for (var len = Math.Min(words.Count - i, 8); len >= 1; len--)
            {
                var span = words.GetRange(i, len);
                if (actor is null && dictionary.Actors.Exact(span) is { } a)
                {
                    actor = CameoDictionary.ResolveCode(a, date);
                    i += len - 1; break;
                }
                if (dictionary.Agents.Exact(span) is { } g)
                {
                    var isPrefix = g.Code.EndsWith('~');
                    if (isPrefix ? prefix is not null : suffix is not null) continue;
                    if (isPrefix) prefix = g.Code.TrimEnd('~');
                    else suffix = g.Code.Trim('~', ' ');
                    i += len - 1; break;
                }
            }
            if (actor is not null && suffix is not null) break;
        }
        if (actor is null && prefix is null) return suffix is null ? null : "---" + suffix;
        var code = (prefix ?? "") + (actor ?? "");
        return suffix is null ? code : Compose(code, suffix);
    }

    /// <summary>An actor code with an agent code appended, unless the actor already carries it
    /// ("White House security officials" stay USAGOV; "West German world government" → GMWGOV + WGO).</summary>
    private static string Compose(string actor, string agent) =>
        actor.Length > 3 && actor.EndsWith(agent, StringComparison.Ordinal) ? actor : actor + agent;
}
