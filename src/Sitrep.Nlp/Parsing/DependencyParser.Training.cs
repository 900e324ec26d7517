using Sitrep.Core;
using Sitrep.Nlp.Corpora;
using Sitrep.Nlp.Learning;
using Sitrep.Nlp.Tagging;

namespace Sitrep.Nlp.Parsing;

public sealed partial class DependencyParser
{
    /// <summary>Weights below 1.0 (in averaged update units) are dropped: on EWT dev this halves the file
    /// (11 → 4.5 MB) for −0.2 LAS.</summary>
    public const float DefaultPrune = 1.0f;

    public sealed record Options(int Epochs = 15, int Seed = 1, double Explore = 0.9)
    {
        /// <summary>Word clusters from unlabelled text (the tagger's); none by default.</summary>
        public WordLexicon Lexicon { get; init; } = WordLexicon.Empty;
    }

    public static DependencyParser Train(IReadOnlyList<UdSentence> train, Options options, Action<string>? log = null,
        Func<UdSentence, (string[] Upos, string[] Xpos)>? tagsOf = null)
    {
        var labelIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var labels = new List<string>();
        foreach (var s in train)
        {
            foreach (var r in s.DepRels)
            {
                if (!labelIndex.ContainsKey(r))
                {
                    labelIndex[r] = labels.Count;
                    labels.Add(r);
                }
            }
        }
        if (!labelIndex.ContainsKey("root"))
        {
            labelIndex["root"] = labels.Count;
            labels.Add("root");
        }
        if (labels.Count > 255)
        {
            throw new SitrepException($"too many dependency relations ({labels.Count}, max 255)");
        }
        var parser = new DependencyParser([.. labels], new WeightTable(3, 1 << 20), new WeightTable(labels.Count, 1 << 18), options.Lexicon);
        var ws = parser.CreateWorkspace();
        var lex = new LexicalSentence();
        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, train.Count).ToArray();
        var golds = new int[train.Count][];
        var goldLabels = new int[train.Count][];
        var lifted = 0;
        for (var k = 0; k < train.Count; k++)
        {
            var s = train[k];
            var heads = new int[s.Count];
            goldLabels[k] = new int[s.Count];
            for (var i = 0; i < s.Count; i++)
            {
                heads[i] = s.Heads[i] < 0 ? s.Count : s.Heads[i];
                goldLabels[k][i] = labelIndex[s.DepRels[i]];
            }
            golds[k] = Projectivizer.Lift(heads, s.Count);
            for (var i = 0; i < s.Count; i++)
            {
                lifted += golds[k][i] != heads[i] ? 1 : 0;
            }
        }
        log?.Invoke($"parser: {labels.Count} relations, {lifted} arcs lifted to make training trees projective");
        var cost = new int[3];
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(order);
            long steps = 0, errors = 0;
            foreach (var k in order)
            {
                var s = train[k];
                var n = s.Count;
                lex.Reset(n);
                for (var i = 0; i < n; i++)
                {
                    lex.Add(s.Forms[i]);
                }
                var (upos, xpos) = tagsOf is null ? (s.Upos, s.Xpos) : tagsOf(s);
                PrepareTags(upos, xpos, ws, n);
                parser.PrepareClusters(lex, ws);
                var st = ws.State;
                st.Reset(n);
                while (!st.Terminal)
                {
                    parser.ScoreTransitions(lex, ws);
                    Costs(st, golds[k], cost);
                    var goldLabel = st.S(0) < 0 ? -1 : goldLabels[k][st.S(0)];
                    var guess = Best(ws.Totals);
                    var guessLabel = guess == Shift ? -1 : ws.Arcs[guess].Label;
                    var guessCost = LabelledCost(ws, golds[k], cost, guess, guessLabel, goldLabel);
                    var (truth, truthLabel, minCost) = parser.CheapestBest(ws, golds[k], cost, goldLabel);
                    if (guessCost > minCost)
                    {
                        parser.Update(ws, truth, truthLabel, guess, guessLabel);
                        errors++;
                    }
                    parser._actions.Tick();
                    parser._labeler.Tick();
                    steps++;
                    var followGuess = guessCost == minCost || (epoch > 0 && random.NextDouble() < options.Explore);
                    Apply(st, followGuess ? guess : truth, followGuess ? guessLabel : truthLabel);
                }
            }
            log?.Invoke($"parser epoch {epoch + 1}/{options.Epochs}: {100.0 * errors / Math.Max(1, steps):F2}% wrong transitions, {parser.FeatureRows} feature rows");
        }
        parser._actions.Average();
        parser._labeler.Average();
        return parser;
    }

    /// <summary>A gold arc with a wrong label costs one more than its unlabelled cost.</summary>
    private static int LabelledCost(Workspace ws, int[] g, int[] cost, int action, int label, int goldLabel)
    {
        if (action == Shift)
        {
            return cost[Shift];
        }
        var goldArc = g[ws.State.S(0)] == ws.Arcs[action].Head;
        return cost[action] + (goldArc && label != goldLabel && ws.Arcs[action].Head != ws.State.N ? 1 : 0);
    }

    /// <summary>The best-scoring zero-extra-cost transition: among valid actions of least unlabelled cost, a gold
    /// arc takes its gold label, any other arc its best label.</summary>
    private (int Action, int Label, int Cost) CheapestBest(Workspace ws, int[] g, int[] cost, int goldLabel)
    {
        var minCost = int.MaxValue;
        for (var a = 0; a < 3; a++)
        {
            if (ws.Totals[a] > float.NegativeInfinity && cost[a] < minCost)
            {
                minCost = cost[a];
            }
        }
        int truth = -1, truthLabel = -1;
        var truthScore = float.NegativeInfinity;
        for (var a = 0; a < 3; a++)
        {
            if (ws.Totals[a] == float.NegativeInfinity || cost[a] != minCost)
            {
                continue;
            }
            var label = -1;
            var score = ws.Totals[a];
            if (a != Shift)
            {
                var arc = ws.Arcs[a];
                label = arc.Label;
                if (arc.Head != ws.State.N && g[ws.State.S(0)] == arc.Head)
                {
                    label = goldLabel;
                    score = ws.ActionScores[a] + arc.Scores[label];
                }
            }
            if (truth < 0 || score > truthScore)
            {
                (truth, truthLabel, truthScore) = (a, label, score);
            }
        }
        return (truth, truthLabel, minCost);
    }

    /// <summary>One perceptron step on the labelled transition: action part and arc-label part together.</summary>
    private void Update(Workspace ws, int truth, int truthLabel, int guess, int guessLabel)
    {
        _actions.Update(ws.Features.Keys, truth, guess);
        if (truth == guess)
        {
            _labeler.Update(ws.DependentFeatures.Keys, truthLabel, guessLabel);
            _labeler.Update(ws.Arcs[truth].Features.Keys, truthLabel, guessLabel);
            return;
        }
        AdjustLabel(ws, truth, truthLabel, 1f);
        AdjustLabel(ws, guess, guessLabel, -1f);
    }

    private void AdjustLabel(Workspace ws, int action, int label, float delta)
    {
        if (action == Shift || ws.Arcs[action].Head == ws.State.N)
        {
            return;
        }
        _labeler.Adjust(ws.DependentFeatures.Keys, label, delta);
        _labeler.Adjust(ws.Arcs[action].Features.Keys, label, delta);
    }

    /// <summary>Arc-hybrid dynamic-oracle costs: gold arcs each transition makes unreachable.</summary>
    private static void Costs(ParserState st, int[] g, int[] cost)
    {
        var n = st.N;
        var b = st.B;
        var s0 = st.S(0);
        var s1 = st.S(1);
        cost[0] = cost[1] = cost[2] = 0;
        if (s0 >= 0)
        {
            var depsInBuffer = 0;
            for (var d = b; d < n; d++)
            {
                depsInBuffer += g[d] == s0 ? 1 : 0;
            }
            var h = g[s0];
            cost[Left] = depsInBuffer + (h != b && ((s1 >= 0 && h == s1) || h > b) ? 1 : 0);
            cost[Right] = depsInBuffer + (h != s1 && h >= b ? 1 : 0);
        }
        if (b < n)
        {
            var c = 0;
            for (var k = 0; k < st.Depth; k++)
            {
                c += g[st.Stack[k]] == b ? 1 : 0;
            }
            var hb = g[b];
            if (hb < n && st.OnStack[hb] && hb != s0)
            {
                c++;
            }
            cost[Shift] = c;
        }
    }
}
