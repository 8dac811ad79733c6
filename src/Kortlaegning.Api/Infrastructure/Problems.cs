using Kortlaegning.Api.Infrastructure.Localisation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Kortlaegning.Api.Infrastructure;

/// <summary>
/// RFC 9457 problem answers in one shape: a title, a detail a person can act on, and the offending parameter. The
/// one place problems are made, so the one place they get the request's language (<see cref="ProblemText"/>).
/// </summary>
public static class Problems
{
    /// <summary>One bad query or route parameter, in the one shape: <c>errors: {parameter: [detail]}</c>.</summary>
    public static ProblemHttpResult BadParameter(string parameter, string detail) =>
        Validation(new Dictionary<string, string[]> { [parameter] = [detail] }, Texts.InvalidParameter.Format(parameter));

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: ProblemText.Localise("Not found"), detail: ProblemText.Localise(detail));

    /// <summary>
    /// The one shape of every 400/422 that lists problems: <c>errors: {field: [messages]}</c>. Build it through
    /// <see cref="Validation.FieldErrors"/>.
    /// </summary>
    public static ProblemHttpResult Validation(IReadOnlyDictionary<string, string[]> errors, string title, int status = StatusCodes.Status400BadRequest, IDictionary<string, object?>? extensions = null)
    {
        // Messages first, so the detail that repeats them is in the same language.
        var localised = errors.ToDictionary(kv => kv.Key, kv => ProblemText.Localise(kv.Value));
        var messages = localised.SelectMany(kv => kv.Value).ToList();
        var detail = messages.Count switch
        {
            0 => ProblemText.Localise("The request is invalid."),
            <= 3 => string.Join(" ", messages),
            _ => Texts.AndMore.Format(string.Join(" ", messages.Take(3)), messages.Count - 3),
        };
        var problem = new HttpValidationProblemDetails(localised) { Status = status, Title = ProblemText.Localise(title), Detail = detail };
        if (extensions is not null)
        {
            foreach (var (k, v) in extensions) problem.Extensions[k] = v;
        }
        return TypedResults.Problem(problem);
    }

    public static ProblemHttpResult Status(int status, string title, string detail, IDictionary<string, object?>? extensions = null)
    {
        var problem = new ProblemDetails { Status = status, Title = ProblemText.Localise(title), Detail = ProblemText.Localise(detail) };
        if (extensions is not null)
        {
            foreach (var (k, v) in extensions) problem.Extensions[k] = v;
        }
        return TypedResults.Problem(problem);
    }
}
