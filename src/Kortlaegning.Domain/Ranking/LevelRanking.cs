namespace Kortlaegning.Domain.Ranking;

/// <summary>
/// Ranks the areas of one level from the values stored for them (docs/ranking.md): picks one period per indicator
/// (the indicator's own, else the request's, else the latest with values at the level — periods compare as text,
/// "2015-2019" &lt; "2021"), takes each area's value for that period, its population (the 2021 grid estimate, else
/// Statistics Denmark's count, latest period) for the small-area flag, and hands the numbers to
/// <see cref="CompositeIndex"/>. Throws <see cref="RankingInputException"/> listing every indicator without values
/// or without the period asked for, and whatever the engine refuses.
/// </summary>
public static class LevelRanking
{
    /// <summary>Population indicators, in order of preference: the grid's residents, then the register count.</summary>
    public static readonly IReadOnlyList<string> PopulationIndicators = ["grid.population", "dst.population"];

    public static LevelRankingResult Rank(LevelRankingInput input, CancellationToken cancellationToken = default)
    {
        var periods = ResolvePeriods(input);
        var chosen = input.Values
            .Where(v => periods.TryGetValue(v.Indicator, out var p) && p == v.Period)
            .GroupBy(v => v.AreaCode)
            .ToDictionary(g => g.Key, g => g.ToList());
        var population = input.Values
            .Where(v => PopulationIndicators.Contains(v.Indicator) && v.Value is not null)
            .GroupBy(v => v.AreaCode)
            .ToDictionary(g => g.Key, g => g.OrderBy(v => IndexOf(v.Indicator)).ThenByDescending(v => v.Period, StringComparer.Ordinal).First().Value!.Value);

        var request = new RankingRequest(
            input.Indicators.Select(x => new RankingIndicator(x.Code, x.Weight, x.CataloguePolarity, x.Polarity)).ToList(),
            input.Areas.Select(a =>
            {
                var own = chosen.GetValueOrDefault(a.Code) ?? [];
                return new RankingArea(input.Level, a.Code, a.Name,
                    own.ToDictionary(v => v.Indicator, v => v.Value),
                    population.TryGetValue(a.Code, out var p) ? (int)Math.Round(p) : null,
                    own.Where(v => v.Suppressed).Select(v => v.Indicator).ToList());
            }).ToList(),
            input.Method, input.Missing, input.TopN, input.Sensitivity);
        var result = CompositeIndex.Compute(request, cancellationToken);

        var values = input.Areas.ToDictionary(
            a => a.Code,
            a => (IReadOnlyDictionary<string, double?>)input.Indicators.ToDictionary(
                x => x.Code, x => chosen.GetValueOrDefault(a.Code)?.FirstOrDefault(v => v.Indicator == x.Code)?.Value));
        var notes = result.Notes.ToList();
        if (periods.Values.Distinct().Count() > 1)
            notes.Add("Indicators come from different periods: " + string.Join(", ", periods.Select(kv => $"{kv.Key} {kv.Value}")) + ".");
        return new LevelRankingResult(periods, result, values, notes);
    }

    private static int IndexOf(string indicator)
    {
        for (var i = 0; i < PopulationIndicators.Count; i++)
            if (PopulationIndicators[i] == indicator) return i;
        return PopulationIndicators.Count;
    }

    private static Dictionary<string, string> ResolvePeriods(LevelRankingInput input)
    {
        var errors = new Dictionary<string, string[]>();
        var periods = new Dictionary<string, string>();
        for (var i = 0; i < input.Indicators.Count; i++)
        {
            var x = input.Indicators[i];
            var available = input.Values.Where(v => v.Indicator == x.Code).Select(v => v.Period).Distinct().Order(StringComparer.Ordinal).ToList();
            var period = x.Period ?? input.Period;
            if (available.Count == 0)
                errors[$"indicators[{i}].code"] = [$"{x.Code} has no values at level {input.Level}; it has values at: {string.Join(", ", x.LevelsWithValues ?? [])}. " +
                    $"Rank at one of those levels, or import {input.Level} values first (POST /api/indicators/import; your own indicators via POST /api/indicators)."];
            else if (period is null)
                periods[x.Code] = available[^1];
            else if (!available.Contains(period))
                errors[$"indicators[{i}].period"] = [$"{x.Code} has no {input.Level} values for {period}; it has: {string.Join(", ", available)}."];
            else
                periods[x.Code] = period;
        }
        if (errors.Count > 0) throw new RankingInputException(errors);
        return periods;
    }
}
