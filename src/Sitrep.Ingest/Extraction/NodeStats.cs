using Sitrep.Ingest.Extraction.Dom;

namespace Sitrep.Ingest.Extraction;

/// <summary>Per-element text figures, computed bottom-up in one iterative pass (no recursion: a DOM may be
/// nested thousands deep).</summary>
public struct ElementStats
{
    /// <summary>Visible text length with whitespace runs counted as one character.</summary>
    public int TextLength;
    /// <summary>Part of <see cref="TextLength"/> inside links.</summary>
    public int LinkLength;
    public int Commas;
    public int Paragraphs;
    /// <summary>Text length inside &lt;p&gt; elements.</summary>
    public int ParagraphText;
    public int Images;
    public int ListItems;
    public int Inputs;
    public int Headings;

    public readonly double LinkDensity => TextLength == 0 ? 0 : (double)LinkLength / TextLength;
}

public sealed class NodeStats
{
    /// <summary>Indexed by <see cref="HtmlElement.Index"/>; elements outside the computed subtree read as zero.</summary>
    private readonly ElementStats[] _stats;

    private NodeStats(int elementCount) => _stats = new ElementStats[elementCount];

    public ElementStats this[HtmlElement element] => (uint)element.Index < (uint)_stats.Length ? _stats[element.Index] : default;

    /// <param name="elementCount">The document's <see cref="HtmlDocument.ElementCount"/>.</param>
    public static NodeStats Compute(HtmlElement root, int elementCount)
    {
        var result = new NodeStats(elementCount);
        // Post-order over elements with an explicit stack: (element, childrenPushed).
        var stack = new Stack<(HtmlElement Element, bool Expanded)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (element, expanded) = stack.Pop();
            if (!expanded)
            {
                stack.Push((element, true));
                for (var child = element.LastElementChild; child is not null; child = child.PreviousElementSibling)
                {
                    stack.Push((child, false));
                }
                continue;
            }
            var s = new ElementStats();
            var inLink = element.LocalName == "a";
            for (var node = element.FirstChild; node is not null; node = node.NextSibling)
            {
                if (node is HtmlText text)
                {
                    var (length, commas) = TextMeasure.Measure(text.Data);
                    s.TextLength += length;
                    s.Commas += commas;
                    if (inLink)
                    {
                        s.LinkLength += length;
                    }
                }
                else if (node is HtmlElement child)
                {
                    var c = result[child];
                    s.TextLength += c.TextLength;
                    s.LinkLength += inLink ? c.TextLength : c.LinkLength;
                    s.Commas += c.Commas;
                    s.Paragraphs += c.Paragraphs;
                    s.ParagraphText += c.ParagraphText;
                    s.Images += c.Images;
                    s.ListItems += c.ListItems;
                    s.Inputs += c.Inputs;
                    s.Headings += c.Headings;
                }
            }
            switch (element.LocalName)
            {
                case "p":
                    s.Paragraphs++;
                    s.ParagraphText = s.TextLength;
                    break;
                case "img":
                    s.Images++;
                    break;
                case "li":
                    s.ListItems++;
                    break;
                case "input" or "select" or "textarea" or "button":
                    s.Inputs++;
                    break;
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                    s.Headings++;
                    break;
            }
            result._stats[element.Index] = s;
        }
        return result;
    }
}

public static class TextMeasure
{
    /// <summary>Length with whitespace runs collapsed to one and leading/trailing whitespace counted as one; commas.</summary>
    public static (int Length, int Commas) Measure(string text)
    {
        var length = 0;
        var commas = 0;
        var inSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!inSpace)
                {
                    length++;
                    inSpace = true;
                }
                continue;
            }
            inSpace = false;
            length++;
            if (c is ',' or '，' or '،' or '、')
            {
                commas++;
            }
        }
        // Whitespace-only nodes (indentation between tags) are not text.
        return length == 1 && inSpace ? (0, 0) : (length, commas);
    }
}
