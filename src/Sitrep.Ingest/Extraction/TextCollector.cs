using System.Text;
using Sitrep.Ingest.Extraction.Dom;

namespace Sitrep.Ingest.Extraction;

/// <summary>Turns the chosen containers into paragraphs ("\n\n" between them), skipping the junk that survived
/// pruning inside the article: link lists, share bars, image galleries, forms (Readability's "clean conditionally").</summary>
public sealed class TextCollector
{
    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "blockquote", "pre", "ul", "ol", "li",
        "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "h1", "h2", "h3", "h4", "h5", "h6",
        "hr", "form", "fieldset", "address", "figure", "figcaption", "center", "details", "summary", "body", "html",
    };

    public static bool IsBlock(string localName) => Blocks.Contains(localName);

    private readonly NodeStats _stats;
    private readonly StringBuilder _paragraph = new();
    private bool _pendingSpace;
    private int _containerText;
    private int _linkDepth;
    private int _linkChars;
    private readonly List<(string Text, double LinkDensity)> _paragraphs = [];

    private readonly string? _title;

    /// <param name="title">The page title: a leading paragraph repeating it is dropped.</param>
    public TextCollector(NodeStats stats, string? title = null)
    {
        _stats = stats;
        _title = title;
    }

    public void Add(HtmlElement container)
    {
        _containerText = Math.Max(1, _stats[container].TextLength);
        var stack = new Stack<(HtmlNode Node, bool Exit)>();
        stack.Push((container, false));
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (node is HtmlText text)
            {
                AppendText(text.Data);
                continue;
            }
            if (node is not HtmlElement element)
            {
                continue;
            }
            var block = Blocks.Contains(element.LocalName);
            if (exit)
            {
                if (block)
                {
                    Flush();
                }
                else if (element.LocalName == "a")
                {
                    _linkDepth--;
                }
                continue;
            }
            if (element.LocalName == "br")
            {
                Flush();
                continue;
            }
            if (element != container && IsJunk(element))
            {
                continue;
            }
            if (block)
            {
                Flush();
            }
            else if (element.LocalName == "a")
            {
                _linkDepth++;
            }
            stack.Push((element, true));
            for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
            {
                stack.Push((child, false));
            }
        }
        Flush();
    }

    public override string ToString()
    {
        var kept = ParagraphFilter.Apply(_paragraphs, _title);
        var sb = new StringBuilder();
        foreach (var p in kept)
        {
            if (sb.Length > 0)
            {
                sb.Append("\n\n");
            }
            sb.Append(p);
        }
        return sb.ToString();
    }

    private bool IsJunk(HtmlElement element)
    {
        var name = element.LocalName;
        if (name == "h1")
        {
            return true; // the title, kept in metadata, not body
        }
        if (name is "a" or "b" or "strong" or "em" or "i")
        {
            return false;
        }
        var s = _stats[element];
        var signal = ClassSignals.Of(element);
        // A boilerplate name inside the article is trusted only for a minor part of it: wrappers named
        // "side-of-rail" or "widget-container" can hold the whole story.
        if ((signal & ClassSignal.Unlikely) != 0 && (signal & ClassSignal.Positive) == 0 && s.TextLength < _containerText / 2)
        {
            return true;
        }
        if (!Blocks.Contains(name))
        {
            return false;
        }
        if (name is "ul" or "ol")
        {
            return s.LinkDensity > 0.5;
        }
        if (name is "div" or "section" or "table" or "form" or "fieldset" or "header")
        {
            var weight = (signal & ClassSignal.Positive) != 0 ? 25 : 0;
            if (s.Commas >= 10)
            {
                return false;
            }
            if (weight < 25 && s.LinkDensity > 0.33 && s.TextLength < 400)
            {
                return true;
            }
            if (s.LinkDensity > 0.5)
            {
                return true;
            }
            if (s.Inputs > s.Paragraphs / 3 + 1)
            {
                return true;
            }
            if (s.ListItems > s.Paragraphs + 3 && name != "table" && s.LinkDensity > 0.2)
            {
                return true;
            }
        }
        return false;
    }

    private void AppendText(string data)
    {
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                _pendingSpace = _paragraph.Length > 0;
                continue;
            }
            if (_pendingSpace)
            {
                _paragraph.Append(' ');
                _pendingSpace = false;
            }
            _paragraph.Append(c);
            if (_linkDepth > 0)
            {
                _linkChars++;
            }
        }
    }

    private void Flush()
    {
        _pendingSpace = false;
        if (_paragraph.Length == 0)
        {
            return;
        }
        _paragraphs.Add((_paragraph.ToString(), (double)_linkChars / _paragraph.Length));
        _paragraph.Clear();
        _linkChars = 0;
    }
}
