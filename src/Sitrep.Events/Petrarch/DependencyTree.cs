using Sitrep.Core;

namespace Sitrep.Events.Petrarch;

/// <summary>One CoNLL-U token line (1-based id and head; 0 = root).</summary>
public sealed record ConllToken(int Id, string Form, string Upos, string Xpos, int Head, string Relation);

/// <summary>Reads a CoNLL-U (Universal Dependencies) parse and rebuilds it as the constituency-like tree the
/// <see cref="TreeCoder"/> walks, so dependency-parsed records (UniversalPetrarch's GSR) are coded with the same
/// dictionaries and pattern matcher: a predicate becomes S(NP subject, VP(auxiliaries, VP(verb, objects, PPs,
/// complement clauses))), a noun becomes an NP whose "case"-marked modifiers are PPs and whose conjuncts are
/// NP CC NP. Only the shape the coder reads is rebuilt, not a full Treebank tree.</summary>
public static class DependencyTree
{
    public static List<ConllToken> ReadConll(string text)
    {
        var tokens = new List<ConllToken>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            // multiword ranges ("1-2") and empty nodes ("1.1") carry no head
            if (f.Length < 8 || !int.TryParse(f[0], out var id)) continue;
            if (!int.TryParse(f[6], out var head)) throw new SitrepException($"CoNLL-U: token {id} has no head");
            tokens.Add(new ConllToken(id, f[1], f[3], f[4], head, f[7]));
        }
        if (tokens.Count == 0) throw new SitrepException("CoNLL-U: no token lines");
        return tokens;
    }

    public static TreeNode Parse(string conll) => ToTree(ReadConll(conll));

    /// <summary>The sentence's words in order, lower-cased (the tree may leave some, e.g. markers, out).</summary>
    public static string[] Words(List<ConllToken> tokens)
    {
        var words = new string[tokens.Count];
        for (var i = 0; i < words.Length; i++) words[i] = tokens[i].Form.ToLowerInvariant();
        return words;
    }

    public static TreeNode ToTree(List<ConllToken> tokens) => new Builder(tokens).Build();

    private sealed class Builder
    {
        private readonly List<ConllToken> tokens;
        private readonly List<int>[] dependents;

        public Builder(List<ConllToken> tokens)
        {
            this.tokens = tokens;
            dependents = new List<int>[tokens.Count + 1];
            for (var i = 0; i < dependents.Length; i++) dependents[i] = [];
            for (var i = 0; i < tokens.Count; i++)
            {
                var t = tokens[i];
                if (t.Id != i + 1) throw new SitrepException($"CoNLL-U: token ids must run 1..n (saw {t.Id} at line {i + 1})");
                if (t.Head < 0 || t.Head > tokens.Count) throw new SitrepException($"CoNLL-U: token {t.Id} has head {t.Head} outside the sentence");
                dependents[t.Head].Add(t.Id);
            }
        }

        private ConllToken Token(int id) => tokens[id - 1];

        private static string Base(string relation)
        {
            var colon = relation.IndexOf(':');
            return colon < 0 ? relation : relation[..colon];
        }

        public TreeNode Build()
        {
            var root = new TreeNode { Label = "ROOT" };
            foreach (var r in dependents[0]) root.Children.Add(Node(r));
            return root;
        }

        private TreeNode Leaf(int id)
        {
            var t = Token(id);
            var tag = t.Xpos is "_" or "" ? TagFromUpos(t.Upos) : t.Xpos;
            return new TreeNode { Label = tag, Word = t.Form.ToLowerInvariant(), Index = id - 1 };
        }

        private static string TagFromUpos(string upos) => upos switch
        {
            "VERB" or "AUX" => "VB",
            "NOUN" => "NN",
            "PROPN" => "NNP",
            "PRON" => "PRP",
            "ADP" => "IN",
            "DET" => "DT",
            "ADJ" => "JJ",
            "ADV" => "RB",
            "CCONJ" or "CONJ" => "CC",
            "PART" => "RP",
            "NUM" => "CD",
            "PUNCT" => ",",
            _ => upos,
        };

        private bool IsSubject(string relation) => Base(relation) is "nsubj" or "nsubjpass" or "csubj" or "csubjpass" or "expl";

        private bool HasSubject(int id) => dependents[id].Exists(d => IsSubject(Token(d).Relation));

        private bool IsPredicate(int id)
        {
            var t = Token(id);
            if (t.Upos == "VERB" || t.Xpos.StartsWith("VB", StringComparison.Ordinal)) return true;
            return dependents[id].Exists(d => IsSubject(Token(d).Relation) || Base(Token(d).Relation) == "cop");
        }

        /// <summary>A dependent as the phrase its relation makes it.</summary>
        private TreeNode Node(int id)
        {
            if (IsPredicate(id)) return Clause(id);
            return Nominal(id, keepCase: false);
        }

        /// <summary>S(…, NP subject, VP, …): clause-level dependents stay in the S, the rest go into the VP.</summary>
        private TreeNode Clause(int v)
        {
            var s = new TreeNode { Label = "S" };
            var vpDeps = new List<int>();
            var subject = dependents[v].Find(d => IsSubject(Token(d).Relation));
            foreach (var d in dependents[v])
            {
                var rel = Token(d).Relation;
                var b = Base(rel);
                // "Before leaving, President Bush scheduled …": what precedes the subject stays out of the VP,
                // so the subject still comes before the VP as the coder expects
                if (subject > 0 && d < subject && b is not ("aux" or "auxpass" or "cop" or "mark" or "punct" or "cc" or "conj" or "parataxis") && !IsSubject(rel)) s.Children.Add(Dependent(d));
                else if (IsSubject(rel)) s.Children.Add(Token(d).Upos == "PRON" && dependents[d].Count == 0 ? new TreeNode { Label = "NP", Children = { Leaf(d) } } : Nominal(d, keepCase: false));
                else if (b is "parataxis") s.Children.Add(Wrap(Node(d), "S"));
                else if (b is "conj" && IsPredicate(d) && HasSubject(d)) s.Children.Add(Node(d));
                else if (b is "cc" && ConjoinsClauses(v, d)) s.Children.Add(Leaf(d));
                else if (b is "punct" && d < subject) s.Children.Add(Leaf(d));
                else if (b is "mark" && Token(d).Form.ToLowerInvariant() != "to") { /* the SBAR holds it */ }
                else vpDeps.Add(d);
            }
            s.Children.Add(VerbPhrase(v, vpDeps));
            Sort(s);
            return s;
        }

        private bool ConjoinsClauses(int v, int cc) =>
            dependents[v].Exists(d => Base(Token(d).Relation) == "conj" && d > cc && IsPredicate(d) && HasSubject(d));

        /// <summary>Auxiliaries, "to" and the copula nest as PTB does: VP(will, VP(be, VP(killed …))).</summary>
        private TreeNode VerbPhrase(int v, List<int> deps)
        {
            var wrappers = new List<int>();
            var core = new List<int>();
            var negations = new List<int>();
            var isCopular = deps.Exists(d => Base(Token(d).Relation) == "cop");
            var hasAuxiliary = deps.Exists(d => Base(Token(d).Relation) is "aux" or "auxpass");
            var firstWrapper = deps.Find(d => Base(Token(d).Relation) is "aux" or "auxpass" or "cop");
            foreach (var d in deps)
            {
                var rel = Base(Token(d).Relation);
                if (rel is "aux" or "auxpass" or "cop" || (rel == "mark" && Token(d).Form.Equals("to", StringComparison.OrdinalIgnoreCase))) wrappers.Add(d);
                // "would not provide": PTB puts "not" beside the auxiliary, VP(would, not, VP(provide …)), where the coder reads it
                else if (rel is "advmod" or "neg" && hasAuxiliary && d > firstWrapper && Token(d).Form.ToLowerInvariant() is "not" or "n't") negations.Add(d);
                else core.Add(d);
            }
            TreeNode inner;
            if (isCopular)
            {
                // "X is a member of Y": the predicate nominal is the copula's object
                inner = Nominal(v, keepCase: false, skip: [.. dependents[v].FindAll(d => !core.Contains(d) || IsClausal(d))]);
                var clausal = core.FindAll(IsClausal);
                if (clausal.Count > 0)
                {
                    var holder = new TreeNode { Label = "VP" };
                    holder.Children.Add(inner);
                    foreach (var c in clausal) holder.Children.Add(Dependent(c));
                    inner = holder;
                }
            }
            else
            {
                inner = new TreeNode { Label = "VP" };
                inner.Children.Add(Leaf(v));
                var conjuncts = new List<int>();
                var ccs = new List<int>();
                foreach (var d in core)
                {
                    var rel = Base(Token(d).Relation);
                    if (rel == "conj" && IsPredicate(d)) conjuncts.Add(d);
                    else if (rel == "cc" && ConjoinsVerbs(v, d)) ccs.Add(d);
                    else inner.Children.Add(Dependent(d));
                }
                Sort(inner);
                if (conjuncts.Count > 0)
                {
                    // "seized and looted the town": VP(VP, CC, VP) shares the subject
                    var coordinated = new TreeNode { Label = "VP" };
                    coordinated.Children.Add(inner);
                    foreach (var c in ccs) coordinated.Children.Add(Leaf(c));
                    foreach (var c in conjuncts) coordinated.Children.Add(VerbPhrase(c, dependents[c].FindAll(x => !IsSubject(Token(x).Relation))));
                    Sort(coordinated);
                    inner = coordinated;
                }
            }
            for (var i = wrappers.Count - 1; i >= 0; i--)
            {
                var vp = new TreeNode { Label = "VP" };
                vp.Children.Add(Leaf(wrappers[i]));
                foreach (var n in negations) if (n > wrappers[i] && (i + 1 == wrappers.Count || n < wrappers[i + 1])) vp.Children.Add(Leaf(n));
                vp.Children.Add(inner);
                inner = vp;
            }
            return inner;
        }

        private bool ConjoinsVerbs(int v, int cc) => dependents[v].Exists(d => Base(Token(d).Relation) == "conj" && d > cc && IsPredicate(d));

        private bool IsClausal(int d) => Base(Token(d).Relation) is "ccomp" or "xcomp" or "advcl" or "parataxis" or "csubj";

        /// <summary>A verb's dependent inside its VP.</summary>
        private TreeNode Dependent(int d)
        {
            var t = Token(d);
            var rel = Base(t.Relation);
            switch (rel)
            {
                case "ccomp":
                case "advcl":
                    {
                        var sbar = new TreeNode { Label = "SBAR" };
                        foreach (var m in dependents[d]) if (Base(Token(m).Relation) == "mark" && !Token(m).Form.Equals("to", StringComparison.OrdinalIgnoreCase)) sbar.Children.Add(Leaf(m));
                        sbar.Children.Add(IsPredicate(d) ? Clause(d) : Wrap(Nominal(d, keepCase: false), "S"));
                        Sort(sbar);
                        return sbar;
                    }
                case "xcomp":
                    return IsPredicate(d) ? Clause(d) : Nominal(d, keepCase: false);
                case "compound" when t.Relation == "compound:prt":
                    return new TreeNode { Label = "PRT", Children = { Leaf(d) } };
                case "obj" or "dobj" or "iobj":
                    return IsPredicate(d) ? Clause(d) : Nominal(d, keepCase: false);
                case "obl" or "nmod":
                    return Modifier(d);
                default:
                    if (dependents[d].Count == 0) return Leaf(d);
                    return IsPredicate(d) ? Clause(d) : Nominal(d, keepCase: true, label: "ADVP");
            }
        }

        /// <summary>An "obl"/"nmod" dependent: PP(preposition, NP) when it has a case marker, else a bare
        /// temporal/adverbial NP that must not pass for a subject or object.</summary>
        private TreeNode Modifier(int d)
        {
            var cases = dependents[d].FindAll(c => Base(Token(c).Relation) == "case" && Token(c).Upos != "PART");
            var rel = Token(d).Relation;
            if (cases.Count == 0)
            {
                var bare = Nominal(d, keepCase: true);
                return rel.EndsWith(":poss", StringComparison.Ordinal) ? bare : Relabel(bare, "NP-TMP");
            }
            var pp = new TreeNode { Label = "PP" };
            foreach (var c in cases) pp.Children.Add(Leaf(c));
            pp.Children.Add(Nominal(d, keepCase: false));
            Sort(pp);
            return pp;
        }

        /// <summary>NP(head and its modifiers); conjuncts make NP(NP, CC, NP); "case"-marked nmods are PPs.</summary>
        private TreeNode Nominal(int n, bool keepCase, HashSet<int>? skip = null, string label = "NP")
        {
            var core = new TreeNode { Label = label };
            core.Children.Add(Leaf(n));
            var conjuncts = new List<int>();
            var ccs = new List<int>();
            foreach (var d in dependents[n])
            {
                if (skip is not null && skip.Contains(d)) continue;
                var t = Token(d);
                var rel = Base(t.Relation);
                if (rel == "case" && !keepCase && t.Upos != "PART") continue;
                if (rel == "conj") { conjuncts.Add(d); continue; }
                if (rel == "cc" && dependents[n].Exists(x => Base(Token(x).Relation) == "conj" && x > d)) { ccs.Add(d); continue; }
                if (rel == "punct" && dependents[n].Exists(x => Base(Token(x).Relation) == "conj" && x > d) && d > n) { ccs.Add(d); continue; }
                core.Children.Add(NounDependent(d, rel));
            }
            Sort(core);
            if (conjuncts.Count == 0) return core;
            var np = new TreeNode { Label = label };
            np.Children.Add(core);
            foreach (var c in ccs) np.Children.Add(Leaf(c));
            foreach (var c in conjuncts)
            {
                // UD v2 hangs the "and" on the later conjunct
                var own = dependents[c].FindAll(x => Base(Token(x).Relation) is "cc" && x < c);
                foreach (var o in own) np.Children.Add(Leaf(o));
                np.Children.Add(Nominal(c, keepCase: false, skip: [.. own]));
            }
            Sort(np);
            return np;
        }

        private TreeNode NounDependent(int d, string rel)
        {
            switch (rel)
            {
                case "nmod" or "obl":
                    return Modifier(d);
                case "acl":
                    return Relabel(IsPredicate(d) ? Clause(d) : Nominal(d, keepCase: false), "VP");
                case "advcl" or "ccomp" or "parataxis":
                    return Relabel(Node(d), "SBAR");
                default:
                    if (Token(d).Relation == "acl:relcl") return new TreeNode { Label = "SBAR", Children = { Node(d) } };
                    if (dependents[d].Count == 0) return Leaf(d);
                    // possessors, compounds, appositions: nested NPs whose words count as the NP's own
                    return IsPredicate(d) ? Relabel(Clause(d), "SBAR") : Nominal(d, keepCase: true);
            }
        }

        private static TreeNode Wrap(TreeNode node, string label) =>
            node.Label == label ? node : new TreeNode { Label = label, Children = { node } };

        private static TreeNode Relabel(TreeNode node, string label)
        {
            if (node.IsLeaf) return new TreeNode { Label = label, Children = { node } };
            var copy = new TreeNode { Label = label };
            copy.Children.AddRange(node.Children);
            return copy;
        }

        private static void Sort(TreeNode node) => node.Children.Sort((a, b) => First(a).CompareTo(First(b)));

        private static int First(TreeNode n)
        {
            if (n.IsLeaf) return n.Index;
            var min = int.MaxValue;
            foreach (var c in n.Children) min = Math.Min(min, First(c));
            return min;
        }
    }
}
