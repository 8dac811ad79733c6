namespace Kortlaegning.Domain.Followup;

/// <summary>
/// What a target counts. Registration metrics sum counts (never persons); activity metrics count activities.
/// </summary>
public enum Metric
{
    /// <summary>Participants registered (attendances as counted by the organiser).</summary>
    Participants,

    /// <summary>Participants who came for the first time.</summary>
    NewParticipants,

    /// <summary>Ambassadors recruited (e.g. Odder's trivselsambassadører).</summary>
    Ambassadors,

    /// <summary>Contacts of a conversation service (e.g. Silkeborg's resident nurse).</summary>
    Conversations,

    /// <summary>Activities marked new that started within the target period.</summary>
    NewActivities,

    /// <summary>Focus places with at least one activity running in the period; the target value is the number of places (Odder: one in each of five).</summary>
    ActivitiesInEachPlace,

    /// <summary>Health-spot opening hours (kind <c>health_spot</c>) running in the period (Esbjerg: one in 2026, two in 2027).</summary>
    HealthSpots,
}
