namespace Kortlaegning.Domain.Allocation;

/// <summary>
/// When a phase of a solve must stop: a timestamp of the solve's <see cref="TimeProvider"/>, or as soon as the solve is
/// cancelled. Loops ask <see cref="Passed"/> between iterations, so a test can drive time with a fake provider and an
/// aborted request stops the work at the next check (docs/allocation.md, "Time budget").
/// </summary>
internal readonly record struct Deadline(TimeProvider? Time, long Ticks, CancellationToken Cancel = default)
{
    /// <summary>No deadline and no cancellation.</summary>
    public static Deadline None => new(TimeProvider.System, long.MaxValue);

    public bool Passed => Cancel.IsCancellationRequested || (Ticks != long.MaxValue && (Time ?? TimeProvider.System).GetTimestamp() > Ticks);

    /// <summary>A timestamp of the system clock (<see cref="System.Diagnostics.Stopwatch"/> ticks), for benchmarks and tests.</summary>
    public static implicit operator Deadline(long ticks) => new(TimeProvider.System, ticks);
}
