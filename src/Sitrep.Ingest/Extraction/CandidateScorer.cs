using Sitrep.Ingest.Extraction.Dom;

namespace Sitrep.Ingest.Extraction;

/// <summary>Readability-style content scoring: every paragraph votes for its parent and, weaker, its ancestors;
/// the best-scoring container (after link-density damping) is the article, widened to a common ancestor when the
/// runners-up say the text is split over several containers.</summary>
public static class CandidateScorer
{
    private const int MinParagraphLength = 25;
    private const int AncestorLevels = 5;

    public static HtmlElement? FindTop(HtmlElement root, NodeStats stats, out Dictionary<HtmlElement, double> scores)
    {
        scores = new Dictionary<HtmlElement, double>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<HtmlElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            for (var child = element.FirstElementChild; child is not null; child = child.NextElementSibling)
            {
                stack.Push(child);
            }
            if (!IsParagraphLike(element, stats))
            {
                VoteLooseText(element, stats, scores, root);
                continue;
            }
            var s = stats[element];
            Vote(element.ParentElement, s.TextLength - s.LinkLength, s.Commas, scores, root);
        }
        return PickTop(root, stats, scores);
    }

    /// <summary>Text written straight into a container between its block children ("text&lt;h2&gt;…&lt;/h2&gt;text")
    /// is a paragraph whose parent is the container (Readability wraps such runs in &lt;p&gt;).</summary>
    private static void VoteLooseText(HtmlElement element, NodeStats stats, Dictionary<HtmlElement, double> scores, HtmlElement root)
    {
        if (element.LocalName is not ("div" or "section" or "article" or "main" or "td" or "body" or "blockquote" or "center" or "font" or "form"))
        {
            return;
        }
        int length = 0, commas = 0;
        for (var node = element.FirstChild; ; node = node.NextSibling)
        {
            if (node is null || (node is HtmlElement e && TextCollector.IsBlock(e.LocalName)))
            {
                if (length >= MinParagraphLength)
                {
                    Vote(element, length, commas, scores, root);
                }
                length = 0;
                commas = 0;
                if (node is null)
                {
                    break;
                }
                continue;
            }
            if (node is HtmlText text)
            {
                var (l, c) = TextMeasure.Measure(text.Data);
                length += l;
                commas += c;
            }
            else if (node is HtmlElement inline)
            {
                var s = stats[inline];
                length += s.TextLength - s.LinkLength;
                commas += s.Commas;
            }
        }
    }

    private static void Vote(HtmlElement? parent, int ownLength, int commas, Dictionary<HtmlElement, double> scores, HtmlElement root)
    {
        if (ownLength < MinParagraphLength || parent is null)
        {
            return;
        }
        var vote = 1 + commas + Math.Min(ownLength / 100, 3);
        var ancestor = parent;
        {
            for (var level = 0; level < AncestorLevels && ancestor is not null; level++, ancestor = ancestor.ParentElement)
            {
                if (!scores.TryGetValue(ancestor, out var current))
                {
                    current = InitialScore(ancestor);
                }
                var divider = level switch { 0 => 1.0, 1 => 2.0, _ => level * 3.0 };
                scores[ancestor] = current + vote / divider;
                if (ancestor == root)
                {
                    break;
                }
            }
        }
    }

    private static HtmlElement? PickTop(HtmlElement root, NodeStats stats, Dictionary<HtmlElement, double> scores)
    {
        HtmlElement? top = null;
        var topScore = double.MinValue;
        var finals = new List<(HtmlElement Element, double Score)>(scores.Count);
        foreach (var (element, raw) in scores)
        {
            var final = raw * (1 - stats[element].LinkDensity);
            finals.Add((element, final));
            if (final > topScore)
            {
                topScore = final;
                top = element;
            }
        }
        foreach (var (element, final) in finals)
        {
            scores[element] = final;
        }
        if (top is null)
        {
            return null;
        }
        top = WidenToSharedAncestor(top, topScore, finals, root);
        // An only child holds nothing its parent does not: take the parent, it may carry siblings' context.
        while (top != root && top.ParentElement is { } parent && parent.ChildElementCount == 1 && parent.LocalName != "body")
        {
            top = parent;
        }
        return top;
    }

    /// <summary>When three or more of the strong runners-up sit under one ancestor of the top candidate, the article
    /// is split over several containers: take that ancestor.</summary>
    private static HtmlElement WidenToSharedAncestor(HtmlElement top, double topScore, List<(HtmlElement Element, double Score)> finals, HtmlElement root)
    {
        var runnersUp = new List<HtmlElement>();
        foreach (var (element, score) in finals)
        {
            if (element != top && score >= topScore * 0.75)
            {
                runnersUp.Add(element);
            }
        }
        if (runnersUp.Count < 3)
        {
            return top;
        }
        for (var ancestor = top.ParentElement; ancestor is not null && ancestor != root; ancestor = ancestor.ParentElement)
        {
            var contained = 0;
            foreach (var candidate in runnersUp)
            {
                if (ancestor.Contains(candidate))
                {
                    contained++;
                }
            }
            if (contained >= 3)
            {
                return ancestor;
            }
        }
        return top;
    }

    private static bool IsParagraphLike(HtmlElement element, NodeStats stats)
    {
        switch (element.LocalName)
        {
            case "p" or "pre" or "td" or "blockquote" or "dd":
                return true;
            case "div" or "section" or "span" or "font" or "article" or "center":
                // A block with no block children is a paragraph in disguise.
                for (var child = element.FirstElementChild; child is not null; child = child.NextElementSibling)
                {
                    if (TextCollector.IsBlock(child.LocalName))
                    {
                        return false;
                    }
                }
                return element.LocalName != "span" || element.ParentElement?.LocalName is not ("p" or "span" or "a");
            default:
                return false;
        }
    }

    private static double InitialScore(HtmlElement element)
    {
        double score = element.LocalName switch
        {
            "div" or "article" or "main" or "section" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        var signal = ClassSignals.Of(element);
        if ((signal & ClassSignal.Positive) != 0)
        {
            score += 25;
        }
        if ((signal & ClassSignal.Unlikely) != 0)
        {
            score -= 25;
        }
        if ((signal & ClassSignal.Strong) != 0)
        {
            score += 50;
        }
        if (element.LocalName == "article")
        {
            score += 10;
        }
        return score;
    }
}
