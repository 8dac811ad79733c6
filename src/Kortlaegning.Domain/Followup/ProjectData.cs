namespace Kortlaegning.Domain.Followup;

/// <summary>Everything progress and the report are computed from: the project period, focus places, activities, counts, targets.</summary>
public sealed record ProjectData(
    DateOnly Start, DateOnly End, IReadOnlyList<string> FocusPlaces, IReadOnlyList<FollowupActivity> Activities,
    IReadOnlyList<FollowupRegistration> Registrations, IReadOnlyList<FollowupTarget> Targets);
