using Sitrep.Ingest.Extraction.Dom;

namespace Sitrep.Ingest.Extraction;

/// <summary>The main-text pipeline on a parsed page: prune → score → pick the container and its kin → collect text.</summary>
public static class ArticleBodyFinder
{
    /// <param name="fragment">True for a markup snippet (feed item content): no page chrome, so all its text is the article.</param>
    public static string Find(HtmlDocument document, bool fragment = false, string? title = null)
    {
        var body = document.Body;
        DomPruner.RemoveNeverContent(body);
        var stats = NodeStats.Compute(body, document.ElementCount);
        if (fragment)
        {
            var all = new TextCollector(stats);
            all.Add(body);
            return all.ToString();
        }
        DomPruner.RemoveUnlikely(body, stats);
        stats = NodeStats.Compute(body, document.ElementCount);
        var top = CandidateScorer.FindTop(body, stats, out var scores);
        var collector = new TextCollector(stats, title);
        if (top is null)
        {
            collector.Add(body);
            return collector.ToString();
        }
        foreach (var part in WithSiblings(top, scores, stats))
        {
            collector.Add(part);
        }
        return collector.ToString();
    }

    /// <summary>Readability's sibling rule: neighbours of the top container that score well, share its class, or are
    /// clean prose paragraphs belong to the article too (intro paragraphs, split bodies).</summary>
    private static List<HtmlElement> WithSiblings(HtmlElement top, Dictionary<HtmlElement, double> scores, NodeStats stats)
    {
        var parts = new List<HtmlElement>();
        var parent = top.ParentElement;
        if (parent is null || top.LocalName == "body")
        {
            parts.Add(top);
            return parts;
        }
        var topScore = scores.TryGetValue(top, out var ts) ? ts : 0;
        var threshold = Math.Max(10, topScore * 0.2);
        var topClass = top.GetAttribute("class");
        for (var sibling = parent.FirstElementChild; sibling is not null; sibling = sibling.NextElementSibling)
        {
            if (sibling == top)
            {
                parts.Add(sibling);
                continue;
            }
            var bonus = !string.IsNullOrEmpty(topClass) && sibling.GetAttribute("class") == topClass ? topScore * 0.2 : 0;
            if (scores.TryGetValue(sibling, out var score) && score + bonus >= threshold)
            {
                parts.Add(sibling);
                continue;
            }
            if (sibling.LocalName == "p")
            {
                var s = stats[sibling];
                var density = s.LinkDensity;
                if ((s.TextLength > 80 && density < 0.25) || (s.TextLength > 0 && density == 0 && sibling.TextContent.Contains(". ", StringComparison.Ordinal)))
                {
                    parts.Add(sibling);
                }
            }
        }
        return parts;
    }
}
