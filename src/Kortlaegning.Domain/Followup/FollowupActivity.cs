namespace Kortlaegning.Domain.Followup;

/// <summary>
/// An activity as progress needs it: kind (snake_case name, e.g. <c>health_spot</c>), the focus place it lies in
/// (null when in none), the parish it lies in (for the equity figure), dates (end inclusive, null = open), new or
/// existing, and the track it counts towards (e.g. Aalborg's "community" and "health" participants).
/// </summary>
public sealed record FollowupActivity(int Id, string Kind, string? Place, string? Parish, DateOnly Start, DateOnly? End, bool IsNew, string? Track)
{
    /// <summary>Runs at some time in [from, toExclusive).</summary>
    public bool RunsIn(DateOnly from, DateOnly toExclusive) => Start < toExclusive && (End is null || End.Value >= from);
}
