using System.Collections.Frozen;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Sitrep.Api.Endpoints;

/// <summary>Serves the dashboard (wwwroot/, embedded in this assembly) at "/": no files on disk, no CDN, no tiles.</summary>
public static class Dashboard
{
    private static readonly FrozenDictionary<string, byte[]> Files = Load();

    private static FrozenDictionary<string, byte[]> Load()
    {
        var assembly = typeof(Dashboard).Assembly;
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (!name.StartsWith("wwwroot/", StringComparison.Ordinal))
            {
                continue;
            }
            using var s = assembly.GetManifestResourceStream(name)!;
            using var m = new MemoryStream();
            s.CopyTo(m);
            files[name["wwwroot/".Length..].Replace('\\', '/')] = m.ToArray();
        }
        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static void MapDashboard(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", () => Serve("index.html")).ExcludeFromDescription();
        app.MapGet("/{**path}", (string path) => Serve(path)).ExcludeFromDescription();
    }

    private static IResult Serve(string path) =>
        Files.TryGetValue(path, out var bytes)
            ? Results.Bytes(bytes, ContentType(path))
            : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"no such page: /{path}");

    private static string ContentType(string path) => Path.GetExtension(path) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".json" => "application/json",
        ".png" => "image/png",
        ".svg" => "image/svg+xml",
        _ => "text/plain; charset=utf-8",
    };
}
