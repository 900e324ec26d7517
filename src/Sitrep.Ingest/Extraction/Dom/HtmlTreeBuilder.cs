namespace Sitrep.Ingest.Extraction.Dom;

/// <summary>A light HTML5 tree builder: the stack of open elements with the implied-end-tag and scope rules that
/// decide where text lands (p, li, dd/dt, headings, table rows and cells, options, nested links), head/body
/// placement, and a cut-down adoption agency for misnested formatting tags. Not built: foster parenting,
/// reconstruction of formatting elements, frames, foreign-content breakouts — none moves article text between
/// paragraphs enough to matter for extraction.</summary>
internal sealed class HtmlTreeBuilder
{
    /// <summary>How far end-tag and scope searches look down the stack: keeps stray tags on 10,000-deep pages linear.</summary>
    private const int MaxSearch = 1024;

    private readonly HtmlElement _html;
    private readonly HtmlElement _head;
    private readonly HtmlElement _body;
    private HtmlElement[] _open = new HtmlElement[64];
    private int _count;
    private bool _inBody;
    private int _foreignDepth;
    private int _elementCount;
    private string? _title;
    private readonly List<string> _jsonLd = [];
    private bool _sawDocumentTag;

    public HtmlTreeBuilder()
    {
        _html = NewElement("html");
        _head = NewElement("head");
        _body = NewElement("body");
        _html.AppendChild(_head);
        _html.AppendChild(_body);
        _open[_count++] = _body;
    }

    public HtmlElement NewElement(string name) => new(name, _elementCount++);

    public HtmlDocument Finish() => new(_html, _head, _body, _elementCount, _title, _jsonLd, isFragment: !_sawDocumentTag);

    /// <summary>The text of a &lt;script type="application/ld+json"&gt;.</summary>
    public void JsonLd(string text) => _jsonLd.Add(text);

    /// <summary>Inside &lt;svg&gt;/&lt;math&gt; a trailing "/&gt;" closes the element, as in XML.</summary>
    public bool InForeignContent => _foreignDepth > 0;

    private HtmlElement Current => _open[_count - 1];

    public void Text(string text)
    {
        if (!_inBody)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return;
            }
            _inBody = true;
        }
        var parent = Current;
        if (parent.LastChild is HtmlText last)
        {
            last.Data += text; // text split by a skipped comment is one node, as in the DOM
            return;
        }
        parent.AppendChild(new HtmlText(text));
    }

    /// <summary>Raw text element (script, style, title, textarea…) with its content already cut out by the tokenizer.</summary>
    public void RawTextElement(HtmlElement element, string? text)
    {
        if (text is not null)
        {
            element.AppendChild(new HtmlText(text));
        }
        if (element.LocalName == "title" && _foreignDepth == 0)
        {
            _title ??= text ?? "";
        }
        if (!_inBody && IsHeadPlaced(element.LocalName))
        {
            _head.AppendChild(element);
            return;
        }
        _inBody = true;
        // Complete already: appended, never pushed.
        Current.AppendChild(element);
    }

    public void StartTag(HtmlElement element, bool selfClosing)
    {
        var name = element.LocalName;
        switch (name)
        {
            case "html":
                _sawDocumentTag = true;
                MergeAttributes(element, _html);
                return;
            case "head":
                if (!_inBody)
                {
                    MergeAttributes(element, _head);
                }
                return;
            case "body":
                _sawDocumentTag = true;
                _inBody = true;
                MergeAttributes(element, _body);
                return;
        }
        if (!_inBody)
        {
            if (IsHeadPlaced(name))
            {
                _head.AppendChild(element);
                return;
            }
            _inBody = true;
        }
        CloseImplied(name);
        Current.AppendChild(element);
        var isForeignRoot = name is "svg" or "math";
        if (HtmlNames.IsVoid(name) || (selfClosing && (isForeignRoot || _foreignDepth > 0)))
        {
            return;
        }
        if (isForeignRoot)
        {
            _foreignDepth++;
        }
        Push(element);
    }

    private static bool IsHeadPlaced(string name) => HtmlNames.IsHeadContent(name);

    private static void MergeAttributes(HtmlElement from, HtmlElement into)
    {
        foreach (var name in (ReadOnlySpan<string>)["lang", "class", "id", "style", "hidden", "aria-hidden", "role", "itemprop"])
        {
            if (from.GetAttribute(name) is { } value)
            {
                into.AddAttribute(name, value);
            }
        }
    }

    /// <summary>The start-tag rules that end open elements: a block ends a paragraph, an item ends the previous item…</summary>
    private void CloseImplied(string name)
    {
        if (HtmlNames.IsClosingParagraph(name))
        {
            CloseInButtonScope("p");
        }
        switch (name)
        {
            case "li":
                CloseItem("li", "ul", "ol");
                break;
            case "dd" or "dt":
                CloseItem("dd", "dl", "dl");
                CloseItem("dt", "dl", "dl");
                break;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                if (HtmlNames.IsHeading(Current.LocalName))
                {
                    PopTo(_count - 1);
                }
                break;
            case "a":
                // A link inside a link ends the first (within the current inline run).
                for (var i = _count - 1; i > 0 && i >= _count - MaxSearch; i--)
                {
                    var n = _open[i].LocalName;
                    if (n == "a")
                    {
                        PopTo(i);
                        break;
                    }
                    if (HtmlNames.IsSpecial(n))
                    {
                        break;
                    }
                }
                break;
            case "option":
                if (Current.LocalName == "option")
                {
                    PopTo(_count - 1);
                }
                break;
            case "optgroup":
                if (Current.LocalName == "option")
                {
                    PopTo(_count - 1);
                }
                if (Current.LocalName == "optgroup")
                {
                    PopTo(_count - 1);
                }
                break;
            case "tr":
                CloseInTable("tr", "tbody", "thead", "tfoot");
                break;
            case "td" or "th":
                CloseInTable("td", "tr", "tr", "tr");
                CloseInTable("th", "tr", "tr", "tr");
                break;
            case "tbody" or "thead" or "tfoot":
                CloseInTable("tbody", "table", "table", "table");
                CloseInTable("thead", "table", "table", "table");
                CloseInTable("tfoot", "table", "table", "table");
                break;
            case "button":
                CloseInButtonScope("button");
                break;
        }
    }

    private void CloseInButtonScope(string target)
    {
        for (var i = _count - 1; i > 0 && i >= _count - MaxSearch; i--)
        {
            var n = _open[i].LocalName;
            if (n == target)
            {
                PopTo(i);
                return;
            }
            if (HtmlNames.IsScopeBoundary(n) || n == "button")
            {
                return;
            }
        }
    }

    /// <summary>li / dd / dt: an open item of the same kind is closed unless a list or other block stands in between.</summary>
    private void CloseItem(string item, string list1, string list2)
    {
        for (var i = _count - 1; i > 0 && i >= _count - MaxSearch; i--)
        {
            var n = _open[i].LocalName;
            if (n == item)
            {
                PopTo(i);
                return;
            }
            if (n == list1 || n == list2 || (HtmlNames.IsSpecial(n) && n is not ("address" or "div" or "p")))
            {
                return;
            }
        }
    }

    private void CloseInTable(string target, string stop1, string stop2, string stop3)
    {
        for (var i = _count - 1; i > 0 && i >= _count - MaxSearch; i--)
        {
            var n = _open[i].LocalName;
            if (n == target)
            {
                PopTo(i);
                return;
            }
            if (n == stop1 || n == stop2 || n == stop3 || n is "table" or "html" or "template")
            {
                return;
            }
        }
    }

    public void EndTag(string name)
    {
        switch (name)
        {
            case "html" or "body" or "head":
                return; // content after </body> still belongs to the body, as in HTML5
            case "br":
                StartTag(NewElement("br"), selfClosing: true);
                return;
        }
        if (!_inBody)
        {
            return;
        }
        var isFormatting = HtmlNames.IsFormatting(name);
        var isSpecial = HtmlNames.IsSpecial(name);
        var isTablePart = name is "table" or "tbody" or "thead" or "tfoot" or "tr" or "td" or "th" or "caption";
        var firstSpecialAbove = -1;
        for (var i = _count - 1; i > 0 && i >= _count - MaxSearch; i--)
        {
            var n = _open[i].LocalName;
            if (n == name)
            {
                if (isFormatting && firstSpecialAbove > i)
                {
                    CloseFormattingAround(i, firstSpecialAbove);
                }
                else
                {
                    PopTo(i);
                }
                return;
            }
            if (isTablePart)
            {
                if (n is "table" or "html" or "template")
                {
                    return;
                }
                continue;
            }
            if (HtmlNames.IsScopeBoundary(n) || (!isFormatting && !isSpecial && HtmlNames.IsSpecial(n)) || (name == "li" && n is "ul" or "ol"))
            {
                return;
            }
            if (HtmlNames.IsSpecial(n))
            {
                firstSpecialAbove = i;
            }
        }
    }

    /// <summary>"&lt;a&gt;&lt;div&gt;…&lt;/a&gt;": the formatting element ends, the block opened inside it stays open
    /// but moves out to follow it (the gist of the HTML5 adoption agency).</summary>
    private void CloseFormattingAround(int formatting, int block)
    {
        var element = _open[formatting];
        var blockElement = _open[block];
        if (element.Parent is { } parent)
        {
            blockElement.Remove();
            parent.AppendChild(blockElement);
        }
        // Drop the formatting element and the inline ones between it and the block from the stack.
        var removed = block - formatting;
        Array.Copy(_open, block, _open, formatting, _count - block);
        _count -= removed;
    }

    private void Push(HtmlElement element)
    {
        if (_count == _open.Length)
        {
            Array.Resize(ref _open, _open.Length * 2);
        }
        _open[_count++] = element;
    }

    /// <summary>Pops the element at <paramref name="index"/> and everything above it (never the body).</summary>
    private void PopTo(int index)
    {
        index = Math.Max(1, index);
        for (var i = _count - 1; i >= index; i--)
        {
            if (_open[i].LocalName is "svg" or "math")
            {
                _foreignDepth = Math.Max(0, _foreignDepth - 1);
            }
        }
        _count = index;
    }
}
