using Microsoft.AspNetCore.Builder;
using Sitrep.Store;
using Sitrep.Store.Dedup.Eval;
using Sitrep.Store.Query;
using Sitrep.Store.Sql;

namespace Sitrep.Api.Tests;

/// <summary>A real Kestrel server on a free loopback port over a temp SQLite store seeded with the dedup test set,
/// with the CLI's real extraction pipeline behind POST /api/articles.</summary>
public sealed class ApiServer : IAsyncLifetime
{
    public const string Key = "test-key-5b1e";

    private WebApplication? _app;
    private string _path = "";

    public IEventQueryStore Store { get; private set; } = null!;
    public Uri BaseAddress { get; private set; } = null!;
    public HttpClient Client { get; private set; } = null!;

    /// <summary>GETs <paramref name="url"/>, asserts the status (the body is in the message) and returns the JSON.</summary>
    public async Task<System.Text.Json.JsonElement> GetJson(string url, System.Net.HttpStatusCode expected, CancellationToken ct)
    {
        using var response = await Client.GetAsync(url, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        Assert.True(expected == response.StatusCode, $"{url}: {(int)response.StatusCode} {text}");
        return System.Text.Json.JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>POSTs an article with the API key.</summary>
    public async Task<HttpResponseMessage> PostArticle(HttpContent content, string query, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles" + query) { Content = content };
        request.Headers.Add("X-Api-Key", Key);
        return await Client.SendAsync(request, ct);
    }

    public async ValueTask InitializeAsync()
    {
        _path = Path.Combine(Path.GetTempPath(), $"sitrep-api-{Guid.NewGuid():N}.db");
        Store = new SqliteEventStore(_path);
        Store.SaveMany(DedupTestSet.Build().Records);
        var pipeline = Sitrep.Cli.PipelineFactory.CreateDefault();
        _app = SitrepServer.Build(new SitrepApiOptions
        {
            Store = Store,
            Extract = pipeline.Extract,
            ApiKey = Key,
            MaxRequestBytes = 256 * 1024,
            Urls = ["http://127.0.0.1:0"],
        });
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Urls.First());
        Client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        Store.Dispose();
        EventStores.DeleteSqliteFiles(_path);
    }
}
