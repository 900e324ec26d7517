using System.Net;
using System.Text;
using System.Text.Json;
using Sitrep.Testing;

namespace Sitrep.Api.Tests;

/// <summary>POSTs change the store, so they get a server (class fixture) of their own: the read tests' counts
/// must not depend on the order tests run in.</summary>
public sealed class ApiIngestTests(ApiServer server) : IClassFixture<ApiServer>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<JsonElement> Json(string url, HttpStatusCode expected = HttpStatusCode.OK) => server.GetJson(url, expected, Ct);

    private Task<HttpResponseMessage> Post(HttpContent content, string query = "") => server.PostArticle(content, query, Ct);

    [Fact]
    public async Task Posted_sample_article_runs_the_pipeline_and_is_stored_once()
    {
        var sample = File.ReadAllText(Path.Combine(Repo.Root, "samples", "2024-03-14-mosul-mortar-reuters.txt"));
        using var created = await Post(new StringContent(sample, Encoding.UTF8, "text/plain"), "?published=2024-03-14");
        var createdText = await created.Content.ReadAsStringAsync(Ct);
        Assert.True(created.StatusCode == HttpStatusCode.Created, createdText);
        var result = JsonDocument.Parse(createdText).RootElement;
        var articleId = result.GetProperty("article_id").GetString()!;
        Assert.False(result.GetProperty("duplicate").GetBoolean());

        var article = await Json($"/api/articles/{articleId}");
        Assert.Contains("Mosul", article.GetProperty("article").GetProperty("body").GetString());
        Assert.Equal("2024-03-14", article.GetProperty("article").GetProperty("published").GetString());
        Assert.Equal(result.GetProperty("event_ids").GetArrayLength(), article.GetProperty("events").EnumerateArray()
            .Select(e => e.GetProperty("event_id").GetString()).Distinct().Count());

        using var again = await Post(new StringContent(sample, Encoding.UTF8, "text/plain"), "?published=2024-03-14");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.True(JsonDocument.Parse(await again.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("duplicate").GetBoolean());
    }
}
