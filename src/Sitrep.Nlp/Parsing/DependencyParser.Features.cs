using Sitrep.Nlp.Learning;

namespace Sitrep.Nlp.Parsing;

/// <summary>Feature templates: Zhang &amp; Nivre-style transition features and the arc labeller's.</summary>
public sealed partial class DependencyParser
{
    private static ulong W(LexicalSentence lex, ParserState st, int i) => i < 0 ? None : i == st.N ? RootWord : lex.Lower(i);
    private static ulong T(Workspace ws, int i) => i < 0 ? None : i == ws.State.N ? RootWord : ws.Tags[i];
    private static ulong U(Workspace ws, int i) => i < 0 ? None : i == ws.State.N ? RootWord : ws.Upos[i];
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
        ulong us0 = U(ws, s0), ub0 = U(ws, b0), ub1 = U(ws, b1);
        f.Add(Hashing.Key(91, us0, ub0));
        f.Add(Hashing.Key(92, U(ws, s1), us0, ub0));
        f.Add(Hashing.Key(93, us0, ub0, ub1));
        f.Add(Hashing.Key(94, ub0, ub1, U(ws, b2)));
        f.Add(Hashing.Key(95, us0, ub0, dist));
    }

    /// <summary>Label features of the dependent alone: the same for the LEFT and the RIGHT arc of a step (both
    /// reduce s0), so they are scored once.</summary>
    private static void ExtractDependent(LexicalSentence lex, Workspace ws, FeatureBuffer f, int d)
    {
        var st = ws.State;
        f.Clear();
        var td = T(ws, d);
        int dl = st.Left1[d], dr = st.Right1[d];
        f.Add(Hashing.Key(100, 0));
        f.Add(Hashing.Key(103, W(lex, st, d)));
        f.Add(Hashing.Key(104, td));
        f.Add(Hashing.Key(113, td, d > 0 ? ws.Tags[d - 1] : None));
        f.Add(Hashing.Key(114, td, T(ws, d + 1 < st.N ? d + 1 : -1)));
        f.Add(Hashing.Key(115, td, (ulong)Math.Min(st.LeftCount[d], 3), (ulong)Math.Min(st.RightCount[d], 3)));
        f.Add(Hashing.Key(116, L(st, dl)));
        f.Add(Hashing.Key(117, L(st, dr)));
        f.Add(Hashing.Key(118, L(st, dl), L(st, dr), td));
        f.Add(Hashing.Key(119, lex.Suf3(d), td));
        f.Add(Hashing.Key(122, W(lex, st, dl), td));
        f.Add(Hashing.Key(126, L(st, st.Left2[d]), L(st, dl)));
        f.Add(Hashing.Key(127, W(lex, st, dr), td));
        f.Add(Hashing.Key(131, C(ws, d)));
    }

    /// <summary>Label features of the arc h → d: the head, direction and distance, alone and with the dependent.</summary>
    private static void ExtractArc(LexicalSentence lex, Workspace ws, FeatureBuffer f, int h, int d)
    {
        var st = ws.State;
        f.Clear();
        ulong wh = W(lex, st, h), th = T(ws, h), wd = W(lex, st, d), td = T(ws, d);
        ulong dir = d < h ? 1UL : 2UL;
        var dist = (ulong)Math.Min(Math.Abs(h - d), 8);
        var dl = st.Left1[d];
        f.Add(Hashing.Key(101, wh));
        f.Add(Hashing.Key(102, th));
        f.Add(Hashing.Key(105, th, td));
        f.Add(Hashing.Key(106, wh, td));
        f.Add(Hashing.Key(107, th, wd));
        f.Add(Hashing.Key(108, wh, wd));
        f.Add(Hashing.Key(109, dir, dist));
        f.Add(Hashing.Key(110, dir, td));
        f.Add(Hashing.Key(111, dir, th, td));
        f.Add(Hashing.Key(112, Hashing.Combine(dir, dist), th, td));
        f.Add(Hashing.Key(120, L(st, st.Left1[h]), dir));
        f.Add(Hashing.Key(121, L(st, st.Right1[h]), dir));
        f.Add(Hashing.Key(123, W(lex, st, dl), th));
        f.Add(Hashing.Key(124, dir, wd));
        f.Add(Hashing.Key(125, dir, wh, td));
        f.Add(Hashing.Key(128, d == 0 ? 1UL : 0UL, td, dir));
        f.Add(Hashing.Key(129, T(ws, dl), td, th));
        ulong ch = C(ws, h), cd = C(ws, d);
        f.Add(Hashing.Key(130, ch));
        f.Add(Hashing.Key(132, ch, td));
        f.Add(Hashing.Key(133, th, cd));
        f.Add(Hashing.Key(134, C(ws, h, true), C(ws, d, true), dir));
        // The head's neighbours: for LEFT the word after b0 is still unread, for RIGHT the word after s1 may be s0.
        f.Add(Hashing.Key(135, th, T(ws, h > 0 ? h - 1 : -1), td));
        f.Add(Hashing.Key(136, th, T(ws, h + 1 < st.N ? h + 1 : -1), td));
        f.Add(Hashing.Key(137, U(ws, h), U(ws, d), dir));
    }
}
