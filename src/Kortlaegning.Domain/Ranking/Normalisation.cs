namespace Kortlaegning.Domain.Ranking;

/// <summary>
/// The four normalisations of one indicator's need-oriented values (higher = more need) over the areas that have a
/// value. Each depends only on that indicator's values, never on the weights, so the engine runs it once per
/// indicator and reuses the result for every weight draw. Formulas and sources: docs/ranking.md.
/// </summary>
internal static class Normalisation
{
    /// <summary>1 − e^(−100/23) in the English IoD transform; the constant 23 puts roughly the 10 % in most need above 50.</summary>
    private static readonly double ExponentialScale = 1 - Math.Exp(-100.0 / 23.0);

    public static double[] Apply(RankingMethod method, ReadOnlySpan<double> need) => method switch
    {
        RankingMethod.ZScore => ZScore(need),
        RankingMethod.Percentile => Percentile(need),
        RankingMethod.MinMax => MinMax(need),
        RankingMethod.RankExponential => RankExponential(need),
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown ranking method."),
    };

    /// <summary>(x − mean) / σ with the population σ (divide by N): the areas in scope are the whole population, not a sample.</summary>
    public static double[] ZScore(ReadOnlySpan<double> need)
    {
        var n = need.Length;
        var mean = 0.0;
        foreach (var x in need)
            mean += x;
        mean /= n;
        var sumSquares = 0.0;
        foreach (var x in need)
            sumSquares += (x - mean) * (x - mean);
        var sd = Math.Sqrt(sumSquares / n);
        var result = new double[n];
        // sd = 0: the indicator does not separate the areas, so it adds nothing to anyone's score.
        if (sd > 0)
        {
            for (var i = 0; i < n; i++)
                result[i] = (need[i] - mean) / sd;
        }
        return result;
    }

    /// <summary>CDC/ATSDR SVI percentile rank (rank − 1) / (N − 1), average ranks for ties; one area gets 0.5.</summary>
    public static double[] Percentile(ReadOnlySpan<double> need)
    {
        var n = need.Length;
        var ranks = AverageRanks(need);
        for (var i = 0; i < n; i++)
            ranks[i] = n == 1 ? 0.5 : (ranks[i] - 1) / (n - 1);
        return ranks;
    }

    /// <summary>(x − min) / (max − min); when all values are equal every area sits at the middle, 0.5.</summary>
    public static double[] MinMax(ReadOnlySpan<double> need)
    {
        var min = double.PositiveInfinity;
        var max = double.NegativeInfinity;
        foreach (var x in need)
        {
            min = Math.Min(min, x);
            max = Math.Max(max, x);
        }
        var result = new double[need.Length];
        for (var i = 0; i < need.Length; i++)
            result[i] = max == min ? 0.5 : (need[i] - min) / (max - min);
        return result;
    }

    /// <summary>
    /// Exponential transform of the English Indices of Deprivation 2019 (McLennan et al., technical report, MHCLG 2019),
    /// used there to combine domains: R = rank / N with rank 1 the least need, X = −23 · ln(1 − R · (1 − e^(−100/23))).
    /// The area in most need gets 100 and roughly the 10 % in most need score above 50 (R &gt; 0.898), so a good value on one indicator
    /// cannot fully cancel a bad one elsewhere. Tied values share their average rank.
    /// </summary>
    public static double[] RankExponential(ReadOnlySpan<double> need)
    {
        var n = need.Length;
        var ranks = AverageRanks(need);
        for (var i = 0; i < n; i++)
        {
            var r = ranks[i] / n;
            ranks[i] = -23.0 * Math.Log(1 - r * ExponentialScale);
        }
        return ranks;
    }

    /// <summary>Ranks 1..N ascending; tied values get the mean of the ranks they span (2 and 3 tie → 2.5 each).</summary>
    public static double[] AverageRanks(ReadOnlySpan<double> values)
    {
        var n = values.Length;
        var order = new int[n];
        for (var i = 0; i < n; i++)
            order[i] = i;
        var keys = values.ToArray();
        Array.Sort(keys, order);
        var ranks = new double[n];
        var start = 0;
        while (start < n)
        {
            var end = start;
            while (end + 1 < n && keys[end + 1] == keys[start])
                end++;
            // Positions start..end (0-based) are ranks start+1..end+1; their mean is (start + end) / 2 + 1.
            var average = (start + end) / 2.0 + 1;
            for (var j = start; j <= end; j++)
                ranks[order[j]] = average;
            start = end + 1;
        }
        return ranks;
    }
}
