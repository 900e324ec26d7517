namespace Sitrep.Nlp.Parsing;

/// <summary>Pseudo-projective training trees (Nivre &amp; Nilsson 2005, "none" encoding): the shortest
/// non-projective arc is lifted to its grandparent until the tree is projective. Heads use n for the root.</summary>
public static class Projectivizer
{
    public static int[] Lift(ReadOnlySpan<int> heads, int n)
    {
        var h = heads.ToArray();
        for (var guard = 0; guard < n * n; guard++)
        {
            var worst = -1;
            var worstLength = int.MaxValue;
            for (var d = 0; d < n; d++)
            {
                if (h[d] == n || IsProjective(h, n, d))
                {
                    continue;
                }
                var length = Math.Abs(h[d] - d);
                if (length < worstLength)
                {
                    worst = d;
                    worstLength = length;
                }
            }
            if (worst < 0)
            {
                return h;
            }
            h[worst] = h[h[worst]];
        }
        return h;
    }

    public static bool IsProjective(int[] h, int n, int d)
    {
        var head = h[d];
        var lo = Math.Min(head, d);
        var hi = Math.Max(head, d);
        for (var k = lo + 1; k < hi; k++)
        {
            var a = k;
            var steps = 0;
            while (a != head && a != n && steps++ <= n)
            {
                a = h[a];
            }
            if (a != head)
            {
                return false;
            }
        }
        return true;
    }
}
