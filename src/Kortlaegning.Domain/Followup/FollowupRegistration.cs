namespace Kortlaegning.Domain.Followup;

/// <summary>
/// Counts registered for one activity on one day, or for a month (dated to the month's first day, so a month counts
/// as soon as it has begun). Never a person: only numbers.
/// </summary>
public sealed record FollowupRegistration(int ActivityId, DateOnly Date, long Participants, long NewParticipants, long Ambassadors, long Contacts)
{
    public long Count(Metric metric) => metric switch
    {
        Metric.Participants => Participants,
        Metric.NewParticipants => NewParticipants,
        Metric.Ambassadors => Ambassadors,
        Metric.Conversations => Contacts,
        _ => 0,
    };
}
