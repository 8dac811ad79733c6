namespace Kortlaegning.Domain.Followup;

/// <summary>One focus place (or <see cref="FollowupDisclosure.Outside"/>) in a stretch: activities running and participants (null = withheld).</summary>
public sealed record PlaceFigures(string Place, int Activities, long? Participants);
