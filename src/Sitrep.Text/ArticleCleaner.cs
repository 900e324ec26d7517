using System.Text;
using Sitrep.Core.Pipeline;
using Sitrep.Text.Cleaning;

namespace Sitrep.Text;

/// <summary>Cleaning: raw text or simple HTML in, a <see cref="Document"/> whose body is the article text alone
/// (paragraphs separated by "\n\n") and whose metadata carries what the residue told us — headline → Title,
/// dateline place → Dateline, agency credit → Source (full name). Captions, photo credits, "Show more" / "Read more"
/// widgets, share buttons and advertisement labels are dropped. The body is final: every later span indexes it.</summary>
public sealed class ArticleCleaner : IArticleCleaner
{
    public Document Clean(RawArticle raw)
    {
        var text = raw.IsHtml ? HtmlText.ToText(raw.Content) : raw.Content;
        var lines = ArticleLines.Split(text);
        string? source = null;
        string? byline = null;

        RemoveResidue(lines);
        var title = TakeHeadlineAndDateline(lines, raw.Title, out var dateline, out var datelineAgency, ref byline);
        source = datelineAgency;
        var trailing = TakeTrailingCredits(lines);
        source ??= trailing;
        RemoveLaterDuplicates(lines);

        if (title is null && raw.Title is { } given)
        {
            title = given.Trim();
            var first = lines.FindIndex(l => !l.Removed);
            if (first >= 0 && string.Equals(lines[first].Text, title, StringComparison.OrdinalIgnoreCase)) lines[first].Removed = true;
        }

        return new Document(ArticleLines.Join(lines))
        {
            Title = string.IsNullOrWhiteSpace(title) ? null : title,
            Published = raw.Published,
            Dateline = dateline,
            Source = source ?? raw.Source,
            Language = raw.Language ?? "en",
            ExternalId = raw.ExternalId,
            Url = raw.Url,
            Byline = raw.Byline ?? byline,
        };
    }

    private static void RemoveResidue(List<ArticleLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Removed) continue;
            var text = line.Text;
            if (Residue.IsTeaserLead(text))
            {
                line.Removed = true;
                // The teaser headline the widget pointed to.
                if (i + 1 < lines.Count && ArticleLines.IsHeadlineLike(lines[i + 1].Text)) lines[i + 1].Removed = true;
            }
            else if (Residue.IsBoilerplate(text) || Residue.IsCaption(text))
            {
                line.Removed = true;
            }
            else if (Residue.WithoutExpander(text) is { } stripped)
            {
                // A caption cut short and glued to its "Show more" button: drop it and the copies it repeats.
                var copies = RemoveCopiesOf(lines, i, stripped);
                if (copies > 0 || !ArticleLines.EndsSentence(stripped)) line.Removed = true;
                else line.Text = stripped;
            }
        }
    }

    private static int RemoveCopiesOf(List<ArticleLine> lines, int index, string truncated)
    {
        var key = truncated.Length > 60 ? truncated[..60] : truncated;
        if (key.Length < 20) return 0;
        var removed = 0;
        for (var j = 0; j < lines.Count; j++)
        {
            if (j == index || lines[j].Removed) continue;
            if (lines[j].Text.StartsWith(key, StringComparison.Ordinal))
            {
                lines[j].Removed = true;
                removed++;
            }
        }
        return removed;
    }

    /// <summary>Finds the dateline in the first lines; the headline is the headline-like line before it, and
    /// anything above the dateline (captions, navigation, the headline itself) is not body.</summary>
    private static string? TakeHeadlineAndDateline(List<ArticleLine> lines, string? knownTitle, out string? dateline, out string? agency, ref string? byline)
    {
        dateline = null;
        agency = null;
        var seen = 0;
        for (var i = 0; i < lines.Count && seen < 12; i++)
        {
            if (lines[i].Removed) continue;
            seen++;
            var match = Dateline.Find(lines[i].Text);
            if (match is null)
            {
                // "BAAR, SWITZERLAND" alone on its line, the story on the next.
                if (Dateline.FindStandalone(lines[i].Text) is not { } place || lines.FindIndex(i + 1, l => !l.Removed) < 0) continue;
                match = new DatelineMatch(place, null, lines[i].Text.Length);
                lines[i].Removed = true;
            }
            dateline = match.Place;
            // A credit that is no known agency is the outlet's own name, as written.
            agency = match.Agency is null ? null : Agencies.FullName(match.Agency) ?? match.Agency;
            lines[i].Text = lines[i].Text[match.Length..].TrimStart();
            string? title = null;
            for (var j = i - 1; j >= 0; j--)
            {
                if (lines[j].Removed) continue;
                if (byline is null && ArticleLines.IsByline(lines[j].Text))
                {
                    byline = ArticleLines.BylineName(lines[j].Text);
                }
                else if (title is null && ArticleLines.IsHeadlineLike(lines[j].Text))
                {
                    title = lines[j].Text;
                }
                lines[j].Removed = true;
            }
            return title;
        }
        // No dateline: a headline-like first line followed by more text is the headline. When the container already
        // knew the title (page metadata), the first line is the headline only if it says the same; otherwise the
        // extractor has dropped the headline and that line is body (a subhead, a lead-in).
        var first = lines.FindIndex(l => !l.Removed);
        if (first < 0) return null;
        var next = lines.FindIndex(first + 1, l => !l.Removed);
        if (next < 0 || !ArticleLines.IsHeadlineLike(lines[first].Text)) return null;
        if (knownTitle is not null && !ArticleLines.SameHeadline(lines[first].Text, knownTitle)) return null;
        lines[first].Removed = true;
        if (ArticleLines.IsByline(lines[next].Text))
        {
            byline ??= ArticleLines.BylineName(lines[next].Text);
            lines[next].Removed = true;
        }
        return lines[first].Text;
    }

    private static string? TakeTrailingCredits(List<ArticleLine> lines)
    {
        string? source = null;
        string? implied = null;
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            if (lines[i].Removed) continue;
            var text = lines[i].Text;
            if (Credits.CreditOnly(text) is { } credit)
            {
                source ??= credit;
                lines[i].Removed = true;
                continue;
            }
            if (Credits.IsSignOff(text, out var fromSignOff))
            {
                implied ??= fromSignOff;
                lines[i].Removed = true;
                continue;
            }
            if (Credits.StripGlued(ref text) is { } glued)
            {
                source ??= glued;
                lines[i].Text = text;
            }
            break;
        }
        return source ?? implied;
    }

    /// <summary>A long line seen before (a repeated caption or pull quote) is kept once.</summary>
    private static void RemoveLaterDuplicates(List<ArticleLine> lines)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            if (line.Removed || line.Text.Length < 40) continue;
            if (!seen.Add(line.Text)) line.Removed = true;
        }
    }
}

/// <summary>One input line with its blank-line block, so paragraphs can be rebuilt after lines are dropped.</summary>
internal sealed class ArticleLine(string text, int block)
{
    public string Text { get; set; } = text;
    public int Block { get; } = block;
    public bool Removed { get; set; }
}

internal static class ArticleLines
{
    /// <summary>Splits into trimmed lines with whitespace inside each collapsed to single spaces.</summary>
    public static List<ArticleLine> Split(string text)
    {
        var lines = new List<ArticleLine>();
        var block = 0;
        var sb = new StringBuilder();
        foreach (var rawLine in text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n'))
        {
            sb.Clear();
            var pendingSpace = false;
            foreach (var c in rawLine)
            {
                if (c is '\u200B' or '\uFEFF' or '\u00AD') continue; // zero-width and soft hyphen: invisible residue
                if (char.IsWhiteSpace(c))
                {
                    pendingSpace = sb.Length > 0;
                    continue;
                }
                if (pendingSpace) sb.Append(' ');
                pendingSpace = false;
                sb.Append(c);
            }
            if (sb.Length == 0)
            {
                block++;
                continue;
            }
            lines.Add(new ArticleLine(sb.ToString(), block));
        }
        return lines;
    }

    /// <summary>Paragraphs are blocks between blank lines; inside a block a line break stays a paragraph break
    /// after a finished sentence or a short line, and is a hard wrap (joined by a space) otherwise.</summary>
    public static string Join(List<ArticleLine> lines)
    {
        var sb = new StringBuilder();
        ArticleLine? previous = null;
        var blockWidth = 0;
        foreach (var line in lines)
        {
            if (line.Removed || line.Text.Length == 0) continue;
            if (previous is null)
            {
                blockWidth = BlockWidth(lines, line.Block);
            }
            else if (previous.Block != line.Block)
            {
                sb.Append("\n\n");
                blockWidth = BlockWidth(lines, line.Block);
            }
            else
            {
                var wrapped = !EndsSentence(previous.Text) && previous.Text.Length >= blockWidth * 0.6;
                sb.Append(wrapped ? " " : "\n\n");
            }
            sb.Append(line.Text);
            previous = line;
        }
        return sb.ToString();
    }

    private static int BlockWidth(List<ArticleLine> lines, int block)
    {
        var width = 0;
        foreach (var l in lines)
        {
            if (l.Block == block && !l.Removed) width = Math.Max(width, l.Text.Length);
        }
        return width;
    }

    public static bool EndsSentence(string text) => text.Length > 0 && text[^1] is '.' or '!' or '?' or '"' or '”' or '’' or ':' or ')' or '…';

    /// <summary>A short line without a final period: a headline (or the teaser headline after "Read more").</summary>
    public static bool IsHeadlineLike(string text)
    {
        if (text.Length is < 8 or > 200) return false;
        if (text[^1] is '.' or ',' or ';' or ':' or '-' or '–' or '—') return false;
        if (!char.IsLetterOrDigit(text[0]) && text[0] is not ('"' or '“' or '‘' or '\'')) return false;
        if (text.Contains(" | ", StringComparison.Ordinal) || text.Contains("www.", StringComparison.OrdinalIgnoreCase)
            || text.Contains("://", StringComparison.Ordinal))
        {
            return false; // navigation or a product box, not a headline
        }
        var words = 1;
        foreach (var c in text)
        {
            if (c == ' ') words++;
        }
        return words is >= 2 and <= 25 && !HasInnerSentenceEnd(text) && !Residue.IsCaption(text);
    }

    /// <summary>Equal ignoring case and spacing, or one a prefix of the other ("Title | Site name").</summary>
    public static bool SameHeadline(string line, string title)
    {
        var a = line.Trim();
        var b = title.Trim();
        return a.StartsWith(b, StringComparison.OrdinalIgnoreCase) || b.StartsWith(a, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"… advertiser. All opinions …": a sentence ends inside the line, so it is prose, not a headline.</summary>
    private static bool HasInnerSentenceEnd(string text)
    {
        for (var i = 3; i + 2 < text.Length; i++)
        {
            if (text[i] is not ('.' or '!' or '?') || text[i + 1] != ' ' || !char.IsUpper(text[i + 2])) continue;
            // The word before must be a lower-case word of three or more letters, so "U.S. Army" does not count.
            if (char.IsLower(text[i - 1]) && char.IsLower(text[i - 2]) && char.IsLetter(text[i - 3])) return true;
        }
        return false;
    }

    public static bool IsByline(string text) =>
        text.Length <= 80 && text.StartsWith("By ", StringComparison.Ordinal) && text.Length > 4 && char.IsUpper(text[3]);

    public static string BylineName(string text) => text[3..].Trim();
}
