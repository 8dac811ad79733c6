namespace Kortlaegning.Domain.Ranking;

/// <summary>
/// A transparent composite index of health need: each indicator is oriented so that higher means more need,
/// normalised (z-score, percentile rank, min–max or the English IoD rank-exponential transform), and combined as a
/// weighted mean Score = Σ wᵢ·xᵢ / Σ wᵢ over the indicators present. Areas are ranked by descending score with
/// competition ranks, placed in quintiles, flagged as in CDC/ATSDR SVI, and optionally re-ranked under random
/// Dirichlet weight draws (Saisana &amp; Saltelli) to show how robust each rank is. Formulas: docs/ranking.md.
/// </summary>
public static class CompositeIndex
{
    /// <summary>Areas with fewer residents than this are flagged "small_population": their rates are unstable.</summary>
    public const int SmallPopulationThreshold = 100;

    /// <summary>
    /// Computes the index. Throws <see cref="RankingInputException"/> listing every bad field when the request
    /// cannot be computed (no indicators or areas, bad weights, duplicate codes, draws or topN out of range,
    /// non-finite values). The same request, seed included, always gives the same result.
    /// </summary>
    public static RankingResult Compute(RankingRequest request, CancellationToken cancellationToken = default)
    {
        RankingValidator.Validate(request);
        var weights = NormaliseWeights(request.Indicators);
        var matrix = IndicatorMatrix.Build(request);
        var notes = new List<string>(matrix.Notes);

        var scores = new double?[matrix.AreaCount];
        var contributions = new Dictionary<string, double>[matrix.AreaCount];
        for (var a = 0; a < matrix.AreaCount; a++)
            (scores[a], contributions[a]) = ScoreArea(matrix, a, weights, request.Indicators);

        var ranked = Enumerable.Range(0, matrix.AreaCount).Where(a => scores[a].HasValue).ToArray();
        var ranks = RankScored(ranked, scores);
        if (ranked.Length < matrix.AreaCount)
        {
            notes.Add($"{matrix.AreaCount - ranked.Length} area(s) have no value for any indicator; " +
                      "they have no score or rank and are listed last.");
        }

        var sensitivity = RunSensitivity(request, matrix, weights, ranked, scores, notes, cancellationToken);
        var areas = BuildAreas(request, matrix, scores, contributions, ranked, ranks, sensitivity);
        var weightByCode = new Dictionary<string, double>();
        for (var i = 0; i < weights.Length; i++)
            weightByCode[request.Indicators[i].Code] = weights[i];
        return new RankingResult(areas, request.Method, weightByCode, matrix.AreaCount, notes);
    }

    /// <summary>Result rows in rank order, tied areas by code (ordinal), unranked areas last by code.</summary>
    private static RankedArea[] BuildAreas(
        RankingRequest request,
        IndicatorMatrix matrix,
        double?[] scores,
        Dictionary<string, double>[] contributions,
        int[] ranked,
        int[] ranks,
        (int[] Low, int[] High, double[] TopNShare)? sensitivity)
    {
        var position = new int[matrix.AreaCount];
        Array.Fill(position, -1);
        for (var j = 0; j < ranked.Length; j++)
            position[ranked[j]] = j;
        var areas = new RankedArea[matrix.AreaCount];
        for (var a = 0; a < matrix.AreaCount; a++)
        {
            var j = position[a];
            var area = request.Areas[a];
            int? rank = j >= 0 ? ranks[j] : null;
            areas[a] = new RankedArea(
                area.Level,
                area.Code,
                area.Name,
                scores[a],
                rank,
                rank is { } r ? CompetitionRanking.Quintile(r, ranked.Length) : null,
                contributions[a],
                MissingIndicators(matrix, a, request.Indicators),
                Flags(matrix, a, area, request.Indicators),
                j >= 0 && sensitivity is { } s ? [s.Low[j], s.High[j]] : null,
                j >= 0 && sensitivity is { } t ? t.TopNShare[j] : null);
        }
        return areas
            .OrderBy(x => x.Rank ?? int.MaxValue)
            .ThenBy(x => x.Code, StringComparer.Ordinal)
            .ToArray();
    }

    private static double[] NormaliseWeights(IReadOnlyList<RankingIndicator> indicators)
    {
        var total = indicators.Sum(x => x.Weight);
        return indicators.Select(x => x.Weight / total).ToArray();
    }

    /// <summary>
    /// Contributions wᵢ·xᵢ / Σ wᵢ (Σ over the indicators present); the score is their sum, so the parts shown to
    /// users add up to the score exactly.
    /// </summary>
    private static (double? Score, Dictionary<string, double> Contributions) ScoreArea(
        IndicatorMatrix matrix, int area, double[] weights, IReadOnlyList<RankingIndicator> indicators)
    {
        var k = matrix.IndicatorCount;
        var presentWeight = 0.0;
        for (var i = 0; i < k; i++)
            presentWeight += matrix.Present[area * k + i] ? weights[i] : 0;
        var contributions = new Dictionary<string, double>();
        if (presentWeight == 0)
            return (null, contributions);
        var score = 0.0;
        for (var i = 0; i < k; i++)
        {
            if (!matrix.Present[area * k + i])
                continue;
            var part = weights[i] * matrix.Values[area * k + i] / presentWeight;
            contributions[indicators[i].Code] = part;
            score += part;
        }
        return (score, contributions);
    }

    private static int[] RankScored(int[] ranked, double?[] scores)
    {
        var n = ranked.Length;
        var values = ranked.Select(a => scores[a]!.Value).ToArray();
        var ranks = new int[n];
        CompetitionRanking.Rank(values, new int[n], new int[n + 1], new double[n], ranks);
        return ranks;
    }

    private static (int[] Low, int[] High, double[] TopNShare)? RunSensitivity(
        RankingRequest request, IndicatorMatrix matrix, double[] weights, int[] ranked, double?[] scores, List<string> notes,
        CancellationToken cancellationToken)
    {
        if (request.Sensitivity is not { Draws: > 0 } options || ranked.Length == 0)
            return null;
        var kappa = WeightSensitivity.ConcentrationPerIndicator * weights.Length;
        notes.Add($"Sensitivity: {options.Draws} weight vectors drawn from a Dirichlet distribution centred on the " +
                  $"weights (α = κ·w, κ = {kappa:0}), seed {options.Seed}; rank interval = 5th–95th percentile rank.");
        var baseScores = ranked.Select(a => scores[a]!.Value).ToArray();
        return WeightSensitivity.Run(matrix, weights, ranked, baseScores, options.Draws, options.Seed, request.TopN, cancellationToken);
    }

    private static IReadOnlyList<string> MissingIndicators(
        IndicatorMatrix matrix, int area, IReadOnlyList<RankingIndicator> indicators)
    {
        var k = matrix.IndicatorCount;
        return Enumerable.Range(0, k).Where(i => matrix.Missing[area * k + i]).Select(i => indicators[i].Code).ToArray();
    }

    /// <summary>Flags in a fixed order: "p90:&lt;code&gt;" per indicator, then "suppressed:&lt;code&gt;", then "small_population".</summary>
    private static IReadOnlyList<string> Flags(
        IndicatorMatrix matrix, int area, RankingArea input, IReadOnlyList<RankingIndicator> indicators)
    {
        var k = matrix.IndicatorCount;
        var flags = new List<string>();
        for (var i = 0; i < k; i++)
        {
            if (matrix.AtOrAboveP90[area * k + i])
                flags.Add($"p90:{indicators[i].Code}");
        }
        for (var i = 0; i < k; i++)
        {
            if (matrix.Suppressed[area * k + i])
                flags.Add($"suppressed:{indicators[i].Code}");
        }
        if (input.Population is < SmallPopulationThreshold)
            flags.Add("small_population");
        return flags;
    }
}
