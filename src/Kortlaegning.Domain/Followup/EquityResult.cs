namespace Kortlaegning.Domain.Followup;

/// <summary>
/// The equity figure: how much of the activity lies in the areas of the top need quintile. Shares are null when there
/// is nothing to divide, or (participants) when disclosure control withholds the counts behind them.
/// </summary>
public sealed record EquityResult(
    IReadOnlyList<string> TopQuintileAreas, int Activities, int ActivitiesInTop, double? ActivityShare,
    long? Participants, long? ParticipantsInTop, double? ParticipantShare);
