using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Sitrep.Testing;

namespace Sitrep.Api.Tests;

public sealed class ApiTests(ApiServer server) : IClassFixture<ApiServer>
{
    private readonly HttpClient _http = server.Client;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<JsonElement> Json(string url, HttpStatusCode expected = HttpStatusCode.OK) => server.GetJson(url, expected, Ct);

    [Fact]
    public async Task Health_reports_the_back_end_and_counts()
    {
        var health = await Json("/health");
        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Equal("sqlite", health.GetProperty("backend").GetString());
        Assert.True(health.GetProperty("events").GetInt64() >= 14);
    }

    [Fact]
    public async Task Events_are_filtered_sorted_and_paged()
    {
        var iraq = await Json("/api/events?country=iq&sort=-fatalities");
        var events = iraq.GetProperty("events");
        Assert.Equal(3, iraq.GetProperty("total").GetInt64());
        Assert.Equal(17, events[0].GetProperty("fatalities").GetProperty("best").GetInt32());
        Assert.Equal(3, events[0].GetProperty("sources_count").GetInt32());

        var bbox = await Json("/api/events?bbox=28,-2,30,-1&acled=Battles");
        Assert.Equal(2, bbox.GetProperty("total").GetInt64());

        var paged = await Json("/api/events?limit=2&offset=2&from=2024-03-01");
        Assert.Equal(2, paged.GetProperty("events").GetArrayLength());
        Assert.Equal(2, paged.GetProperty("offset").GetInt32());

        var text = await Json("/api/events?q=glide%20bomb&actor=RUS&min_fatalities=0");
        Assert.Equal(0, text.GetProperty("total").GetInt64()); // the glide bomb injured, killed nobody: no figure, filtered out
        var text2 = await Json("/api/events?q=glide%20bomb&actor=RUS&cameo=19&plover=ASSAULT");
        Assert.Equal(1, text2.GetProperty("total").GetInt64());
    }

    [Theory]
    [InlineData("from=2024-13-01", "from")]
    [InlineData("to=yesterday", "to")]
    [InlineData("from=2024-03-10&to=2024-03-01", "to")]
    [InlineData("bbox=1,2,3", "bbox")]
    [InlineData("bbox=0,50,10,40", "bbox")]
    [InlineData("country=Syria", "country")]
    [InlineData("cameo=19x", "cameo")]
    [InlineData("min_fatalities=-3", "min_fatalities")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=5000", "limit")]
    [InlineData("sort=oldest", "sort")]
    [InlineData("contry=SY", "contry")]
    public async Task Bad_parameters_are_400_problem_details_naming_the_parameter(string query, string parameter)
    {
        using var response = await _http.GetAsync("/api/events?" + query, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.Contains(parameter, problem.GetProperty("detail").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
    }

    [Fact]
    public async Task Event_detail_carries_reports_evidence_and_excerpts()
    {
        var djibo = (await Json("/api/events?country=BF")).GetProperty("events")[0];
        var id = djibo.GetProperty("id").GetString();
        var detail = await Json($"/api/events/{id}");
        var reports = detail.GetProperty("reports");
        Assert.Equal(2, reports.GetArrayLength());
        foreach (var report in reports.EnumerateArray())
        {
            Assert.Contains("Djibo", report.GetProperty("sentence").GetProperty("text").GetString());
            Assert.Contains(report.GetProperty("evidence").EnumerateArray(), e => e.GetProperty("field").GetString() == "fatalities"
                && e.GetProperty("text").GetString()!.Contains("killed"));
        }
        var article = await Json($"/api/articles/{reports[0].GetProperty("article_id").GetString()}");
        Assert.Contains("Djibo", article.GetProperty("article").GetProperty("body").GetString());
        Assert.Contains(article.GetProperty("events").EnumerateArray(), e => e.GetProperty("event_id").GetString() == id);

        var missing = await Json("/api/events/ev0000", HttpStatusCode.NotFound);
        Assert.Contains("ev0000", missing.GetProperty("detail").GetString());
        await Json("/api/articles/nope", HttpStatusCode.NotFound);
    }

    /// <summary>Only for requests that must be refused: writes go to <see cref="ApiIngestTests"/>.</summary>
    private Task<HttpResponseMessage> Post(HttpContent content, string query = "") => server.PostArticle(content, query, Ct);

    [Fact]
    public async Task Writes_need_the_api_key()
    {
        var body = JsonContent.Create(new { text = "KYIV - Shelling killed three people in Kherson on Tuesday, officials said.", published = "2024-03-26" });
        using var none = await _http.PostAsync("/api/articles", body, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal("application/problem+json", none.Content.Headers.ContentType?.MediaType);

        using var wrong = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = body };
        wrong.Headers.Add("X-Api-Key", "guess");
        using var wrongResponse = await _http.SendAsync(wrong, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongResponse.StatusCode);
    }

    [Fact]
    public async Task Bad_posts_are_400_naming_what_is_wrong_and_huge_ones_413()
    {
        using var badJson = await Post(new StringContent("{\"text\": ", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, badJson.StatusCode);
        Assert.Contains("body", await badJson.Content.ReadAsStringAsync(Ct));

        using var both = await Post(JsonContent.Create(new { text = "a", html = "<p>b</p>" }));
        Assert.Equal(HttpStatusCode.BadRequest, both.StatusCode);

        using var badDate = await Post(JsonContent.Create(new { text = "Clashes in Sake.", published = "March 3" }));
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        Assert.Contains("published", await badDate.Content.ReadAsStringAsync(Ct));

        using var xml = await Post(new StringContent("<a/>", Encoding.UTF8, "application/xml"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, xml.StatusCode);

        using var huge = await Post(new StringContent(new string('x', 300 * 1024), Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        Assert.DoesNotContain("   at ", await huge.Content.ReadAsStringAsync(Ct)); // no stack trace
    }

    [Fact]
    public async Task Timeline_buckets_by_interval_and_rejects_unknown_ones()
    {
        var months = await Json("/api/stats/timeline?interval=month");
        var buckets = months.GetProperty("buckets");
        Assert.Contains(buckets.EnumerateArray(), b => b.GetProperty("period").GetString() == "2016-11" && b.GetProperty("events").GetInt64() == 2);
        var bad = await Json("/api/stats/timeline?interval=year", HttpStatusCode.BadRequest);
        Assert.Contains("interval", bad.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Export_serves_csv_geojson_and_parquet()
    {
        using var csv = await _http.GetAsync("/api/export?format=csv&country=IQ", Ct);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync(Ct)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("event_id,event_date,", lines[0]);
        Assert.Equal(4, lines.Length);

        var geo = await Json("/api/export?format=geojson&country=SY");
        Assert.Equal("FeatureCollection", geo.GetProperty("type").GetString());
        Assert.Equal(2, geo.GetProperty("features").GetArrayLength());

        var parquet = await _http.GetByteArrayAsync("/api/export?format=parquet", Ct);
        Assert.Equal("PAR1"u8.ToArray(), parquet[..4]);
        Assert.Equal("PAR1"u8.ToArray(), parquet[^4..]);

        var bad = await Json("/api/export?format=xlsx", HttpStatusCode.BadRequest);
        Assert.Contains("format", bad.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task OpenApi_document_describes_the_api()
    {
        var doc = await Json("/openapi/v1.json");
        var paths = doc.GetProperty("paths");
        foreach (var path in new[] { "/api/events", "/api/events/{id}", "/api/articles", "/api/articles/{id}", "/api/stats/timeline", "/api/export", "/health" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} missing from the OpenAPI document");
        }
    }

    [Fact]
    public async Task Dashboard_and_its_vendored_libraries_are_served_from_the_process()
    {
        var html = await _http.GetStringAsync("/", Ct);
        Assert.Contains("vendor/leaflet.js", html);
        Assert.DoesNotContain("https://", html); // offline: nothing from a CDN or tile server
        using var leaflet = await _http.GetAsync("/vendor/leaflet.js", Ct);
        Assert.Equal(HttpStatusCode.OK, leaflet.StatusCode);
        using var atlas = await _http.GetAsync("/vendor/countries-110m.json", Ct);
        Assert.Equal("application/json", atlas.Content.Headers.ContentType?.MediaType);
        using var missing = await _http.GetAsync("/nope.js", Ct);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
