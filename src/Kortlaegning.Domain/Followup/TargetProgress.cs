namespace Kortlaegning.Domain.Followup;

/// <summary>
/// Progress against a target by a date, pro rata over the target period by calendar days (the formula the
/// applications' quarterly reports to the steering group imply: a year's target is one quarter due after a quarter).
/// <list type="bullet">
/// <item>Elapsed share e = clamp((at − from + 1) / (to − from + 1), 0, 1), days counted inclusively, so the whole
/// of <c>at</c> counts (at = 31 Dec of a calendar-year target gives 1; at = 1 Jan gives 1/365).</item>
/// <item>Expected = target × e.</item>
/// <item>Status: <c>ahead</c> when achieved > expected × (1 + tolerance), <c>behind</c> when achieved &lt; expected ×
/// (1 − tolerance), else <c>on_track</c>. Before the period starts (expected 0): ahead when something is achieved, else
/// on track.</item>
/// </list>
/// The default tolerance is <see cref="DefaultTolerance"/> (10 %): within ±10 % of the pro-rata figure counts as on track.
/// </summary>
public static class TargetProgress
{
    public const double DefaultTolerance = 0.10;

    public static double ElapsedShare(DateOnly from, DateOnly to, DateOnly at)
    {
        if (to < from) throw new ArgumentException("The target period ends before it starts.", nameof(to));
        double days = to.DayNumber - from.DayNumber + 1;
        double elapsed = at.DayNumber - from.DayNumber + 1;
        return Math.Clamp(elapsed / days, 0, 1);
    }

    public static TargetEvaluation Evaluate(DateOnly from, DateOnly to, double target, double? achieved, DateOnly at, double tolerance = DefaultTolerance)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(tolerance);
        var e = ElapsedShare(from, to, at);
        var expected = target * e;
        return new TargetEvaluation(target, achieved, e, expected, achieved is { } a ? Status(a, expected, tolerance) : null);
    }

    public static ProgressStatus Status(double achieved, double expected, double tolerance = DefaultTolerance)
    {
        if (expected <= 0) return achieved > 0 ? ProgressStatus.Ahead : ProgressStatus.OnTrack;
        if (achieved > expected * (1 + tolerance)) return ProgressStatus.Ahead;
        if (achieved < expected * (1 - tolerance)) return ProgressStatus.Behind;
        return ProgressStatus.OnTrack;
    }
}
