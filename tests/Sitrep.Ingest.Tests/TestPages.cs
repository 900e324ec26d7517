using System.Net;
using System.Text;
using Sitrep.Testing;

namespace Sitrep.Ingest.Tests;

/// <summary>Realistic pages built around the bundled sample article: the chrome a news site wraps around a story.</summary>
public static class TestPages
{
    public static string SampleText => File.ReadAllText(SharedData.Sample);

    /// <summary>The sample's paragraphs (blank-line separated; the first line may be a title).</summary>
    public static string[] Paragraphs(string text) =>
        text.Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public const string NavText = "World Politics Business Sport Culture";
    public const string RelatedText = "Ten things you missed this week";
    public const string CommentText = "First! This comment should never be part of the article";
    public const string CaptionText = "A boy walks past rubble. Photo: Reuters archive";
    public const string FooterText = "Copyright 2016 Example Media Group. All rights reserved.";
    public const string ShareText = "Share on Facebook";
    public const string NewsletterText = "Sign up for our daily newsletter and never miss a story";

    public static string NewsPage(string[] paragraphs, string title = "Aid convoy reaches eastern Aleppo")
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>").Append(WebUtility.HtmlEncode(title)).Append(" | Example News</title>");
        sb.Append("<meta property=\"og:site_name\" content=\"Example News\"><meta property=\"og:url\" content=\"https://news.example.com/world/aleppo-convoy\">");
        sb.Append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"")
          .Append(title).Append("\",\"datePublished\":\"2016-11-30T09:15:00+02:00\",\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Doe\"}],\"publisher\":{\"@type\":\"Organization\",\"name\":\"Example News\"}}</script>");
        sb.Append("<style>.x{color:red}</style><script>var tracking = 'Share on Facebook';</script></head><body>");
        sb.Append("<header class=\"site-header\"><a href=\"/\">Example News</a><nav class=\"main-nav\"><ul>");
        foreach (var item in NavText.Split(' '))
        {
            sb.Append("<li><a href=\"/").Append(item.ToLowerInvariant()).Append("\">").Append(item).Append("</a></li>");
        }
        sb.Append("</ul></nav></header>");
        sb.Append("<div class=\"page\"><main><article class=\"story\"><h1>").Append(WebUtility.HtmlEncode(title)).Append("</h1>");
        sb.Append("<div class=\"byline\">By Jane Doe, 30 November 2016</div>");
        sb.Append("<div class=\"share-bar\"><a href=\"#\">").Append(ShareText).Append("</a> <a href=\"#\">Tweet</a></div>");
        sb.Append("<figure><img src=\"a.jpg\"><figcaption>").Append(CaptionText).Append("</figcaption></figure>");
        sb.Append("<div class=\"article-body\">");
        for (var i = 0; i < paragraphs.Length; i++)
        {
            sb.Append("<p>").Append(WebUtility.HtmlEncode(paragraphs[i])).Append("</p>\n");
            if (i == 1)
            {
                sb.Append("<div class=\"ad-slot advertisement\">Advertisement</div>");
            }
        }
        sb.Append("</div>");
        sb.Append("<div class=\"newsletter-signup\"><p>").Append(NewsletterText).Append("</p><input type=\"email\"><button>Subscribe</button></div>");
        sb.Append("<section class=\"related-stories\"><h3>Related</h3><ul>");
        for (var i = 0; i < 5; i++)
        {
            sb.Append("<li><a href=\"/r").Append(i).Append("\">").Append(RelatedText).Append(" (part ").Append(i).Append(")</a></li>");
        }
        sb.Append("</ul></section></article>");
        sb.Append("<section id=\"comments\" class=\"comments\"><div class=\"comment\"><p>").Append(CommentText).Append(", and it is long enough, with commas, to look like prose.</p></div></section>");
        sb.Append("</main><aside class=\"sidebar\"><h3>Most read</h3><ol><li><a href=\"/m\">Most read story one</a></li></ol></aside></div>");
        sb.Append("<footer><p>").Append(FooterText).Append("</p></footer></body></html>");
        return sb.ToString();
    }
}
