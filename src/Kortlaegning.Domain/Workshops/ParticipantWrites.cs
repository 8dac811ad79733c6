namespace Kortlaegning.Domain.Workshops;

/// <summary>
/// When participants may write (add, edit or delete items, place or take back dots): only while the workshop is
/// <see cref="WorkshopStatus.Open"/> and not locked. The lock is checked first because it is the facilitator's
/// deliberate pause and the message a participant should see.
/// </summary>
public static class ParticipantWrites
{
    /// <summary>Null when writes are allowed; else why not, for a person.</summary>
    public static string? Refusal(string status, bool locked) =>
        locked ? "The facilitator has locked the workshop."
        : status != WorkshopStatus.Open ? $"The workshop is {status}."
        : null;
}
