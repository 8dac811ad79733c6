using System.Globalization;
using System.Net.Sockets;
using Kortlaegning.Api.Infrastructure.Localisation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace Kortlaegning.Api.Infrastructure;

/// <summary>
/// The one place that turns exceptions into HTTP answers: malformed requests (bad JSON, a value that
/// does not bind) become 400 ProblemDetails naming the problem, oversized bodies 413; a failed ownership check
/// (<see cref="Accounts.ForbiddenException"/>) 401/403. Issue 18's backstops: a unique-name race the store did not
/// catch is 409, text PostgreSQL cannot store (a NUL) is 400, and a database that cannot be reached is 503 with
/// Retry-After (no host or port in the answer). Anything else is a 500 without internals.
/// </summary>
public sealed class ErrorHandling(IProblemDetailsService problems, ILogger<ErrorHandling> log) : IExceptionHandler
{
    /// <summary>Seconds a client is told to wait while the database is away.</summary>
    public const int DatabaseRetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        // A store's ownership check (ICurrentUser.Require): 401 when not signed in, else 403 naming policy and owner.
        if (exception is Accounts.ForbiddenException forbidden)
        {
            if (forbidden.Authenticated) await Accounts.AuthProblems.WriteForbiddenAsync(http, problems, forbidden.Policy, forbidden.Municipality);
            else await Accounts.AuthProblems.WriteUnauthorizedAsync(http, problems);
            return true;
        }
        var postgres = Find<PostgresException>(exception);
        var (status, title, detail) = exception switch
        {
            // A body minimal APIs could not read as JSON: the reader's reason, not "Failed to read parameter …".
            BadHttpRequestException { InnerException: System.Text.Json.JsonException json } => (400, "Malformed JSON", Texts.NotValidJson.Format(TechnicalReasons.Localise(json.Message))),
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } e => (413, "Request body too large", TechnicalReasons.Localise(e.Message)),
            BadHttpRequestException e => (e.StatusCode, "Bad request", TechnicalReasons.Localise(e.Message)),
            System.Text.Json.JsonException e => (400, "Malformed JSON", TechnicalReasons.Localise(e.Message)),
            _ when postgres?.SqlState == PostgresErrorCodes.UniqueViolation => (409, "Conflict", "Something with the same name or key was saved at the same time; reload and try again."),
            _ when postgres?.SqlState is PostgresErrorCodes.CharacterNotInRepertoire or PostgresErrorCodes.UntranslatableCharacter =>
                (400, "Unstorable text", "The request holds a character the database cannot store (a NUL or another control character)."),
            _ when IsDatabaseUnreachable(exception) => (503, "Database unavailable", "database unreachable; try again shortly."),
            _ => (500, "Internal error", "The server failed to handle the request. It has been logged."),
        };
        if (status >= 500 && status != 503) log.LogError(exception, "Unhandled exception for {Path}", http.Request.Path);
        else if (status == 503) log.LogWarning("Database unreachable for {Path}: {Message}", http.Request.Path, exception.Message);
        http.Response.StatusCode = status;
        if (status == 503) http.Response.Headers.RetryAfter = DatabaseRetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            // No exception in the context: its message would carry the database's host and port.
            ProblemDetails = new ProblemDetails { Status = status, Title = ProblemText.Localise(title), Detail = ProblemText.Localise(detail) },
        });
    }

    /// <summary>
    /// A connection that could not be opened or was lost (refused, reset, timed out, the server shutting down), as
    /// opposed to a query the server refused: those are <see cref="PostgresException"/>s with their own SQL state.
    /// </summary>
    public static bool IsDatabaseUnreachable(Exception exception)
    {
        if (Find<PostgresException>(exception) is { } pg)
            return pg.SqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.TooManyConnections;
        if (Find<SocketException>(exception) is not null) return true;
        var npgsql = Find<NpgsqlException>(exception);
        if (npgsql is not null) return npgsql.IsTransient || npgsql.InnerException is IOException or TimeoutException || npgsql.Message.StartsWith("Failed to connect", StringComparison.Ordinal);
        // EF wraps a failed open in InvalidOperationException ("An exception has been raised that is likely due to a transient failure").
        return exception is Microsoft.EntityFrameworkCore.Storage.RetryLimitExceededException;
    }

    private static T? Find<T>(Exception? e) where T : Exception
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is T t) return t;
            if (e is AggregateException { InnerExceptions.Count: > 0 } a && a.InnerExceptions.Select(Find<T>).FirstOrDefault(x => x is not null) is { } inner) return inner;
        }
        return null;
    }
}
