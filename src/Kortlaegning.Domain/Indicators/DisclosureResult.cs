namespace Kortlaegning.Domain.Indicators;

/// <summary>
/// Decisions per cell id, and the groups that could not be protected (a suppressed count still recoverable because
/// no sibling or total was left to suppress). A non-empty <see cref="UnprotectedGroups"/> means the table must not be
/// published as it is.
/// </summary>
public sealed record DisclosureResult(IReadOnlyDictionary<string, DisclosureDecision> Cells, IReadOnlyList<string> UnprotectedGroups);
