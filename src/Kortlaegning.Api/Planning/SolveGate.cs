using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Kortlaegning.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Kortlaegning.Api.Planning;

/// <summary>Configuration section <c>Planning</c>.</summary>
public sealed class PlanningOptions
{
    public const string Section = "Planning";

    /// <summary>
    /// Solves (one-off and scenario runs) allowed at once. Each may use every core for its whole time limit (the exact
    /// solvers run one worker per core), so a few at a time keep the rest of the service responsive; more are 429.
    /// </summary>
    [Range(1, 64)]
    public int MaxConcurrentSolves { get; set; } = 2;

    /// <summary>Seconds a client is told to wait (Retry-After) when every solve slot is taken.</summary>
    [Range(1, 3600)]
    public int RetryAfterSeconds { get; set; } = 5;
}

/// <summary>
/// The limit on concurrent solves: a slot is taken without waiting or refused, so a burst of solves is answered 429 with
/// Retry-After at once rather than queued behind solves that may each take minutes.
/// </summary>
public sealed class SolveGate(IOptions<PlanningOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrentSolves, options.Value.MaxConcurrentSolves);

    /// <summary>A slot, released on dispose; null when all are taken.</summary>
    public IDisposable? TryEnter() => _slots.Wait(0) ? new Slot(_slots) : null;

    /// <summary>429 ProblemDetails with Retry-After.</summary>
    public ProblemHttpResult Busy(HttpResponse response)
    {
        int seconds = options.Value.RetryAfterSeconds;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return Problems.Status(StatusCodes.Status429TooManyRequests, "Too many solves",
            $"{options.Value.MaxConcurrentSolves} solves are running, the most this server runs at once. Try again in {seconds} s.");
    }

    public void Dispose() => _slots.Dispose();

    private sealed class Slot(SemaphoreSlim slots) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) slots.Release();
        }
    }
}
