using System.Text;

namespace Sitrep.Ingest.Extraction.Dom;

/// <summary>A node of the light DOM the extractor works on: a doubly linked child list, so removal is O(1).
/// Member names follow the W3C DOM (as AngleSharp has them) so extraction code reads the same.</summary>
public abstract class HtmlNode
{
    public HtmlElement? Parent { get; internal set; }
    public HtmlNode? NextSibling { get; internal set; }
    public HtmlNode? PreviousSibling { get; internal set; }

    public HtmlElement? ParentElement => Parent;

    public HtmlElement? NextElementSibling => ElementAtOrAfter(NextSibling);

    public HtmlElement? PreviousElementSibling => ElementAtOrBefore(PreviousSibling);

    /// <summary>The first element from <paramref name="node"/> on along the sibling chain (itself if an element).</summary>
    internal static HtmlElement? ElementAtOrAfter(HtmlNode? node)
    {
        while (node is not null and not HtmlElement)
        {
            node = node.NextSibling;
        }
        return (HtmlElement?)node;
    }

    /// <summary>The first element from <paramref name="node"/> back along the sibling chain (itself if an element).</summary>
    internal static HtmlElement? ElementAtOrBefore(HtmlNode? node)
    {
        while (node is not null and not HtmlElement)
        {
            node = node.PreviousSibling;
        }
        return (HtmlElement?)node;
    }

    /// <summary>Unlinks this node (and its subtree) from its parent.</summary>
    public void Remove()
    {
        var parent = Parent;
        if (parent is null)
        {
            return;
        }
        if (PreviousSibling is { } prev)
        {
            prev.NextSibling = NextSibling;
        }
        else
        {
            parent.FirstChild = NextSibling;
        }
        if (NextSibling is { } next)
        {
            next.PreviousSibling = PreviousSibling;
        }
        else
        {
            parent.LastChild = PreviousSibling;
        }
        Parent = null;
        NextSibling = null;
        PreviousSibling = null;
    }
}

public sealed class HtmlText(string data) : HtmlNode
{
    /// <summary>The text with character references decoded.</summary>
    public string Data { get; internal set; } = data;
}

public sealed class HtmlElement : HtmlNode
{
    private (string Name, string Value)[] _attributes = [];
    private int _attributeCount;

    internal HtmlElement(string localName, int index)
    {
        LocalName = localName;
        Index = index;
    }

    /// <summary>Lower-case tag name.</summary>
    public string LocalName { get; }

    /// <summary>Creation order, dense from 0: lets per-element figures live in arrays instead of dictionaries.</summary>
    public int Index { get; }

    public HtmlNode? FirstChild { get; internal set; }
    public HtmlNode? LastChild { get; internal set; }

    public HtmlElement? FirstElementChild => ElementAtOrAfter(FirstChild);

    public HtmlElement? LastElementChild => ElementAtOrBefore(LastChild);

    public int ChildElementCount
    {
        get
        {
            var count = 0;
            for (var node = FirstChild; node is not null; node = node.NextSibling)
            {
                if (node is HtmlElement)
                {
                    count++;
                }
            }
            return count;
        }
    }

    public string? Id => GetAttribute("id");

    public string? GetAttribute(string name)
    {
        for (var i = 0; i < _attributeCount; i++)
        {
            if (string.Equals(_attributes[i].Name, name, StringComparison.Ordinal))
            {
                return _attributes[i].Value;
            }
        }
        return null;
    }

    public bool HasAttribute(string name) => GetAttribute(name) is not null;

    /// <summary>First value wins, as in HTML5 (duplicate attributes are dropped).</summary>
    internal void AddAttribute(string name, string value)
    {
        if (HasAttribute(name))
        {
            return;
        }
        if (_attributeCount == _attributes.Length)
        {
            Array.Resize(ref _attributes, Math.Max(2, _attributeCount * 2));
        }
        _attributes[_attributeCount++] = (name, value);
    }

    internal void AppendChild(HtmlNode child)
    {
        child.Parent = this;
        child.PreviousSibling = LastChild;
        child.NextSibling = null;
        if (LastChild is null)
        {
            FirstChild = child;
        }
        else
        {
            LastChild.NextSibling = child;
        }
        LastChild = child;
    }

    /// <summary>True when <paramref name="node"/> is this element or inside it.</summary>
    public bool Contains(HtmlNode node)
    {
        for (HtmlNode? n = node; n is not null; n = n.Parent)
        {
            if (ReferenceEquals(n, this))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>All descendant text, in document order (iterative: DOMs can be thousands deep).</summary>
    public string TextContent
    {
        get
        {
            var sb = new StringBuilder();
            HtmlNode? node = FirstChild;
            while (node is not null)
            {
                if (node is HtmlText text)
                {
                    sb.Append(text.Data);
                }
                else if (node is HtmlElement { FirstChild: { } first })
                {
                    node = first;
                    continue;
                }
                while (node is not null && node.NextSibling is null)
                {
                    node = node.Parent;
                    if (ReferenceEquals(node, this))
                    {
                        return sb.ToString();
                    }
                }
                node = node?.NextSibling;
            }
            return sb.ToString();
        }
    }
}

/// <summary>A parsed page: &lt;html&gt; with its &lt;head&gt; and &lt;body&gt; (always present, implied if the markup has none).</summary>
public sealed class HtmlDocument(HtmlElement documentElement, HtmlElement head, HtmlElement body, int elementCount, string? title, IReadOnlyList<string> jsonLd, bool isFragment)
{
    public HtmlElement DocumentElement { get; } = documentElement;
    public HtmlElement Head { get; } = head;
    public HtmlElement Body { get; } = body;
    /// <summary>Elements created while parsing: the bound for <see cref="HtmlElement.Index"/>.</summary>
    public int ElementCount { get; } = elementCount;
    /// <summary>The first &lt;title&gt;'s text.</summary>
    public string? Title { get; } = title;
    /// <summary>The text of every &lt;script type="application/ld+json"&gt;, in page order (other script text is never kept).</summary>
    public IReadOnlyList<string> JsonLd { get; } = jsonLd;
    /// <summary>No &lt;html&gt; or &lt;body&gt; tag: a markup snippet (feed item content), not a page.</summary>
    public bool IsFragment { get; } = isFragment;
}
