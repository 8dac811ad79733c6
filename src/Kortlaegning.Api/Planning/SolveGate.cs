using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Api.Infrastructure.Localisation;
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

    /// <summary>Solves one user (or one anonymous client address) may run at once, within <see cref="MaxConcurrentSolves"/>.</summary>
    [Range(1, 64)]
    public int MaxConcurrentSolvesPerUser { get; set; } = 1;

    /// <summary>The highest <c>timeLimitSeconds</c> a request may ask for; more is 422 naming this cap.</summary>
    [Range(1, 3600)]
    public double MaxTimeLimitSeconds { get; set; } = 30;
}

/// <summary>
/// The limit on concurrent solves: a slot is taken without waiting or refused, so a burst of solves is answered 429 with
/// Retry-After at once rather than queued behind solves that may each take minutes.
/// </summary>
public sealed class SolveGate(IOptions<PlanningOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrentSolves, options.Value.MaxConcurrentSolves);
    private readonly Dictionary<string, int> _perUser = new(StringComparer.Ordinal);

    /// <summary>A slot, released on dispose; null when all are taken.</summary>
    public IDisposable? TryEnter() => _slots.Wait(0) ? new Slot(_slots, null) : null;

    /// <summary>A slot for <paramref name="user"/>; null when all are taken or the user already runs their share.</summary>
    public IDisposable? TryEnter(string user)
    {
        lock (_perUser)
        {
            if (_perUser.GetValueOrDefault(user) >= options.Value.MaxConcurrentSolvesPerUser) return null;
            if (!_slots.Wait(0)) return null;
            _perUser[user] = _perUser.GetValueOrDefault(user) + 1;
        }
        return new Slot(_slots, () =>
        {
            lock (_perUser)
            {
                if (_perUser.GetValueOrDefault(user) <= 1) _perUser.Remove(user);
                else _perUser[user]--;
            }
        });
    }

    /// <summary>The key <see cref="TryEnter(string)"/> counts by: the signed-in account, else the client address.</summary>
    public static string UserKey(HttpContext http) =>
        http.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value is { } id ? "user:" + id : "ip:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown");

    /// <summary>422 naming the cap when <paramref name="seconds"/> is above <see cref="PlanningOptions.MaxTimeLimitSeconds"/>; null when it is not.</summary>
    public ProblemHttpResult? TimeLimitProblem(double? seconds, string field)
    {
        double cap = options.Value.MaxTimeLimitSeconds;
        if (seconds is not { } s || !(s > cap)) return null;
        return Problems.Validation(new Dictionary<string, string[]> { [field] = [Texts.TimeLimitCap.Format(cap, s)] },
            "Time limit above the cap", StatusCodes.Status422UnprocessableEntity);
    }

    /// <summary>429 ProblemDetails with Retry-After.</summary>
    public ProblemHttpResult Busy(HttpResponse response)
    {
        int seconds = options.Value.RetryAfterSeconds;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return Problems.Status(StatusCodes.Status429TooManyRequests, "Too many solves",
            Texts.SolvesBusy.Format(options.Value.MaxConcurrentSolves, options.Value.MaxConcurrentSolvesPerUser, seconds));
    }

    public void Dispose() => _slots.Dispose();

    private sealed class Slot(SemaphoreSlim slots, Action? onRelease) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) != 0) return;
            onRelease?.Invoke();
            slots.Release();
        }
    }
}
