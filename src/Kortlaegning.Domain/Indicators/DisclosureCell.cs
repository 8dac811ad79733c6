namespace Kortlaegning.Domain.Indicators;

/// <summary>
/// One cell of a table to publish: its count, the denominator of any rate built on it (carried for the caller;
/// a rate shares its numerator's fate), and the ids of every group of siblings it belongs to whose total is
/// published (e.g. the parishes of one municipality, the sexes within one parish).
/// </summary>
public sealed record DisclosureCell(string Id, long Count, IReadOnlyList<string> Groups, double? Denominator = null);
