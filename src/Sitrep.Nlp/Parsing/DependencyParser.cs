using Sitrep.Core;
using Sitrep.Nlp.Corpora;
using Sitrep.Nlp.Learning;
using Sitrep.Nlp.Tagging;

namespace Sitrep.Nlp.Parsing;

/// <summary>Greedy arc-hybrid transition parser (root at the end of the buffer). One averaged perceptron picks
/// SHIFT / LEFT / RIGHT from Zhang &amp; Nivre-style features; a second one labels each arc when it is made — the
/// dependent is complete at that moment, so its children's labels are features. Trained with the dynamic oracle
/// of Goldberg &amp; Nivre (2013) and exploration; non-projective trees are lifted for training.</summary>
public sealed class DependencyParser
{
    public const string Magic = "sitrep-dep-parser";
    public const int Version = 3;
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

    public sealed class Workspace(DependencyParser parser)
    {
        internal readonly FeatureBuffer Features = new();
        internal readonly float[] ActionScores = new float[parser._actions.Stride];
        internal readonly float[] LabelScores = new float[parser._labeler.Stride];
        internal readonly ParserState State = new();
        internal ulong[] Tags = new ulong[256];
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
            ExtractAction(lex, ws);
            _actions.Score(ws.Features.Keys, ws.ActionScores);
            var action = BestValid(st, ws.ActionScores);
            Apply(lex, ws, action, -1);
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
        }
        for (var i = 0; i < n; i++)
        {
            ws.Tags[i] = Hashing.Combine(Hashing.Of(upos[i]), Hashing.Of(xpos[i]));
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

    private static int BestValid(ParserState st, float[] scores)
    {
        var best = -1;
        for (var a = 0; a < 3; a++)
        {
            if (Valid(st, a) && (best < 0 || scores[a] > scores[best]))
            {
                best = a;
            }
        }
        return best;
    }

    private static bool Valid(ParserState st, int action) => action switch
    {
        Shift => st.CanShift,
        Left => st.CanLeft,
        _ => st.CanRight,
    };

    /// <summary>Applies a transition; a reduce also labels the new arc (gold label when training on a gold arc).</summary>
    private (int Head, int Dependent) Apply(LexicalSentence lex, Workspace ws, int action, int goldLabel)
    {
        var st = ws.State;
        if (action == Shift)
        {
            st.Shift();
            return (-1, -1);
        }
        var (h, d) = st.Reduce(action == Left);
        int label;
        if (h == st.N)
        {
            label = _rootLabel;
        }
        else
        {
            ExtractLabel(lex, ws, h, d);
            _labeler.Score(ws.Features.Keys, ws.LabelScores);
            label = BestLabel(ws.LabelScores);
            if (goldLabel >= 0)
            {
                _labeler.Update(ws.Features.Keys, goldLabel, label);
                _labeler.Tick();
                label = goldLabel;
            }
        }
        st.SetLabel(h, d, label);
        return (h, d);
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

    private static ulong W(LexicalSentence lex, ParserState st, int i) => i < 0 ? None : i == st.N ? RootWord : lex.Lower(i);
    private static ulong T(Workspace ws, int i) => i < 0 ? None : i == ws.State.N ? RootWord : ws.Tags[i];
    /// <summary>Fine word cluster (unlabelled text), coarse with <paramref name="coarse"/>; boundary values outside.</summary>
    private static ulong C(Workspace ws, int i, bool coarse = false) =>
        i < 0 ? None : i == ws.State.N ? RootWord : coarse ? (ws.Clusters[i] >> 16) + 16 : (ws.Clusters[i] & 0xFFFF) + 16;
    private static ulong L(ParserState st, int i) => i < 0 ? None : (ulong)(st.Label[i] + 3);

    private static void ExtractAction(LexicalSentence lex, Workspace ws)
    {
        var st = ws.State;
        var f = ws.Features;
        f.Clear();
        var n = st.N;
        int s0 = st.S(0), s1 = st.S(1), s2 = st.S(2);
        var b0 = st.B;
        var b1 = b0 + 1 < n ? b0 + 1 : -1;
        var b2 = b0 + 2 < n ? b0 + 2 : -1;
        var s0l = s0 >= 0 ? st.Left1[s0] : -1;
        var s0l2 = s0 >= 0 ? st.Left2[s0] : -1;
        var s0r = s0 >= 0 ? st.Right1[s0] : -1;
        var s0r2 = s0 >= 0 ? st.Right2[s0] : -1;
        var s1r = s1 >= 0 ? st.Right1[s1] : -1;
        var s1l = s1 >= 0 ? st.Left1[s1] : -1;
        var b0l = b0 < n ? st.Left1[b0] : -1;
        var b0l2 = b0 < n ? st.Left2[b0] : -1;
        ulong ws0 = W(lex, st, s0), ts0 = T(ws, s0), ws1 = W(lex, st, s1), ts1 = T(ws, s1), ts2 = T(ws, s2);
        ulong wb0 = W(lex, st, b0), tb0 = T(ws, b0), wb1 = W(lex, st, b1), tb1 = T(ws, b1), tb2 = T(ws, b2);
        var wts0 = Hashing.Combine(ws0, ts0);
        var wtb0 = Hashing.Combine(wb0, tb0);
        ulong dist = s0 < 0 ? 0 : b0 == n ? 9 : (ulong)Math.Min(b0 - s0, 7);
        ulong tl = T(ws, s0l), tr = T(ws, s0r), tbl = T(ws, b0l), ts1r = T(ws, s1r);
        f.Add(Hashing.Key(0, 0));
        f.Add(Hashing.Key(1, ws0));
        f.Add(Hashing.Key(2, ts0));
        f.Add(Hashing.Key(3, wts0));
        f.Add(Hashing.Key(4, ws1));
        f.Add(Hashing.Key(5, ts1));
        f.Add(Hashing.Key(6, ws1, ts1));
        f.Add(Hashing.Key(7, wb0));
        f.Add(Hashing.Key(8, tb0));
        f.Add(Hashing.Key(9, wtb0));
        f.Add(Hashing.Key(10, wb1));
        f.Add(Hashing.Key(11, tb1));
        f.Add(Hashing.Key(12, wb1, tb1));
        f.Add(Hashing.Key(13, ts2));
        f.Add(Hashing.Key(14, tb2));
        f.Add(Hashing.Key(16, wts0, wtb0));
        f.Add(Hashing.Key(17, wts0, wb0));
        f.Add(Hashing.Key(18, wts0, tb0));
        f.Add(Hashing.Key(19, ws0, wtb0));
        f.Add(Hashing.Key(20, ts0, wtb0));
        f.Add(Hashing.Key(21, ws0, wb0));
        f.Add(Hashing.Key(22, ts0, tb0));
        f.Add(Hashing.Key(23, tb0, tb1));
        f.Add(Hashing.Key(24, tb0, tb1, tb2));
        f.Add(Hashing.Key(25, ts0, tb0, tb1));
        f.Add(Hashing.Key(26, ts1, ts0, tb0));
        f.Add(Hashing.Key(27, ts0, tl, tb0));
        f.Add(Hashing.Key(28, ts0, tr, tb0));
        f.Add(Hashing.Key(29, ts0, tb0, tbl));
        f.Add(Hashing.Key(30, ts1, ts0, tl));
        f.Add(Hashing.Key(31, ts1, ts1r, ts0));
        f.Add(Hashing.Key(32, ts2, ts1, ts0));
        f.Add(Hashing.Key(33, ts1, ts0, tr));
        f.Add(Hashing.Key(34, ws0, dist));
        f.Add(Hashing.Key(35, ts0, dist));
        f.Add(Hashing.Key(36, wb0, dist));
        f.Add(Hashing.Key(37, tb0, dist));
        f.Add(Hashing.Key(38, ts0, tb0, dist));
        f.Add(Hashing.Key(39, ws0, wb0, dist));
        ulong s0nr = s0 >= 0 ? (ulong)st.RightCount[s0] : 99, s0nl = s0 >= 0 ? (ulong)st.LeftCount[s0] : 99;
        ulong b0nl = b0 < n ? (ulong)st.LeftCount[b0] : 99;
        f.Add(Hashing.Key(40, ws0, s0nr));
        f.Add(Hashing.Key(41, ts0, s0nr));
        f.Add(Hashing.Key(42, ws0, s0nl));
        f.Add(Hashing.Key(43, ts0, s0nl));
        f.Add(Hashing.Key(44, wb0, b0nl));
        f.Add(Hashing.Key(45, tb0, b0nl));
        f.Add(Hashing.Key(47, W(lex, st, s0l)));
        f.Add(Hashing.Key(48, tl));
        f.Add(Hashing.Key(49, L(st, s0l)));
        f.Add(Hashing.Key(50, W(lex, st, s0r)));
        f.Add(Hashing.Key(51, tr));
        f.Add(Hashing.Key(52, L(st, s0r)));
        f.Add(Hashing.Key(53, W(lex, st, b0l)));
        f.Add(Hashing.Key(54, tbl));
        f.Add(Hashing.Key(55, L(st, b0l)));
        f.Add(Hashing.Key(56, ts1r, L(st, s1r)));
        f.Add(Hashing.Key(57, T(ws, s0l2), L(st, s0l2)));
        f.Add(Hashing.Key(58, T(ws, s0r2), L(st, s0r2)));
        f.Add(Hashing.Key(59, T(ws, b0l2), L(st, b0l2)));
        f.Add(Hashing.Key(60, ts0, L(st, s0l), L(st, s0l2)));
        f.Add(Hashing.Key(61, ts0, L(st, s0r), L(st, s0r2)));
        f.Add(Hashing.Key(62, tb0, L(st, b0l), L(st, b0l2)));
        f.Add(Hashing.Key(63, ws1, ws0));
        f.Add(Hashing.Key(64, ts1, ts0));
        f.Add(Hashing.Key(65, T(ws, s1l), ts1, ts0));
        f.Add(Hashing.Key(66, tb0, wb1));
        f.Add(Hashing.Key(67, wb0, wb1));
        f.Add(Hashing.Key(68, (ulong)Math.Min(st.Depth, 3), b0 == n ? 1UL : 0UL));
        f.Add(Hashing.Key(69, ts0, (ulong)Math.Min(st.Depth, 3), b0 == n ? 1UL : 0UL));
        f.Add(Hashing.Key(70, ts0, ts1, ws1));
        ulong s0ls = s0 >= 0 ? st.LeftLabels[s0] : 0, s0rs = s0 >= 0 ? st.RightLabels[s0] : 0, b0ls = b0 < n ? st.LeftLabels[b0] : 0;
        f.Add(Hashing.Key(71, ws0, s0rs));
        f.Add(Hashing.Key(72, ts0, s0rs));
        f.Add(Hashing.Key(73, ws0, s0ls));
        f.Add(Hashing.Key(74, ts0, s0ls));
        f.Add(Hashing.Key(75, wb0, b0ls));
        f.Add(Hashing.Key(76, tb0, b0ls));
        f.Add(Hashing.Key(77, T(ws, b0 > 0 && b0 <= n ? b0 - 1 : -1), tb0, ts0));
        f.Add(Hashing.Key(78, T(ws, s0 >= 0 && s0 + 1 < n ? s0 + 1 : -1), ts0, tb0));
        f.Add(Hashing.Key(79, ws0, ts1, tb0));
        f.Add(Hashing.Key(80, wb0, ts0, ts1));
        // Word clusters stand in for rare words (Koo et al. 2008): single items, and in pairs with tags.
        ulong cs0 = C(ws, s0), cb0 = C(ws, b0), ccs0 = C(ws, s0, true), ccb0 = C(ws, b0, true);
        f.Add(Hashing.Key(81, cs0));
        f.Add(Hashing.Key(82, cb0));
        f.Add(Hashing.Key(83, C(ws, s1)));
        f.Add(Hashing.Key(84, C(ws, b1)));
        f.Add(Hashing.Key(85, cs0, tb0));
        f.Add(Hashing.Key(86, ts0, cb0));
        f.Add(Hashing.Key(87, ccs0, ccb0));
        f.Add(Hashing.Key(88, cs0, cb0));
        f.Add(Hashing.Key(89, ccs0, ccb0, dist));
        f.Add(Hashing.Key(90, C(ws, s1, true), ccs0, tb0));
    }

    private static void ExtractLabel(LexicalSentence lex, Workspace ws, int h, int d)
    {
        var st = ws.State;
        var f = ws.Features;
        f.Clear();
        ulong wh = W(lex, st, h), th = T(ws, h), wd = W(lex, st, d), td = T(ws, d);
        ulong dir = d < h ? 1UL : 2UL;
        var dist = (ulong)Math.Min(Math.Abs(h - d), 8);
        int dl = st.Left1[d], dr = st.Right1[d];
        f.Add(Hashing.Key(100, 0));
        f.Add(Hashing.Key(101, wh));
        f.Add(Hashing.Key(102, th));
        f.Add(Hashing.Key(103, wd));
        f.Add(Hashing.Key(104, td));
        f.Add(Hashing.Key(105, th, td));
        f.Add(Hashing.Key(106, wh, td));
        f.Add(Hashing.Key(107, th, wd));
        f.Add(Hashing.Key(108, wh, wd));
        f.Add(Hashing.Key(109, dir, dist));
        f.Add(Hashing.Key(110, dir, td));
        f.Add(Hashing.Key(111, dir, th, td));
        f.Add(Hashing.Key(112, Hashing.Combine(dir, dist), th, td));
        f.Add(Hashing.Key(113, td, d > 0 ? ws.Tags[d - 1] : None));
        f.Add(Hashing.Key(114, td, T(ws, d + 1 < st.N ? d + 1 : -1)));
        f.Add(Hashing.Key(115, td, (ulong)Math.Min(st.LeftCount[d], 3), (ulong)Math.Min(st.RightCount[d], 3)));
        f.Add(Hashing.Key(116, L(st, dl)));
        f.Add(Hashing.Key(117, L(st, dr)));
        f.Add(Hashing.Key(118, L(st, dl), L(st, dr), td));
        f.Add(Hashing.Key(119, lex.Suf3(d), td));
        f.Add(Hashing.Key(120, L(st, st.Left1[h]), dir));
        f.Add(Hashing.Key(121, L(st, st.Right1[h]), dir));
        f.Add(Hashing.Key(122, W(lex, st, dl), td));
        f.Add(Hashing.Key(123, W(lex, st, dl), th));
        f.Add(Hashing.Key(124, dir, wd));
        f.Add(Hashing.Key(125, dir, wh, td));
        f.Add(Hashing.Key(126, L(st, st.Left2[d]), L(st, dl)));
        f.Add(Hashing.Key(127, W(lex, st, dr), td));
        f.Add(Hashing.Key(128, d == 0 ? 1UL : 0UL, td, dir));
        f.Add(Hashing.Key(129, T(ws, dl), td, th));
        ulong ch = C(ws, h), cd = C(ws, d);
        f.Add(Hashing.Key(130, ch));
        f.Add(Hashing.Key(131, cd));
        f.Add(Hashing.Key(132, ch, td));
        f.Add(Hashing.Key(133, th, cd));
        f.Add(Hashing.Key(134, C(ws, h, true), C(ws, d, true), dir));
    }

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
        var lifted = 0;
        for (var k = 0; k < train.Count; k++)
        {
            var s = train[k];
            var heads = new int[s.Count];
            for (var i = 0; i < s.Count; i++)
            {
                heads[i] = s.Heads[i] < 0 ? s.Count : s.Heads[i];
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
                var g = golds[k];
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
                    parser.ExtractActionFor(lex, ws);
                    parser._actions.Score(ws.Features.Keys, ws.ActionScores);
                    Costs(st, g, cost);
                    var guess = BestValid(st, ws.ActionScores);
                    var truth = -1;
                    var minCost = int.MaxValue;
                    for (var a = 0; a < 3; a++)
                    {
                        if (Valid(st, a) && cost[a] < minCost)
                        {
                            minCost = cost[a];
                        }
                    }
                    for (var a = 0; a < 3; a++)
                    {
                        if (Valid(st, a) && cost[a] == minCost && (truth < 0 || ws.ActionScores[a] > ws.ActionScores[truth]))
                        {
                            truth = a;
                        }
                    }
                    if (cost[guess] > minCost)
                    {
                        parser._actions.Update(ws.Features.Keys, truth, guess);
                        errors++;
                    }
                    parser._actions.Tick();
                    steps++;
                    var follow = cost[guess] == minCost || (epoch > 0 && random.NextDouble() < options.Explore) ? guess : truth;
                    var goldLabel = -1;
                    if (follow != Shift)
                    {
                        var d = st.S(0);
                        var h = follow == Left ? st.B : st.S(1);
                        if (g[d] == h)
                        {
                            goldLabel = labelIndex[s.DepRels[d]];
                        }
                    }
                    parser.Apply(lex, ws, follow, goldLabel);
                }
            }
            log?.Invoke($"parser epoch {epoch + 1}/{options.Epochs}: {100.0 * errors / Math.Max(1, steps):F2}% wrong transitions, {parser.FeatureRows} feature rows");
        }
        parser._actions.Average();
        parser._labeler.Average();
        return parser;
    }

    private void ExtractActionFor(LexicalSentence lex, Workspace ws) => ExtractAction(lex, ws);

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
