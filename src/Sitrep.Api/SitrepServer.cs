using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Sitrep.Api.Endpoints;

namespace Sitrep.Api;

/// <summary>Builds the one process that serves the REST API, its OpenAPI document and the dashboard.</summary>
public static class SitrepServer
{
    public static WebApplication Build(SitrepApiOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            // Production: errors are ProblemDetails, never a developer page with a stack trace.
            EnvironmentName = Environments.Production,
            ApplicationName = "Sitrep.Api",
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = options.MaxRequestBytes;
            k.Limits.MaxRequestLineSize = 16 * 1024;
            k.AddServerHeader = false;
        });
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.Services.Configure<FormOptions>(f => f.MultipartBodyLengthLimit = options.MaxRequestBytes);
        builder.Services.AddSingleton(options);
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Sitrep API";
            doc.Info.Description = "Deduplicated, geolocated conflict and humanitarian events extracted from news articles (schema sitrep/1).";
            return Task.CompletedTask;
        }));
        builder.Services.ConfigureHttpJsonOptions(j => Configure(j.SerializerOptions));

        var app = builder.Build();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = e => e is BadHttpRequestException b ? b.StatusCode : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePages();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapGet("/health", (SitrepApiOptions o) =>
        {
            var counts = o.Store.Counts();
            return TypedResults.Ok(new HealthReport("ok", o.Store.Backend, counts.Articles, counts.Events));
        }).WithTags("health");
        var api = app.MapGroup("/api");
        api.MapEventEndpoints();
        api.MapArticleEndpoints();
        api.MapStatsEndpoints();
        api.MapExportEndpoints();
        app.MapDashboard();
        return app;
    }

    public static void Configure(JsonSerializerOptions json)
    {
        json.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        json.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        json.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
    }
}

public sealed record HealthReport(string Status, string Backend, long Articles, long Events);
