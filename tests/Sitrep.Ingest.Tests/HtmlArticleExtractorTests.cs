using System.Text;
using Sitrep.Core;
using Sitrep.Core.Pipeline;
using Sitrep.Ingest.Evaluation;
using Sitrep.Testing;

namespace Sitrep.Ingest.Tests;

public class HtmlArticleExtractorTests
{
    /// <summary>The sample's story paragraphs (from the dateline on), without the scraped caption junk above them.</summary>
    private static string[] StoryParagraphs()
    {
        var all = TestPages.Paragraphs(TestPages.SampleText);
        var start = Array.FindIndex(all, p => p.StartsWith("ALEPPO", StringComparison.Ordinal));
        Assert.True(start >= 0, "sample has its dateline paragraph");
        return all[start..].Where(p => p.Length > 40).ToArray();
    }

    [Fact]
    public void Keeps_every_story_paragraph_and_drops_the_page_chrome()
    {
        var paragraphs = StoryParagraphs();
        var page = new HtmlArticleExtractor().Extract(TestPages.NewsPage(paragraphs));
        foreach (var p in paragraphs)
        {
            Assert.Contains(p, page.Body);
        }
        foreach (var junk in new[] { TestPages.NavText.Split(' ')[2], TestPages.RelatedText, TestPages.CommentText, TestPages.CaptionText,
                     TestPages.FooterText, TestPages.ShareText, TestPages.NewsletterText, "Advertisement", "Most read", "color:red" })
        {
            Assert.DoesNotContain(junk, page.Body);
        }
        // Paragraphs come out in order, separated by one blank line.
        Assert.Equal(paragraphs, page.Body.Split("\n\n"));
    }

    [Fact]
    public void Reads_title_date_byline_source_language_and_url_from_the_page()
    {
        var meta = new HtmlArticleExtractor().Extract(TestPages.NewsPage(StoryParagraphs())).Metadata;
        Assert.Equal("Aid convoy reaches eastern Aleppo", meta.Title);
        Assert.Equal(new DateOnly(2016, 11, 30), meta.Published);
        Assert.Equal("Jane Doe", meta.Byline);
        Assert.Equal("Example News", meta.Source);
        Assert.Equal("en", meta.Language);
        Assert.Equal("https://news.example.com/world/aleppo-convoy", meta.Url);
    }

    [Fact]
    public void Falls_back_to_meta_tags_and_time_element_without_json_ld()
    {
        var html = "<html lang=\"fr\"><head><meta property=\"og:title\" content=\"Convoi humanitaire\"><meta name=\"author\" content=\"Marie Curie\">" +
                   "<meta property=\"og:site_name\" content=\"Le Journal\"></head><body><article><time datetime=\"2016-12-01T08:00:00Z\">1 déc.</time>" +
                   string.Concat(StoryParagraphs().Take(4).Select(p => $"<p>{p}</p>")) + "</article></body></html>";
        var meta = new HtmlArticleExtractor().Extract(html).Metadata;
        Assert.Equal("Convoi humanitaire", meta.Title);
        Assert.Equal("Marie Curie", meta.Byline);
        Assert.Equal("Le Journal", meta.Source);
        Assert.Equal("fr", meta.Language);
        Assert.Equal(new DateOnly(2016, 12, 1), meta.Published);
    }

    [Fact]
    public void As_a_pipeline_stage_fills_the_article_fields_but_keeps_what_the_container_knew()
    {
        var raw = new RawArticle { Content = TestPages.NewsPage(StoryParagraphs()), IsHtml = true, Url = "https://feed.example/item/1", Origin = "test.html" };
        var text = new HtmlArticleExtractor().ToText(raw);
        Assert.False(text.IsHtml);
        Assert.StartsWith("ALEPPO", text.Content);
        Assert.Equal("https://feed.example/item/1", text.Url); // the container's URL wins
        Assert.Equal("Aid convoy reaches eastern Aleppo", text.Title);
        Assert.Equal("test.html", text.Origin);
    }

    [Fact]
    public void Text_written_between_headings_without_paragraph_tags_is_kept()
    {
        var paragraphs = StoryParagraphs().Take(6).ToArray();
        var html = "<html><body><nav><a href=/>Home</a> <a href=/w>World</a></nav><div class=\"content\"><section class=\"article-page\">" +
                   paragraphs[0] + "<h2>Exodus</h2>" + paragraphs[1] + "<br>" + paragraphs[2] + "<h2>Talks</h2>" + paragraphs[3] +
                   "</section></div><div class=\"footer-links\"><a href=/a>About us</a></div></body></html>";
        var body = new HtmlArticleExtractor().Extract(html).Body;
        foreach (var p in paragraphs.Take(4))
        {
            Assert.Contains(p, body);
        }
        Assert.Contains("Exodus", body);
        Assert.DoesNotContain("About us", body);
    }

    [Fact]
    public void A_dom_nested_ten_thousand_deep_is_extracted_without_overflowing_the_stack()
    {
        var sb = new StringBuilder("<html><body>");
        for (var i = 0; i < 10_000; i++)
        {
            sb.Append("<div>");
        }
        sb.Append("<p>").Append(StoryParagraphs()[0]).Append("</p>");
        for (var i = 0; i < 10_000; i++)
        {
            sb.Append("</div>");
        }
        sb.Append("</body></html>");
        var body = new HtmlArticleExtractor().Extract(sb.ToString()).Body;
        Assert.Contains(StoryParagraphs()[0], body);
    }

    [Fact]
    public void A_fifty_megabyte_page_is_refused_with_a_clear_message()
    {
        var huge = "<html><body>" + new string('x', 50 * 1024 * 1024) + "</body></html>";
        var e = Assert.Throws<SitrepException>(() => new HtmlArticleExtractor().Extract(huge, "dump.html"));
        Assert.Contains("50 MB", e.Message);
    }

    [Fact]
    public void Feed_content_fragments_are_taken_whole()
    {
        var paragraphs = StoryParagraphs().Take(2).ToArray();
        var fragment = $"<p>{paragraphs[0]}</p><p>{paragraphs[1]}</p>";
        Assert.Equal(string.Join("\n\n", paragraphs), new HtmlArticleExtractor().Extract(fragment).Body);
    }

    [Fact]
    public void Scores_well_on_a_slice_of_the_public_extraction_benchmark()
    {
        var dir = SharedData.Require("data/extraction");
        var bench = ExtractionBenchmark.Load(dir);
        var extractor = new HtmlArticleExtractor();
        var slice = bench.Pages.Where((_, i) => i % 4 == 0).ToList();
        var scores = slice.Select(p => ShingleScore.ScorePage(p.Truth, extractor.Extract(p.Html).Body)).ToList();
        var corpus = ShingleScore.Aggregate(scores);
        // The full public split scores higher (see 'sitrep eval extraction'); this guards against regressions.
        Assert.True(corpus.F1 > 0.92, $"F1 {corpus.F1:F3} on {slice.Count} benchmark pages");
    }
}
