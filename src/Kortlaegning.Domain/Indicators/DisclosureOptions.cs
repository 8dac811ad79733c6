namespace Kortlaegning.Domain.Indicators;

/// <summary>Settings for <see cref="DisclosureControl"/>.</summary>
public sealed record DisclosureOptions
{
    /// <summary>Counts from 1 up to <c>Threshold − 1</c> are suppressed (default 5: suppress 1–4, the usual Danish practice).</summary>
    public int Threshold { get; init; } = 5;

    /// <summary>
    /// Also suppress zero counts. Off by default: a published 0 says nobody in the cell has the trait, which
    /// published statistics tables normally show; turn on where "nobody" is itself sensitive.
    /// </summary>
    public bool SuppressZero { get; init; }

    /// <summary>
    /// For each group, the id of the cell holding its total, if that total is itself a cell (hierarchical tables:
    /// the municipality cell is the total of its parishes). Used when a group can only be protected by hiding its
    /// total, and to know that a group whose total is suppressed no longer allows recovery by subtraction.
    /// </summary>
    public IReadOnlyDictionary<string, string> GroupTotals { get; init; } = new Dictionary<string, string>();
}
