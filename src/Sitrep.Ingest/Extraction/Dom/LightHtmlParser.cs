using System.Net;

namespace Sitrep.Ingest.Extraction.Dom;

/// <summary>A tolerant HTML tokenizer feeding <see cref="HtmlTreeBuilder"/>: tags, attributes (only the ones the
/// extractor reads), character references, comments, doctype, and the raw-text elements whose content is not
/// markup (script/style skipped unread; title/textarea kept as text). Several times faster than a full HTML5 DOM
/// because it builds only what extraction looks at. Never recursive, never throws on bad markup.</summary>
public static class LightHtmlParser
{
    public static HtmlDocument Parse(string html)
    {
        var builder = new HtmlTreeBuilder();
        var span = html.AsSpan();
        var textStart = 0;
        var i = 0;
        while (i < span.Length)
        {
            var lt = span[i..].IndexOf('<');
            if (lt < 0)
            {
                break;
            }
            lt += i;
            var next = lt + 1 < span.Length ? span[lt + 1] : '\0';
            if (char.IsAsciiLetter(next))
            {
                EmitText(html, textStart, lt, builder);
                i = StartTag(html, lt + 1, builder);
                textStart = i;
            }
            else if (next == '/' && lt + 2 < span.Length && char.IsAsciiLetter(span[lt + 2]))
            {
                EmitText(html, textStart, lt, builder);
                var nameEnd = NameEnd(span, lt + 2);
                builder.EndTag(HtmlNames.TagName(span[(lt + 2)..nameEnd]));
                i = SkipPast(span, nameEnd, '>');
                textStart = i;
            }
            else if (next == '!' || next == '?' || next == '/')
            {
                EmitText(html, textStart, lt, builder);
                i = SkipMarkupDeclaration(span, lt);
                textStart = i;
            }
            else
            {
                i = lt + 1; // a lone '<' is text
            }
        }
        EmitText(html, textStart, span.Length, builder);
        return builder.Finish();
    }

    private static void EmitText(string html, int start, int end, HtmlTreeBuilder builder)
    {
        if (end > start)
        {
            builder.Text(Decode(html, start, end - start));
        }
    }

    private static string Decode(string html, int start, int length)
    {
        var raw = html.AsSpan(start, length);
        if (raw.IndexOfAnyExcept(" \n\t\r\f") < 0)
        {
            // Indentation between tags is most text nodes: one shared string, no copy (all whitespace reads alike).
            return length == 0 ? "" : " ";
        }
        // Character references are rare enough that decoding only spans holding '&' keeps this a plain copy.
        return raw.Contains('&') ? WebUtility.HtmlDecode(raw.ToString()) : raw.ToString();
    }

    /// <summary>Comments, doctype, CDATA, processing instructions, "&lt;/&gt;": all skipped.</summary>
    private static int SkipMarkupDeclaration(ReadOnlySpan<char> span, int lt)
    {
        if (span[lt..].StartsWith("<!--"))
        {
            var body = lt + 4;
            // "<!-->" and "<!--->" are complete (empty) comments.
            if (span[body..].StartsWith(">"))
            {
                return body + 1;
            }
            if (span[body..].StartsWith("->"))
            {
                return body + 2;
            }
            var end = span[body..].IndexOf("-->");
            return end < 0 ? span.Length : body + end + 3;
        }
        if (span[lt..].StartsWith("<![CDATA["))
        {
            var end = span[lt..].IndexOf("]]>");
            return end < 0 ? span.Length : lt + end + 3;
        }
        return SkipPast(span, lt + 1, '>');
    }

    private static int SkipPast(ReadOnlySpan<char> span, int from, char c)
    {
        var at = span[from..].IndexOf(c);
        return at < 0 ? span.Length : from + at + 1;
    }

    private static int NameEnd(ReadOnlySpan<char> span, int from)
    {
        var i = from;
        while (i < span.Length && !IsSpace(span[i]) && span[i] != '/' && span[i] != '>')
        {
            i++;
        }
        return i;
    }

    private static bool IsSpace(char c) => c is ' ' or '\n' or '\t' or '\r' or '\f';

    /// <returns>The position after the tag (and after a raw-text element's content and end tag).</returns>
    private static int StartTag(string html, int nameStart, HtmlTreeBuilder builder)
    {
        var span = html.AsSpan();
        var nameEnd = NameEnd(span, nameStart);
        var element = builder.NewElement(HtmlNames.TagName(span[nameStart..nameEnd]));
        var i = nameEnd;
        var selfClosing = false;
        while (true)
        {
            while (i < span.Length && (IsSpace(span[i]) || span[i] == '/'))
            {
                selfClosing = span[i] == '/';
                i++;
            }
            if (i >= span.Length)
            {
                return span.Length; // a tag cut off by the end of input is dropped, as in HTML5
            }
            if (span[i] == '>')
            {
                i++;
                break;
            }
            selfClosing = false;
            var attrStart = i;
            i++; // the first character belongs to the name even if it is '='
            while (i < span.Length && !IsSpace(span[i]) && span[i] is not ('/' or '>' or '='))
            {
                i++;
            }
            var attrName = span[attrStart..i];
            while (i < span.Length && IsSpace(span[i]))
            {
                i++;
            }
            if (i >= span.Length || span[i] != '=')
            {
                AddAttribute(element, attrName, html, 0, 0);
                continue;
            }
            i++;
            while (i < span.Length && IsSpace(span[i]))
            {
                i++;
            }
            if (i < span.Length && span[i] is '"' or '\'')
            {
                var quote = span[i];
                var close = span[(i + 1)..].IndexOf(quote);
                var valueEnd = close < 0 ? span.Length : i + 1 + close;
                AddAttribute(element, attrName, html, i + 1, valueEnd - i - 1);
                i = Math.Min(span.Length, valueEnd + 1);
            }
            else
            {
                var valueStart = i;
                while (i < span.Length && !IsSpace(span[i]) && span[i] != '>')
                {
                    i++;
                }
                AddAttribute(element, attrName, html, valueStart, i - valueStart);
            }
        }
        var name = element.LocalName;
        if (name is "title" or "textarea")
        {
            var end = RawTextEnd(span, i, name, out var after);
            builder.RawTextElement(element, Decode(html, i, end - i));
            return after;
        }
        if (HtmlNames.IsSkippedRawText(name) && !builder.InForeignContent)
        {
            var end = RawTextEnd(span, i, name, out var after);
            if (name == "script" && element.GetAttribute("type") is { } type && type.Contains("ld+json", StringComparison.OrdinalIgnoreCase))
            {
                builder.JsonLd(html[i..end]); // the one script whose text is read: structured article metadata
            }
            builder.RawTextElement(element, null);
            return after;
        }
        builder.StartTag(element, selfClosing);
        return i;
    }

    private static void AddAttribute(HtmlElement element, ReadOnlySpan<char> rawName, string html, int valueStart, int valueLength)
    {
        if (HtmlNames.KeptAttribute(rawName) is { } name)
        {
            element.AddAttribute(name, Decode(html, valueStart, valueLength));
        }
    }

    /// <summary>Where the content of a raw-text element ends: at "&lt;/name" followed by space, '/' or '&gt;'.</summary>
    private static int RawTextEnd(ReadOnlySpan<char> span, int from, string name, out int after)
    {
        var i = from;
        while (true)
        {
            var at = span[i..].IndexOf("</");
            if (at < 0)
            {
                after = span.Length;
                return span.Length;
            }
            var start = i + at;
            var nameAt = start + 2;
            var nameEnd = nameAt + name.Length;
            if (nameEnd <= span.Length && span.Slice(nameAt, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
                && (nameEnd == span.Length || IsSpace(span[nameEnd]) || span[nameEnd] is '/' or '>'))
            {
                after = SkipPast(span, nameEnd, '>');
                return start;
            }
            i = start + 2;
        }
    }
}
