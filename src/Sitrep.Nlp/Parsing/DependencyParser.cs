using Sitrep.Core;
using Sitrep.Nlp.Corpora;
using Sitrep.Nlp.Learning;
using Sitrep.Nlp.Tagging;

namespace Sitrep.Nlp.Parsing;

/// <summary>Greedy arc-hybrid transition parser (root at the end of the buffer) with labelled transitions: a
/// LEFT-l / RIGHT-l scores as its action's weight (Zhang &amp; Nivre-style features) plus the label's weight for that
/// arc (features of head and dependent — the dependent is complete when it is reduced, so its children's labels are
/// features), and one perceptron update covers both parts, so label evidence informs the structure decision.
/// Trained with the dynamic oracle of Goldberg &amp; Nivre (2013), a wrong label on a gold arc costing one, and
/// exploration; non-projective trees are lifted for training.</summary>
public sealed partial class DependencyParser
{
    public const string Magic = "sitrep-dep-parser";
    public const int Version = 4;
    private const int Shift = 0, Left = 1, Right = 2;
    private const ulong None = 1, RootWord = 2;

    private readonly WeightTable _actions;
    private readonly WeightTable _labeler;
    private readonly string[] _labels;
    private readonly int _rootLabel;
    private readonly WordLexicon _lexicon;

    private DependencyParser(string[] labels, WeightTable actions, WeightTable labeler, WordLexicon lexicon)
    {
        _labels = labels;
        _lexicon = lexicon;
        _rootLabel = Array.IndexOf(labels, "root");
        if (_rootLabel < 0)
        {
            throw new SitrepException("parser labels have no 'root' relation");
        }
        _actions = actions;
        _labeler = labeler;
    }

    public IReadOnlyList<string> Labels => _labels;
    public int FeatureRows => _actions.Rows + _labeler.Rows;

    /// <summary>The arc a LEFT or RIGHT would make now: its label features, label scores and best label.</summary>
    internal sealed class ArcCandidate(int stride)
    {
        public readonly FeatureBuffer Features = new(64);
        public readonly float[] Scores = new float[stride];
        public int Head;
        public int Label;
    }

    public sealed class Workspace(DependencyParser parser)
    {
        internal readonly FeatureBuffer Features = new();
        internal readonly float[] ActionScores = new float[parser._actions.Stride];
        /// <summary>Indexed by action (the SHIFT entry is unused).</summary>
        internal readonly ArcCandidate[] Arcs = [new(0), new(parser._labeler.Stride), new(parser._labeler.Stride)];
        /// <summary>Best labelled score per action; −∞ when the action is not valid.</summary>
        internal readonly float[] Totals = new float[3];
        /// <summary>Label features and scores of s0 as a dependent, shared by both arcs.</summary>
        internal readonly FeatureBuffer DependentFeatures = new(32);
        internal readonly float[] DependentScores = new float[parser._labeler.Stride];
        internal readonly ParserState State = new();
        internal ulong[] Tags = new ulong[256];
        /// <summary>UPOS alone: a back-off where the tagger's UPOS and XPOS disagree.</summary>
        internal ulong[] Upos = new ulong[256];
        internal uint[] Clusters = new uint[256];
    }

    public Workspace CreateWorkspace() => new(this);

    /// <summary>Parses one sentence; <paramref name="heads"/> get sentence-local indices (−1 = root).</summary>
    public void Parse(LexicalSentence lex, ReadOnlySpan<string> upos, ReadOnlySpan<string> xpos, Workspace ws, Span<int> heads, Span<string> labels)
    {
        var n = lex.Count;
        PrepareTags(upos, xpos, ws, n);
        PrepareClusters(lex, ws);
        var st = ws.State;
        st.Reset(n);
        while (!st.Terminal)
        {
            ScoreTransitions(lex, ws);
            var action = Best(ws.Totals);
            Apply(st, action, action == Shift ? -1 : ws.Arcs[action].Label);
        }
        for (var i = 0; i < n; i++)
        {
            heads[i] = st.Head[i] == n ? -1 : st.Head[i];
            labels[i] = _labels[st.Label[i]];
        }
    }

    private static void PrepareTags(ReadOnlySpan<string> upos, ReadOnlySpan<string> xpos, Workspace ws, int n)
    {
        if (ws.Tags.Length < n + 1)
        {
            ws.Tags = new ulong[n * 2 + 2];
            ws.Upos = new ulong[n * 2 + 2];
        }
        for (var i = 0; i < n; i++)
        {
            ws.Upos[i] = Hashing.Of(upos[i]);
            ws.Tags[i] = Hashing.Combine(ws.Upos[i], Hashing.Of(xpos[i]));
        }
    }

    private void PrepareClusters(LexicalSentence lex, Workspace ws)
    {
        if (ws.Clusters.Length < lex.Count + 1)
        {
            ws.Clusters = new uint[lex.Count * 2 + 2];
        }
        for (var i = 0; i < lex.Count; i++)
        {
            ws.Clusters[i] = _lexicon.Clusters.Of(lex.Lower(i));
        }
    }

    /// <summary>Fills <see cref="Workspace.Totals"/>: SHIFT's action score, and for LEFT / RIGHT the action score
    /// plus the score of the arc's best label.</summary>
    private void ScoreTransitions(LexicalSentence lex, Workspace ws)
    {
        var st = ws.State;
        ExtractAction(lex, ws);
        _actions.Score(ws.Features.Keys, ws.ActionScores);
        ws.Totals[Shift] = st.CanShift ? ws.ActionScores[Shift] : float.NegativeInfinity;
        if (st.CanRight || (st.CanLeft && st.B < st.N))
        {
            ExtractDependent(lex, ws, ws.DependentFeatures, st.S(0));
            _labeler.Score(ws.DependentFeatures.Keys, ws.DependentScores);
        }
        ScoreArc(lex, ws, Left, st.CanLeft, st.B);
        ScoreArc(lex, ws, Right, st.CanRight, st.S(1));
    }

    private void ScoreArc(LexicalSentence lex, Workspace ws, int action, bool valid, int head)
    {
        if (!valid)
        {
            ws.Totals[action] = float.NegativeInfinity;
            return;
        }
        var arc = ws.Arcs[action];
        arc.Head = head;
        if (head == ws.State.N)
        {
            // The root arc has a single label: nothing to score.
            arc.Label = _rootLabel;
            ws.Totals[action] = ws.ActionScores[action];
            return;
        }
        ExtractArc(lex, ws, arc.Features, head, ws.State.S(0));
        _labeler.Score(arc.Features.Keys, arc.Scores);
        var scores = arc.Scores;
        var shared = ws.DependentScores;
        for (var l = 0; l < scores.Length; l++)
        {
            scores[l] += shared[l];
        }
        arc.Label = BestLabel(arc.Scores);
        ws.Totals[action] = ws.ActionScores[action] + arc.Scores[arc.Label];
    }

    /// <summary>Highest total; ties go to the lower action (SHIFT first).</summary>
    private static int Best(float[] totals)
    {
        var best = Shift;
        for (var a = 1; a < 3; a++)
        {
            if (totals[a] > totals[best])
            {
                best = a;
            }
        }
        return best;
    }

    private static void Apply(ParserState st, int action, int label)
    {
        if (action == Shift)
        {
            st.Shift();
            return;
        }
        var (h, d) = st.Reduce(action == Left);
        st.SetLabel(h, d, label);
    }

    private int BestLabel(float[] scores)
    {
        var best = -1;
        for (var l = 0; l < _labels.Length; l++)
        {
            if (l != _rootLabel && (best < 0 || scores[l] > scores[best]))
            {
                best = l;
            }
        }
        return best;
    }

    public void Save(string path, float prune) => ModelStream.Save(path, Magic, Version, w =>
    {
        ModelStream.WriteStrings(w, _labels);
        _actions.Write(w, prune);
        _labeler.Write(w, prune);
        _lexicon.Write(w);
    });

    public static DependencyParser Load(string path) => ModelStream.Load(path, Magic, Version, r =>
    {
        var labels = ModelStream.ReadStrings(r);
        var actions = WeightTable.Read(r);
        var labeler = WeightTable.Read(r);
        var lexicon = WordLexicon.Read(r);
        actions.Quantize();
        labeler.Quantize();
        return new DependencyParser(labels, actions, labeler, lexicon);
    });
}
