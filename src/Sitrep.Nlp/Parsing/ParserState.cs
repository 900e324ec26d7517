namespace Sitrep.Nlp.Parsing;

/// <summary>Arc-hybrid configuration with the artificial root at the end of the buffer (index n), so the root
/// attaches last and only once: LEFT onto the root is allowed only when the stack holds a single word.</summary>
internal sealed class ParserState
{
    public int N;
    public int[] Stack = [];
    public int Depth;
    public int B;
    public int[] Head = [], Label = [], Left1 = [], Left2 = [], Right1 = [], Right2 = [], LeftCount = [], RightCount = [];
    public bool[] OnStack = [];
    /// <summary>Bit sets of the relations already given to each word's left / right dependents.</summary>
    public ulong[] LeftLabels = [], RightLabels = [];

    public void Reset(int n)
    {
        N = n;
        if (Stack.Length < n + 1)
        {
            var m = Math.Max(64, (n + 1) * 2);
            Stack = new int[m]; Head = new int[m]; Label = new int[m]; Left1 = new int[m]; Left2 = new int[m];
            Right1 = new int[m]; Right2 = new int[m]; LeftCount = new int[m]; RightCount = new int[m]; OnStack = new bool[m];
            LeftLabels = new ulong[m]; RightLabels = new ulong[m];
        }
        Depth = 0;
        B = 0;
        for (var i = 0; i <= n; i++)
        {
            Head[i] = -1; Label[i] = -1; Left1[i] = -1; Left2[i] = -1; Right1[i] = -1; Right2[i] = -1;
            LeftCount[i] = 0; RightCount[i] = 0; OnStack[i] = false; LeftLabels[i] = 0; RightLabels[i] = 0;
        }
    }

    public bool Terminal => B == N && Depth == 0;
    public bool CanShift => B < N;
    public bool CanLeft => Depth > 0 && (B < N || Depth == 1);
    public bool CanRight => Depth >= 2;

    public int S(int k) => Depth > k ? Stack[Depth - 1 - k] : -1;

    public void Shift()
    {
        OnStack[B] = true;
        Stack[Depth++] = B++;
    }

    /// <summary>Pops s0 and makes it a dependent of b0 (LEFT) or of s1 (RIGHT); returns (head, dependent).</summary>
    public (int Head, int Dependent) Reduce(bool left)
    {
        var d = Stack[--Depth];
        OnStack[d] = false;
        var h = left ? B : Stack[Depth - 1];
        Head[d] = h;
        return (h, d);
    }

    public void SetLabel(int h, int d, int label)
    {
        Label[d] = label;
        if (h == N)
        {
            return;
        }
        if (d < h)
        {
            Left2[h] = Left1[h];
            Left1[h] = d;
            LeftCount[h]++;
            LeftLabels[h] |= 1UL << (label & 63);
        }
        else
        {
            Right2[h] = Right1[h];
            Right1[h] = d;
            RightCount[h]++;
            RightLabels[h] |= 1UL << (label & 63);
        }
    }
}
