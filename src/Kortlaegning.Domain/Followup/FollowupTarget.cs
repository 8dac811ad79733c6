namespace Kortlaegning.Domain.Followup;

/// <summary>
/// A target: metric, period (both ends inclusive; a calendar year or the project period), value, and optionally the
/// focus place or track it is limited to.
/// </summary>
public sealed record FollowupTarget(int Id, Metric Metric, DateOnly From, DateOnly To, double Value, string? Place = null, string? Track = null)
{
    public static bool IsRegistrationMetric(Metric m) => m is Metric.Participants or Metric.NewParticipants or Metric.Ambassadors or Metric.Conversations;
}
