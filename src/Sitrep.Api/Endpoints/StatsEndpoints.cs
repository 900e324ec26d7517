using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Sitrep.Store.Query;

namespace Sitrep.Api.Endpoints;

public static class StatsEndpoints
{
    public static void MapStatsEndpoints(this RouteGroupBuilder api)
    {
        var stats = api.MapGroup("/stats").WithTags("stats");
        stats.MapGet("/timeline", Timeline)
            .WithSummary("Events and fatalities per day, week or month (interval=day|week|month, default day), same filters as /api/events");
    }

    private static Results<Ok<TimelineResponse>, ValidationProblem> Timeline(HttpRequest request, SitrepApiOptions o)
    {
        var errors = new Dictionary<string, string[]>();
        var query = QueryParameters.Parse(request.Query, errors, [.. QueryParameters.Filters, "interval"]);
        var interval = request.Query["interval"].FirstOrDefault() ?? "day";
        if (interval is not ("day" or "week" or "month"))
        {
            errors["interval"] = [$"'{interval}' is not an interval (day, week, month)"];
        }
        if (errors.Count > 0)
        {
            return Problems.BadParameters(errors);
        }
        return TypedResults.Ok(new TimelineResponse(interval, o.Store.Timeline(query, interval)));
    }
}

public sealed record TimelineResponse(string Interval, IReadOnlyList<TimelineBucket> Buckets);
