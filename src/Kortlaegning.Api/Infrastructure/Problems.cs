using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Kortlaegning.Api.Infrastructure;

/// <summary>RFC 9457 problem answers in one shape: a title, a detail a person can act on, and the offending parameter.</summary>
public static class Problems
{
    public static ProblemHttpResult BadParameter(string parameter, string detail) =>
        TypedResults.Problem(new ProblemDetails
        {
            Status = StatusCodes.Status400BadRequest,
            Title = $"Invalid parameter '{parameter}'",
            Detail = detail,
            Extensions = { ["parameter"] = parameter },
        });

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: detail);

    public static ProblemHttpResult Status(int status, string title, string detail, IDictionary<string, object?>? extensions = null)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        if (extensions is not null)
        {
            foreach (var (k, v) in extensions) problem.Extensions[k] = v;
        }
        return TypedResults.Problem(problem);
    }
}
