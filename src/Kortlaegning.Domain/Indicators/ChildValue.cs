namespace Kortlaegning.Domain.Indicators;

/// <summary>
/// One child area's contribution to a parent: numerator (count) and denominator (population at risk), either of which
/// may be unknown, and its notes. A suppressed child may still carry its true counts for internal aggregation.
/// </summary>
public sealed record ChildValue(string Id, double? Numerator, double? Denominator, ValueNote Note = ValueNote.None);
