using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Sitrep.Core;
using Sitrep.Core.Pipeline;
using Sitrep.Store.Query;

namespace Sitrep.Api.Endpoints;

public static class ArticleEndpoints
{
    public static void MapArticleEndpoints(this RouteGroupBuilder api)
    {
        var articles = api.MapGroup("/articles").WithTags("articles");
        articles.MapGet("/{id}", Get).WithSummary("One stored article: body, places, and the events it reported");
        articles.MapPost("", Post)
            .WithSummary("Ingest one article (needs X-Api-Key)")
            .WithDescription("Body: JSON {\"text\" | \"html\", \"title\"?, \"published\"? (YYYY-MM-DD), \"url\"?, \"source\"?} " +
                             "or a raw text/plain or text/html body (published=… in the query string). Runs the extraction pipeline, " +
                             "stores the record and merges its events into the events they duplicate.")
            .Accepts<IngestRequest>("application/json", "text/plain", "text/html");
    }

    private static Results<Ok<ArticleView>, ProblemHttpResult> Get(string id, SitrepApiOptions o) =>
        o.Store.GetArticle(id) is { } view ? TypedResults.Ok(view) : Problems.NotFound($"no article with id '{id}'");

    private static async Task<Results<Created<IngestResponse>, Ok<IngestResponse>, ValidationProblem, ProblemHttpResult>> Post(
        HttpRequest request, SitrepApiOptions o)
    {
        if (!Authorized(request, o.ApiKey))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "API key required",
                detail: o.ApiKey is null
                    ? "this server accepts no writes: start it with --api-key (or SITREP_API_KEY)"
                    : "send the server's API key in the X-Api-Key header");
        }
        if (o.Extract is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "No pipeline",
                detail: "this server was started without the extraction pipeline");
        }
        var errors = new Dictionary<string, string[]>();
        var raw = await ReadArticle(request, errors);
        if (raw is null)
        {
            return Problems.BadParameters(errors);
        }
        var record = o.Extract(raw);
        var duplicate = o.Store.HasArticle(record.Article.Id);
        var summary = duplicate ? null : o.Store.SaveMany([record]);
        var view = o.Store.GetArticle(record.Article.Id)!;
        var response = new IngestResponse(record.Article.Id, duplicate, view.Events.Select(e => e.EventId).Distinct().ToList(),
            summary?.NewEvents ?? 0, summary?.MergedEvents ?? 0);
        return duplicate ? TypedResults.Ok(response) : TypedResults.Created($"/api/articles/{record.Article.Id}", response);
    }

    private static bool Authorized(HttpRequest request, string? key)
    {
        if (key is null)
        {
            return false;
        }
        string? given = request.Headers["X-Api-Key"].FirstOrDefault();
        if (given is null && request.Headers.Authorization.FirstOrDefault() is { } auth && auth.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            given = auth["Bearer ".Length..].Trim();
        }
        return given is not null &&
               CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(key));
    }

    private static async Task<RawArticle?> ReadArticle(HttpRequest request, Dictionary<string, string[]> errors)
    {
        var type = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        string body;
        try
        {
            using var reader = new StreamReader(request.Body, new UTF8Encoding(false, true));
            body = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        }
        catch (DecoderFallbackException)
        {
            errors["body"] = ["the body is not valid UTF-8"];
            return null;
        }
        if (type is "text/plain" or "text/html")
        {
            if (string.IsNullOrWhiteSpace(body))
            {
                errors["body"] = ["the article is empty"];
                return null;
            }
            var published = ParseDate(request.Query["published"].FirstOrDefault(), "published", errors);
            return errors.Count > 0 ? null : new RawArticle
            {
                Content = body, IsHtml = type == "text/html", Published = published,
                Title = request.Query["title"].FirstOrDefault(), Url = request.Query["url"].FirstOrDefault(),
                Source = request.Query["source"].FirstOrDefault(), Origin = "POST /api/articles",
            };
        }
        if (type is not "application/json")
        {
            errors["Content-Type"] = [$"'{request.ContentType}' is not accepted: send application/json, text/plain or text/html"];
            return null;
        }
        IngestRequest? json;
        try
        {
            json = JsonSerializer.Deserialize<IngestRequest>(body, IngestJson);
        }
        catch (JsonException e)
        {
            errors["body"] = [$"invalid JSON: {e.Message.Split('.')[0]}"];
            return null;
        }
        if (json is null || string.IsNullOrWhiteSpace(json.Text) == string.IsNullOrWhiteSpace(json.Html))
        {
            errors[json is null ? "body" : "text"] = ["give exactly one of \"text\" or \"html\" (non-empty)"];
            return null;
        }
        var date = ParseDate(json.Published, "published", errors);
        return errors.Count > 0 ? null : new RawArticle
        {
            Content = string.IsNullOrWhiteSpace(json.Text) ? json.Html! : json.Text,
            IsHtml = string.IsNullOrWhiteSpace(json.Text),
            Published = date, Title = json.Title, Url = json.Url, Source = json.Source, ExternalId = json.Id,
            Origin = "POST /api/articles",
        };
    }

    private static readonly JsonSerializerOptions IngestJson = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private static DateOnly? ParseDate(string? s, string name, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(s))
        {
            return null;
        }
        if (DateOnly.TryParseExact(s.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d;
        }
        errors[name] = [$"'{s}' is not a date (YYYY-MM-DD)"];
        return null;
    }
}

public sealed record IngestRequest(string? Text, string? Html, string? Title, string? Published, string? Url, string? Source, string? Id);

public sealed record IngestResponse(string ArticleId, bool Duplicate, List<string> EventIds, int NewEvents, int MergedEvents);
