namespace Kortlaegning.Domain.Workshops;

/// <summary>
/// Merging a duplicate item into another: the duplicate is hidden and points at the target, and its dots move to the
/// target, except a dot whose participant already dotted the target, which returns to that participant (one dot per
/// target, <see cref="DotAllowance"/>). An item cannot merge into itself.
/// </summary>
public static class ItemMerge
{
    /// <summary>Null when <paramref name="duplicate"/> may merge into <paramref name="into"/>; else why not.</summary>
    public static string? Refusal(long duplicate, long? into) =>
        into is null ? "'into' is the id of the item this duplicate merges into."
        : into == duplicate ? "An item cannot merge into itself."
        : null;

    /// <summary>
    /// Where each of the duplicate's dots ends up, by participant: moved to the target, or returned when that
    /// participant already has a dot on the target. The store does the same in one SQL statement.
    /// </summary>
    public static (IReadOnlyList<long> Moved, IReadOnlyList<long> Returned) Dots(IEnumerable<long> duplicateVoters, IEnumerable<long> targetVoters)
    {
        var onTarget = targetVoters.ToHashSet();
        var moved = new List<long>();
        var returned = new List<long>();
        foreach (var p in duplicateVoters) (onTarget.Contains(p) ? returned : moved).Add(p);
        return (moved, returned);
    }
}
