namespace Kortlaegning.Domain.Indicators;

/// <summary>
/// Aggregates child areas (parishes) to a parent (municipality): counts are summed and the rate is recomputed as
/// Σ numerators / Σ denominators × multiplier. Child rates are never averaged: an unweighted mean of parish rates
/// gives a 200-person parish the same say as a 20,000-person one (the parent rate is the population-weighted mean,
/// which is exactly the ratio of sums).
/// <para>
/// A sum over children is only the parent's count when every child has one, so a single child without a numerator
/// (or denominator) makes that sum, and the rate, not computable. Notes propagate: a parent built from an estimated
/// child is estimated; one that cannot be computed because a child is suppressed is marked suppressed; a parent
/// computed from suppressed children's true counts is flagged too, and must pass <see cref="DisclosureControl"/> itself.
/// </para>
/// </summary>
public static class RateAggregation
{
    public static AggregatedValue Aggregate(IReadOnlyCollection<ChildValue> children, double multiplier = 100)
    {
        ArgumentNullException.ThrowIfNull(children);
        double numerator = 0, denominator = 0;
        bool numeratorKnown = children.Count > 0, denominatorKnown = children.Count > 0;
        var note = ValueNote.None;
        foreach (var child in children)
        {
            note |= child.Note & (ValueNote.Estimated | ValueNote.Suppressed);
            if (child.Numerator is { } n) numerator += n; else numeratorKnown = false;
            if (child.Denominator is { } d) denominator += d; else denominatorKnown = false;
        }

        double? rate = numeratorKnown && denominatorKnown && denominator > 0 ? numerator / denominator * multiplier : null;
        if (rate is null) note |= ValueNote.NotComputable;
        return new AggregatedValue(
            numeratorKnown ? numerator : null,
            denominatorKnown ? denominator : null,
            rate,
            note,
            children.Count);
    }
}
