using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Sitrep.Store.Export;

namespace Sitrep.Api.Endpoints;

public static class ExportEndpoints
{
    public static void MapExportEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/export", Export).WithTags("export")
            .WithSummary("Every matching event as csv (ACLED column names), geojson, jsonl or parquet (format=…), same filters as /api/events");
    }

    private static Results<FileStreamHttpResult, PushStreamHttpResult, ValidationProblem> Export(HttpRequest request, SitrepApiOptions o)
    {
        var errors = new Dictionary<string, string[]>();
        var query = QueryParameters.Parse(request.Query, errors, [.. QueryParameters.Filters, "format", "sort"]);
        var formatName = request.Query["format"].FirstOrDefault() ?? "csv";
        if (!ExportFormats.TryParse(formatName, out var format))
        {
            errors["format"] = [$"'{formatName}' is not a format ({ExportFormats.Names})"];
        }
        if (errors.Count > 0)
        {
            return Problems.BadParameters(errors);
        }
        var fileName = "sitrep-events." + ExportFormats.Extension(format);
        var contentType = ExportFormats.ContentType(format);
        if (format == ExportFormat.Parquet)
        {
            // Parquet writes its footer last and seeks: build it in a temp file, then send it.
            var path = Path.Combine(Path.GetTempPath(), $"sitrep-export-{Guid.NewGuid():N}.parquet");
            using (var file = File.Create(path))
            {
                EventExporter.WriteParquetAsync(o.Store.StreamEvents(query), file, request.HttpContext.RequestAborted).GetAwaiter().GetResult();
            }
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.DeleteOnClose);
            return TypedResults.File(stream, contentType, fileName);
        }
        return TypedResults.Stream(
            async body => await EventExporter.WriteAsync(o.Store.StreamEvents(query), format, body, request.HttpContext.RequestAborted),
            contentType, fileName);
    }
}
