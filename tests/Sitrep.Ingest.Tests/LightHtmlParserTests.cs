using System.Net;
using System.Text;
using Sitrep.Ingest.Evaluation;
using Sitrep.Ingest.Extraction.Dom;
using Sitrep.Testing;

namespace Sitrep.Ingest.Tests;

public class LightHtmlParserTests
{
    private static string[] Story() =>
        TestPages.Paragraphs(TestPages.SampleText).Where(p => p.Length > 40).Take(4).ToArray();

    private static List<HtmlElement> Children(HtmlElement parent)
    {
        var list = new List<HtmlElement>();
        for (var c = parent.FirstElementChild; c is not null; c = c.NextElementSibling)
        {
            list.Add(c);
        }
        return list;
    }

    [Fact]
    public void Unclosed_paragraphs_and_list_items_end_where_html5_ends_them()
    {
        var s = Story();
        var doc = LightHtmlParser.Parse($"<div><p>{s[0]}<p>{s[1]}<ul><li>{s[2]}<li>{s[3]}</ul></div>");
        var div = Assert.Single(Children(doc.Body));
        var kids = Children(div);
        Assert.Equal(["p", "p", "ul"], kids.Select(k => k.LocalName));
        Assert.Equal(s[0], kids[0].TextContent);
        Assert.Equal(s[1], kids[1].TextContent); // the <ul> closed the second paragraph
        Assert.Equal([s[2], s[3]], Children(kids[2]).Select(li => li.TextContent));
    }

    [Fact]
    public void Script_and_style_text_is_not_content_but_title_and_entities_are_decoded()
    {
        var s = Story()[0];
        var html = "<html><head><title>Aleppo &amp; Idlib</title><script>var x = '<p>not text</p>';</script>" +
                   "<style>p{color:red}</style></head><body><p>" + WebUtility.HtmlEncode(s) + "&nbsp;&#8212;&#x2014;</p></body></html>";
        var doc = LightHtmlParser.Parse(html);
        Assert.Equal("Aleppo & Idlib", doc.Title);
        Assert.Equal(s + "\u00a0——", doc.Body.TextContent);
        Assert.Equal(3, Children(doc.Head).Count);
    }

    [Fact]
    public void Attributes_are_read_quoted_or_bare_and_unread_ones_are_not_kept()
    {
        var doc = LightHtmlParser.Parse("<div CLASS=\"article-body main\" id=story data-x='1' style='display:none'>x</div>");
        var div = Children(doc.Body)[0];
        Assert.Equal("article-body main", div.GetAttribute("class"));
        Assert.Equal("story", div.Id);
        Assert.Equal("display:none", div.GetAttribute("style"));
        Assert.Null(div.GetAttribute("data-x"));
    }

    [Fact]
    public void A_link_left_open_does_not_swallow_the_paragraphs_after_it()
    {
        var s = Story();
        var doc = LightHtmlParser.Parse($"<div><p><a href=/x>{s[0]}<p>{s[1]}</p><a href=/y>one<a href=/z>two</a></div>");
        var div = Children(doc.Body)[0];
        var second = Children(div)[1];
        Assert.Equal("p", second.LocalName);
        Assert.Null(second.FirstElementChild); // no link wrapped around the second paragraph
        Assert.Equal(2, Children(div).Count(e => e.LocalName == "a")); // nested <a> ended the first one
    }

    [Fact]
    public void A_formatting_tag_closed_across_a_block_leaves_the_block_open()
    {
        var s = Story();
        var doc = LightHtmlParser.Parse($"<article><b>Lead <div class=body>{s[0]}</b> {s[1]}</div><p>{s[2]}</p></article>");
        var article = Children(doc.Body)[0];
        var body = Children(article).Single(e => e.GetAttribute("class") == "body");
        Assert.Contains(s[1], body.TextContent);
        Assert.Equal("p", Children(article)[^1].LocalName);
    }

    [Fact]
    public void Comments_doctype_and_cut_off_markup_do_not_leak_into_text()
    {
        var s = Story()[0];
        var doc = LightHtmlParser.Parse($"<!DOCTYPE html><!-- <p>hidden</p> --><p>{s}<!----> 1 < 2</p><p>tail<!-- never closed");
        Assert.Equal(s + " 1 < 2tail", doc.Body.TextContent);
    }

    [Fact]
    public void Ten_thousand_nested_elements_and_stray_end_tags_parse_without_recursion()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < 10_000; i++)
        {
            sb.Append("<div><span>");
        }
        sb.Append(Story()[0]);
        for (var i = 0; i < 10_000; i++)
        {
            sb.Append("</b></span></div>");
        }
        var doc = LightHtmlParser.Parse(sb.ToString());
        Assert.Equal(Story()[0], doc.Body.TextContent);
        Assert.True(doc.ElementCount >= 20_000);
    }

    [Fact]
    public void Every_benchmark_page_parses_into_a_body_holding_most_of_its_gold_text()
    {
        var bench = ExtractionBenchmark.Load(SharedData.Require("data/extraction"));
        foreach (var page in bench.Pages.Where((_, i) => i % 10 == 0))
        {
            var text = LightHtmlParser.Parse(page.Html).Body.TextContent;
            var words = page.Truth.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(40).ToArray();
            var found = words.Count(w => text.Contains(w, StringComparison.Ordinal));
            Assert.True(found >= words.Length * 0.9, $"{page.Id}: {found}/{words.Length} gold words in the parsed body");
        }
    }
}
