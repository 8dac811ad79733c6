using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Kortlaegning.Api.Infrastructure;

/// <summary>
/// The one place that turns exceptions into HTTP answers: malformed requests (bad JSON, a value that
/// does not bind) become 400 ProblemDetails naming the problem, oversized bodies 413; anything else is
/// a 500 without internals; a failed ownership check (<see cref="Accounts.ForbiddenException"/>) 401/403.
/// </summary>
public sealed class ErrorHandling(IProblemDetailsService problems, ILogger<ErrorHandling> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        // A store's ownership check (ICurrentUser.Require): 401 when not signed in, else 403 naming policy and owner.
        if (exception is Accounts.ForbiddenException forbidden)
        {
            if (forbidden.Authenticated) await Accounts.AuthProblems.WriteForbiddenAsync(http, problems, forbidden.Policy, forbidden.Municipality);
            else await Accounts.AuthProblems.WriteUnauthorizedAsync(http, problems);
            return true;
        }
        var (status, title, detail) = exception switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } e => (413, "Request body too large", e.Message),
            BadHttpRequestException e => (e.StatusCode, "Bad request", e.Message),
            System.Text.Json.JsonException e => (400, "Malformed JSON", e.Message),
            _ => (500, "Internal error", "The server failed to handle the request. It has been logged."),
        };
        if (status >= 500) log.LogError(exception, "Unhandled exception for {Path}", http.Request.Path);
        http.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }
}
