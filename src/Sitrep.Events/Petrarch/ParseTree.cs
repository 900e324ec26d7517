using Sitrep.Core;

namespace Sitrep.Events.Petrarch;

/// <summary>A node of a Penn-Treebank constituency parse, as the PETRARCH validation records carry them.
/// Leaves carry their word (lower-cased) and their index in the sentence.</summary>
public sealed class TreeNode
{
    public required string Label { get; init; }
    public string? Word { get; init; }
    public int Index { get; init; } = -1;
    public List<TreeNode> Children { get; } = [];
    public bool IsLeaf => Word is not null;

    public bool IsVerbTag => IsLeaf && (Label.StartsWith("VB", StringComparison.Ordinal) || Label is "MD" or "TO");

    /// <summary>Leaves under this node, in order, skipping subtrees whose label is in <paramref name="skip"/>.</summary>
    public void CollectLeaves(List<TreeNode> into, ReadOnlySpan<string> skip = default)
    {
        if (IsLeaf) { into.Add(this); return; }
        foreach (var c in Children)
        {
            if (!c.IsLeaf && skip.Contains(c.Label)) continue;
            c.CollectLeaves(into, skip);
        }
    }

    /// <summary>Bracketed form, "(S (NP (NNP arnor)) (VP …))", for error output.</summary>
    public override string ToString()
    {
        if (IsLeaf) return $"({Label} {Word})";
        var b = new System.Text.StringBuilder("(").Append(Label);
        foreach (var c in Children) b.Append(' ').Append(c.ToString());
        return b.Append(')').ToString();
    }

    public void CollectNodes(string label, List<TreeNode> into)
    {
        if (Label == label) into.Add(this);
        foreach (var c in Children) c.CollectNodes(label, into);
    }
}

/// <summary>Reads "(ROOT (S (NP (NNP Arnor)) (VP ...)))" into <see cref="TreeNode"/>s.</summary>
public static class ParseTree
{
    public static TreeNode Parse(string text)
    {
        var pos = 0;
        var leaf = 0;
        SkipSpace(text, ref pos);
        if (pos >= text.Length || text[pos] != '(') throw new SitrepException("parse tree: expected '(' at the start");
        var root = ReadNode(text, ref pos, ref leaf);
        return root;
    }

    private static TreeNode ReadNode(string s, ref int pos, ref int leaf)
    {
        pos++; // '('
        SkipSpace(s, ref pos);
        var label = ReadToken(s, ref pos);
        if (label.Length == 0) label = "ROOT";
        SkipSpace(s, ref pos);
        if (pos < s.Length && s[pos] != '(' && s[pos] != ')')
        {
            // pre-terminal: (TAG word)
            var word = ReadToken(s, ref pos);
            SkipSpace(s, ref pos);
            Expect(s, ref pos);
            return new TreeNode { Label = label, Word = word.ToLowerInvariant(), Index = leaf++ };
        }
        var node = new TreeNode { Label = label };
        while (true)
        {
            SkipSpace(s, ref pos);
            if (pos >= s.Length) throw new SitrepException("parse tree: unbalanced parentheses");
            if (s[pos] == ')') { pos++; return node; }
            node.Children.Add(ReadNode(s, ref pos, ref leaf));
        }
    }

    private static void Expect(string s, ref int pos)
    {
        if (pos >= s.Length || s[pos] != ')') throw new SitrepException("parse tree: expected ')'");
        pos++;
    }

    private static string ReadToken(string s, ref int pos)
    {
        var start = pos;
        while (pos < s.Length && !char.IsWhiteSpace(s[pos]) && s[pos] != '(' && s[pos] != ')') pos++;
        return s[start..pos];
    }

    private static void SkipSpace(string s, ref int pos)
    {
        while (pos < s.Length && char.IsWhiteSpace(s[pos])) pos++;
    }
}
