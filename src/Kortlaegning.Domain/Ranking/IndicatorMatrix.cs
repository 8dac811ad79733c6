using Kortlaegning.Domain.Indicators;

namespace Kortlaegning.Domain.Ranking;

/// <summary>
/// The normalised, need-oriented indicator values as one dense row-major matrix [area, indicator], built once per
/// request. Normalised values do not depend on the weights, so every weight draw of the sensitivity view reuses
/// this matrix and only recomputes a matrix-vector product.
/// </summary>
internal sealed class IndicatorMatrix
{
    private IndicatorMatrix(int areaCount, int indicatorCount)
    {
        AreaCount = areaCount;
        IndicatorCount = indicatorCount;
        Values = new double[areaCount * indicatorCount];
        Present = new bool[areaCount * indicatorCount];
        Missing = new bool[areaCount * indicatorCount];
        Suppressed = new bool[areaCount * indicatorCount];
        AtOrAboveP90 = new bool[areaCount * indicatorCount];
        Complete = new bool[areaCount];
    }

    public int AreaCount { get; }

    public int IndicatorCount { get; }

    /// <summary>Normalised need at [a · K + i]; 0 where the value is absent (so it drops out of Σ wᵢ·xᵢ).</summary>
    public double[] Values { get; }

    /// <summary>True where the value enters the score: observed, or imputed by the median.</summary>
    public bool[] Present { get; }

    /// <summary>True where no usable value was given (absent, null or suppressed), whether or not it was imputed.</summary>
    public bool[] Missing { get; }

    /// <summary>True where the given value was suppressed.</summary>
    public bool[] Suppressed { get; }

    /// <summary>True where the observed value is at or above the 90th percentile of need (CDC/ATSDR SVI flag).</summary>
    public bool[] AtOrAboveP90 { get; }

    /// <summary>True for an area with every indicator present: its denominator Σ wᵢ is the full weight sum.</summary>
    public bool[] Complete { get; }

    /// <summary>Observation about individual indicators for the result's notes.</summary>
    public List<string> Notes { get; } = [];

    public static IndicatorMatrix Build(RankingRequest request)
    {
        var areas = request.Areas;
        var indicators = request.Indicators;
        var matrix = new IndicatorMatrix(areas.Count, indicators.Count);
        for (var i = 0; i < indicators.Count; i++)
            matrix.FillColumn(i, indicators[i], areas, request.Method, request.Missing);
        for (var a = 0; a < areas.Count; a++)
            matrix.Complete[a] = Enumerable.Range(0, indicators.Count).All(i => matrix.Present[a * indicators.Count + i]);
        return matrix;
    }

    private void FillColumn(
        int column, RankingIndicator indicator, IReadOnlyList<RankingArea> areas, RankingMethod method, MissingValuePolicy missing)
    {
        // Higher always means more need: flip indicators where high is good by negation, which reverses every
        // order-based normalisation and mirrors min–max and z-scores exactly.
        var sign = indicator.EffectivePolarity == Polarity.HighIsGood ? -1.0 : 1.0;
        var observedAreas = new List<int>(areas.Count);
        var observedNeed = new List<double>(areas.Count);
        for (var a = 0; a < areas.Count; a++)
        {
            var cell = a * IndicatorCount + column;
            var suppressed = areas[a].Suppressed?.Contains(indicator.Code) == true;
            Suppressed[cell] = suppressed;
            if (!suppressed && areas[a].Values.TryGetValue(indicator.Code, out var value) && value is { } v)
            {
                observedAreas.Add(a);
                observedNeed.Add(sign * v);
            }
            else
            {
                Missing[cell] = true;
            }
        }
        DescribeIndicator(indicator, observedAreas.Count, areas.Count, missing);
        if (observedAreas.Count == 0)
            return;

        MarkNinetiethPercentile(column, observedAreas, observedNeed);

        if (missing == MissingValuePolicy.Median && observedAreas.Count < areas.Count)
        {
            // Median of the raw values, taken before normalisation; the median of −x is −median(x), so imputing
            // on the need-oriented scale is the same as imputing the raw value.
            var median = Median(observedNeed);
            for (var a = 0; a < areas.Count; a++)
            {
                if (Missing[a * IndicatorCount + column])
                {
                    observedAreas.Add(a);
                    observedNeed.Add(median);
                }
            }
        }

        var normalised = Normalisation.Apply(method, observedNeed.ToArray());
        for (var j = 0; j < observedAreas.Count; j++)
        {
            var cell = observedAreas[j] * IndicatorCount + column;
            Values[cell] = normalised[j];
            Present[cell] = true;
        }
    }

    /// <summary>SVI flags from the percentile rank of the observed values only, so an imputed median never flags.</summary>
    private void MarkNinetiethPercentile(int column, List<int> observedAreas, List<double> observedNeed)
    {
        var percentile = Normalisation.Percentile(observedNeed.ToArray());
        for (var j = 0; j < observedAreas.Count; j++)
            AtOrAboveP90[observedAreas[j] * IndicatorCount + column] = percentile[j] >= 0.9;
    }

    private void DescribeIndicator(RankingIndicator indicator, int observed, int areaCount, MissingValuePolicy missing)
    {
        if (indicator.EffectivePolarity == Polarity.NoJudgement)
            Notes.Add($"Indicator '{indicator.Code}' has no judged polarity; higher values are treated as more need.");
        if (indicator.Polarity is { } chosen && chosen != indicator.CataloguePolarity)
            Notes.Add($"Polarity of '{indicator.Code}' set to {chosen} by the request (catalogue: {indicator.CataloguePolarity}).");
        if (observed == 0)
            Notes.Add($"Indicator '{indicator.Code}' has no value for any area in scope; it enters no score.");
        else if (observed < areaCount && missing == MissingValuePolicy.Median)
            Notes.Add($"Indicator '{indicator.Code}': {areaCount - observed} missing value(s) replaced by the median over the areas in scope.");
    }

    /// <summary>Middle value; the mean of the two middle values for an even count.</summary>
    internal static double Median(List<double> values)
    {
        var sorted = values.ToArray();
        Array.Sort(sorted);
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
