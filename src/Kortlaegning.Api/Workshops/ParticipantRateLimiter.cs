using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Kortlaegning.Api.Workshops;

/// <summary>
/// A token bucket per participant (keyed by participant id, never by IP address): a burst of
/// <see cref="WorkshopOptions.RateLimitBurst"/> writes, refilled at <see cref="WorkshopOptions.RateLimitPerMinute"/>.
/// </summary>
public sealed class ParticipantRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<long> _limiter;

    public ParticipantRateLimiter(IOptions<WorkshopOptions> options)
    {
        var o = options.Value;
        var perMinute = Math.Max(1, o.RateLimitPerMinute);
        _limiter = PartitionedRateLimiter.Create<long, long>(pid => RateLimitPartition.GetTokenBucketLimiter(pid, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, o.RateLimitBurst),
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1.0 / perMinute),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    /// <summary>Takes one token; false (and the seconds until the next) when the bucket is empty.</summary>
    public bool TryAcquire(long participantId, out int retryAfterSeconds)
    {
        using var lease = _limiter.AttemptAcquire(participantId);
        retryAfterSeconds = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? (int)Math.Ceiling(after.TotalSeconds) : 3;
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
