namespace Kortlaegning.Domain.Workshops;

/// <summary>
/// The life of a workshop: <c>draft</c> while the facilitator prepares it, <c>open</c> while participants join and
/// mark, <c>closed</c> when it is over. A facilitator may set any status at any time (reopening a closed workshop
/// included); the lock (<see cref="ParticipantWrites"/>) pauses an open workshop without changing its status.
/// </summary>
public static class WorkshopStatus
{
    public const string Draft = "draft";
    public const string Open = "open";
    public const string Closed = "closed";
    public static readonly string[] All = [Draft, Open, Closed];

    public static bool IsKnown(string? status) => status is not null && All.Contains(status);

    /// <summary>Joining needs an open workshop; a locked one still admits people, who then wait for the unlock.</summary>
    public static bool CanJoin(string status) => status == Open;
}
