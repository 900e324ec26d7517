using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Sitrep.Api.Endpoints;

internal static class Problems
{
    /// <summary>400 whose detail names the bad parameter(s) and whose <c>errors</c> maps each to its message.</summary>
    public static ValidationProblem BadParameters(Dictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors,
            detail: $"bad parameter{(errors.Count > 1 ? "s" : "")}: {string.Join(", ", errors.Keys)} — {errors.First().Value[0]}",
            title: "One or more parameters are invalid.");

    public static ProblemHttpResult NotFound(string what) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: what);
}
