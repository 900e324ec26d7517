using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Sitrep.Store.Query;

namespace Sitrep.Api.Endpoints;

public static class EventEndpoints
{
    public static void MapEventEndpoints(this RouteGroupBuilder api)
    {
        var events = api.MapGroup("/events").WithTags("events");
        events.MapGet("", List)
            .WithSummary("Deduplicated events, filtered, sorted and paged")
            .WithDescription("Filters: from, to (YYYY-MM-DD), bbox=min_lon,min_lat,max_lon,max_lat, country (ISO alpha-2), " +
                             "cameo (code prefix), plover, acled (event or sub-event type), actor (code or name), min_fatalities, q (words). " +
                             "Paging: limit (1–1000, default 100), offset. sort: -date (default), date, -fatalities, -sources.");
        events.MapGet("/{id}", Get).WithSummary("One event with every report, its evidence spans and article excerpts");
    }

    private static Results<Ok<EventPage>, ValidationProblem> List(HttpRequest request, SitrepApiOptions o)
    {
        var errors = new Dictionary<string, string[]>();
        var query = QueryParameters.Parse(request.Query, errors, [.. QueryParameters.Filters, .. QueryParameters.Paging]);
        if (errors.Count > 0)
        {
            return Problems.BadParameters(errors);
        }
        return TypedResults.Ok(o.Store.QueryEvents(query));
    }

    private static Results<Ok<EventDetail>, ProblemHttpResult> Get(string id, SitrepApiOptions o) =>
        o.Store.GetEvent(id) is { } detail ? TypedResults.Ok(detail) : Problems.NotFound($"no event with id '{id}'");
}
