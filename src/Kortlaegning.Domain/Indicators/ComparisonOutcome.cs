namespace Kortlaegning.Domain.Indicators;

/// <summary>How an area compares with a comparator (municipality, region, Denmark), as Fingertips colours it.</summary>
public enum ComparisonOutcome
{
    /// <summary>No comparison possible: value, comparator or confidence interval missing.</summary>
    NotCompared,

    /// <summary>The interval includes the comparator.</summary>
    Similar,

    /// <summary>Significantly different in the good direction of the indicator's polarity.</summary>
    Better,

    /// <summary>Significantly different in the bad direction of the indicator's polarity.</summary>
    Worse,

    /// <summary>Significantly above the comparator, for an indicator with no judgement.</summary>
    Higher,

    /// <summary>Significantly below the comparator, for an indicator with no judgement.</summary>
    Lower,
}
