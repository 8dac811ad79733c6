namespace Kortlaegning.Domain.Workshops;

/// <summary>
/// An item's moderation state. Only <c>published</c> items reach participants, the projector, counts, dots and
/// indicators; <c>under_review</c> and <c>hidden</c> items are seen by the facilitator only.
/// </summary>
public static class ModerationStatus
{
    public const string Published = "published";
    public const string UnderReview = "under_review";
    public const string Hidden = "hidden";
    public static readonly string[] All = [Published, UnderReview, Hidden];

    public static bool IsKnown(string? status) => status is not null && All.Contains(status);

    /// <summary>Whether everyone (not only the facilitator) sees an item in this state.</summary>
    public static bool IsPublic(string status) => status == Published;
}
