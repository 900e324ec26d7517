using Sitrep.Ingest.Extraction.Dom;

namespace Sitrep.Ingest.Extraction;

/// <summary>Removes what is never article text (scripts, forms, navigation, hidden parts), then the regions whose
/// class or id name boilerplate — unless they hold most of the page's paragraph text.</summary>
public static class DomPruner
{
    private static readonly HashSet<string> NeverContent = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "video", "audio",
        "picture", "source", "track", "map", "input", "button", "select", "textarea", "option", "label", "nav", "aside",
        "footer", "figure", "figcaption", "dialog", "menu", "link", "meta", "head", "math", "img",
    };

    public static void RemoveNeverContent(HtmlElement root) =>
        RemoveTopmost(root, static element => NeverContent.Contains(element.LocalName) || IsHidden(element));

    /// <summary>Drops boilerplate-named regions. Safety: a region holding over 40% of all paragraph text is kept
    /// (a wrapper named "page-with-sidebar" is still the article).</summary>
    public static void RemoveUnlikely(HtmlElement root, NodeStats stats)
    {
        var total = Math.Max(1, stats[root].ParagraphText);
        var totalText = Math.Max(1, stats[root].TextLength);
        RemoveTopmost(root, element => IsUnlikely(element, stats, total, totalText));
    }

    /// <summary>Removes every element below <paramref name="root"/> that matches, without descending into it
    /// (its subtree goes with it); collected first so the walk never sees a detached node.</summary>
    private static void RemoveTopmost(HtmlElement root, Func<HtmlElement, bool> matches)
    {
        var doomed = new List<HtmlElement>();
        var stack = new Stack<HtmlElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (element != root && matches(element))
            {
                doomed.Add(element);
                continue;
            }
            for (var child = element.FirstElementChild; child is not null; child = child.NextElementSibling)
            {
                stack.Push(child);
            }
        }
        foreach (var element in doomed)
        {
            element.Remove();
        }
    }

    private static bool IsUnlikely(HtmlElement element, NodeStats stats, int totalParagraphText, int totalText)
    {
        var name = element.LocalName;
        if (name is "body" or "html" or "article" or "main" or "table" or "tbody" or "tr" or "td" or "p" or "a")
        {
            return false;
        }
        if (name == "header")
        {
            // A header is the masthead or the article's title block; either way not body text, unless it holds paragraphs.
            return stats[element].ParagraphText < totalParagraphText / 10;
        }
        var signal = ClassSignals.Of(element);
        if ((signal & ClassSignal.Unlikely) == 0 || (signal & ClassSignal.Positive) != 0)
        {
            return false;
        }
        // Pages without <p> (text in divs) rely on the plain text share.
        return stats[element].ParagraphText < totalParagraphText * 0.4 && stats[element].TextLength < totalText * 0.4;
    }

    private static bool IsHidden(HtmlElement element)
    {
        if (element.HasAttribute("hidden") || element.GetAttribute("aria-hidden") == "true")
        {
            return true;
        }
        var style = element.GetAttribute("style");
        if (style is null)
        {
            return false;
        }
        var compact = style.Replace(" ", "", StringComparison.Ordinal);
        return compact.Contains("display:none", StringComparison.OrdinalIgnoreCase)
            || compact.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
    }
}
