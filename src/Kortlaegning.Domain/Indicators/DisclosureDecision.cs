namespace Kortlaegning.Domain.Indicators;

/// <summary>The outcome for one cell. A suppressed count also suppresses every rate built on it.</summary>
public sealed record DisclosureDecision(string Id, SuppressionReason Reason)
{
    public bool Published => Reason == SuppressionReason.None;
}
