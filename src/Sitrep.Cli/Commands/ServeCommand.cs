using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Sitrep.Api;
using Sitrep.Core;
using Sitrep.Store;
using Sitrep.Store.Query;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep serve [--db …] [--port 5080]</c>: the REST API, its OpenAPI document and the dashboard.</summary>
public sealed class ServeCommand : ICliCommand
{
    public string? Parent => null;

    public Command Create()
    {
        var db = CommonOptions.Db();
        var port = new Option<int>("--port") { Description = "TCP port to listen on.", DefaultValueFactory = _ => 5080 };
        var host = new Option<string>("--host")
        {
            Description = "Address to bind: 127.0.0.1 (this machine only, the default) or 0.0.0.0 (every interface).",
            DefaultValueFactory = _ => "127.0.0.1",
        };
        var apiKey = new Option<string?>("--api-key")
        {
            Description = "Key that POST /api/articles requires in X-Api-Key (default: $SITREP_API_KEY; without one, writes are refused).",
        };
        var command = new Command("serve", "Serve the REST API (/api, /openapi/v1.json) and the dashboard (/) over a store.")
        {
            db, port, host, apiKey,
        };
        command.SetAction(parse =>
        {
            using var store = EventStores.OpenQueryable(parse.GetValue(db));
            var key = parse.GetValue(apiKey) ?? Environment.GetEnvironmentVariable("SITREP_API_KEY");
            Run(store, parse.GetValue(host)!, parse.GetValue(port), key is { Length: > 0 } ? key : null);
            return ExitCodes.Ok;
        });
        return command;
    }

    public static void Run(IEventQueryStore store, string host, int port, string? apiKey)
    {
        if (port is < 0 or > 65535)
        {
            throw new SitrepException($"--port: {port} is not a TCP port (0–65535)");
        }
        var pipeline = PipelineFactory.CreateDefault();
        var app = SitrepServer.Build(new SitrepApiOptions
        {
            Store = store,
            Extract = pipeline.Extract,
            ApiKey = apiKey,
            Urls = [$"http://{host}:{port}"],
        });
        try
        {
            app.Start();
        }
        catch (IOException e)
        {
            throw new SitrepException($"cannot listen on {host}:{port} ({e.Message.Split('\n')[0]}); try another --port", e);
        }
        var url = app.Urls.First().Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal);
        var counts = store.Counts();
        Console.WriteLine($"Sitrep dashboard: {url}/   (API: {url}/api/events, OpenAPI: {url}/openapi/v1.json)");
        Console.WriteLine($"Store: {store.Backend}, {counts.Events} events from {counts.Articles} articles. " +
                          $"Writes {(apiKey is null ? "disabled (no --api-key)" : "need X-Api-Key")}. Ctrl+C stops.");
        app.WaitForShutdown();
    }
}
