namespace Kortlaegning.Domain.Ranking;

/// <summary>
/// Checks a request before any work and reports every bad field at once, so the API can answer with one
/// 400 listing all of them rather than one per round trip.
/// </summary>
internal static class RankingValidator
{
    private const int MaxDraws = RankingLimits.MaxDraws;

    public static void Validate(RankingRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new Dictionary<string, List<string>>();
        void Add(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list))
                errors[field] = list = [];
            list.Add(message);
        }

        CheckIndicators(request.Indicators, Add);
        CheckAreas(request.Areas, Add);
        if (request.TopN < 1)
            Add("topN", "topN must be at least 1.");
        if (request.Sensitivity is { Draws: < 0 or > MaxDraws })
            Add("sensitivity.draws", $"draws must be between 0 and {MaxDraws:N0}.");
        else if (request.Sensitivity is { } s && (long)s.Draws * (request.Areas?.Count ?? 0) > Array.MaxLength)
            Add("sensitivity.draws", "draws × areas exceeds what one rank store can hold; use fewer draws.");

        if (errors.Count > 0)
            throw new RankingInputException(errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
    }

    private static void CheckIndicators(IReadOnlyList<RankingIndicator>? indicators, Action<string, string> add)
    {
        if (indicators is null || indicators.Count == 0)
        {
            add("indicators", "At least one indicator is required.");
            return;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < indicators.Count; i++)
        {
            var indicator = indicators[i];
            if (string.IsNullOrWhiteSpace(indicator.Code))
                add($"indicators[{i}].code", "An indicator code is required.");
            else if (!seen.Add(indicator.Code))
                add($"indicators[{i}].code", $"Indicator '{indicator.Code}' is listed more than once.");
            if (!double.IsFinite(indicator.Weight) || indicator.Weight <= 0)
                add($"indicators[{i}].weight", "A weight must be a finite number greater than 0.");
        }
    }

    private static void CheckAreas(IReadOnlyList<RankingArea>? areas, Action<string, string> add)
    {
        if (areas is null || areas.Count == 0)
        {
            add("areas", "No areas in scope.");
            return;
        }
        for (var a = 0; a < areas.Count; a++)
        {
            if (areas[a].Values is null)
            {
                add($"areas[{a}].values", "Values are required (an empty map is allowed).");
                continue;
            }
            // NaN or ±∞ would silently poison every mean and sort; missing values must be null instead.
            foreach (var (code, value) in areas[a].Values)
            {
                if (value is { } v && !double.IsFinite(v))
                    add($"areas[{a}].values.{code}", "A value must be a finite number or null.");
            }
        }
    }
}
