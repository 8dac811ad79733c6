using Kortlaegning.Api.Indicators;
using Kortlaegning.Domain.Boundaries;
using Kortlaegning.Domain.Indicators;
using Kortlaegning.Domain.Ranking;
using Npgsql;

namespace Kortlaegning.Api.Rankings;

/// <summary>
/// Resolves a ranking body against the database (level, scope, periods, values, populations) and hands the numbers
/// to the pure <see cref="CompositeIndex"/>. Every bad field is collected, not just the first.
/// </summary>
public sealed class RankingService(NpgsqlDataSource db, IndicatorCatalogue catalogue)
{
    public const int MaxDraws = 100_000;

    private const string AreasInScope = """
        SELECT a.id, a.code, a.name, a.municipality_code FROM areas a
         WHERE a.level = @level
           AND (@municipalities::text[] IS NULL OR a.municipality_code = ANY(@municipalities))
           AND (@codes::text[] IS NULL OR a.code = ANY(@codes))
         ORDER BY a.code
        """;

    private const string ValuesFor = """
        SELECT v.area_id, v.indicator_code, v.period, v.value, v.note
          FROM indicator_values_public v JOIN areas a ON a.id = v.area_id
         WHERE a.level = @level AND v.indicator_code = ANY(@codes)
        """;

    public async Task<(RankingResponse? Result, Dictionary<string, string[]> Errors)> RankAsync(RankingBody body, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        void Bad(string field, string message) => errors[field] = [.. errors.GetValueOrDefault(field, []), message];

        if (!AreaLevels.TryParse(body.Level, out var level)) Bad("level", $"One of: {string.Join(", ", AreaLevels.All)}.");
        var method = body.Method ?? "zscore";
        var methods = new Dictionary<string, RankingMethod> { ["zscore"] = RankingMethod.ZScore, ["percentile"] = RankingMethod.Percentile, ["minmax"] = RankingMethod.MinMax, ["rank_exponential"] = RankingMethod.RankExponential };
        if (!methods.ContainsKey(method)) Bad("method", "One of: zscore, percentile, minmax, rank_exponential.");
        var missing = body.Missing ?? "exclude";
        if (missing is not ("exclude" or "median")) Bad("missing", "One of: exclude, median.");
        if (body.TopN is < 1) Bad("topN", "At least 1.");
        if (body.Sensitivity?.Draws is < 0 or > MaxDraws) Bad("sensitivity.draws", $"From 0 to {MaxDraws}.");

        var catalogueByCode = (await catalogue.ListAsync(null, ct)).ToDictionary(i => i.Code);
        var indicators = body.Indicators ?? [];
        if (indicators.Count == 0) Bad("indicators", "Choose at least one indicator.");
        for (int i = 0; i < indicators.Count; i++)
        {
            var x = indicators[i];
            if (x.Code is null || !catalogueByCode.ContainsKey(x.Code)) Bad($"indicators[{i}].code", $"Unknown indicator '{x.Code}'. GET /api/indicators lists them.");
            if (x.Weight is not { } w || !double.IsFinite(w) || w <= 0) Bad($"indicators[{i}].weight", "A positive, finite number.");
            if (x.Polarity is not (null or "high_is_good" or "low_is_good" or "no_judgement")) Bad($"indicators[{i}].polarity", "high_is_good, low_is_good or no_judgement.");
        }
        if (indicators.Select(x => x.Code).Distinct().Count() < indicators.Count) Bad("indicators", "Each indicator may appear once.");
        string[]? municipalities = null, codes = null;
        if (body.Scope?.Municipalities is { } ms)
        {
            municipalities = ms.Select(m => AreaCodes.Normalise(AreaLevel.Municipality, m)).OfType<string>().ToArray();
            if (ms.Count == 0) Bad("scope.municipalities", "Empty: leave scope out to rank every area of the level.");
            else if (municipalities.Length < ms.Count) Bad("scope.municipalities", "Each must be a kommunekode such as 0461.");
        }
        if (body.Scope?.Areas is { } areasScope)
        {
            codes = areasScope.Select(c => AreaCodes.Normalise(level, c)).OfType<string>().ToArray();
            if (areasScope.Count == 0) Bad("scope.areas", "Empty: leave scope out to rank every area of the level.");
            else if (codes.Length < areasScope.Count) Bad("scope.areas", $"Each must be {AreaCodes.Describe(level)}.");
        }
        if (errors.Count > 0) return (null, errors);

        await using var conn = await db.OpenConnectionAsync(ct);
        var areas = new List<(int Id, string Code, string Name, string? Municipality)>();
        await using (var cmd = new NpgsqlCommand(AreasInScope, conn))
        {
            cmd.Parameters.AddWithValue("level", level.Name());
            cmd.Parameters.Add(new NpgsqlParameter("municipalities", NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)municipalities ?? DBNull.Value });
            cmd.Parameters.Add(new NpgsqlParameter("codes", NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)codes ?? DBNull.Value });
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct)) areas.Add((r.GetInt32(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3)));
        }
        if (areas.Count == 0)
        {
            Bad("scope", $"No {level.Name()} areas in this scope.");
            return (null, errors);
        }

        // All values of the chosen indicators (plus population for the small-area flag) at this level.
        var wanted = indicators.Select(x => x.Code!).Append("grid.population").Append("dst.population").Distinct().ToArray();
        var values = new List<(int Area, string Code, string Period, double? Value, string? Note)>();
        await using (var cmd = new NpgsqlCommand(ValuesFor, conn))
        {
            cmd.Parameters.AddWithValue("level", level.Name());
            cmd.Parameters.AddWithValue("codes", wanted);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct)) values.Add((r.GetInt32(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetDouble(3), r.IsDBNull(4) ? null : r.GetString(4)));
        }
        var periods = new Dictionary<string, string>();
        for (int i = 0; i < indicators.Count; i++)
        {
            var x = indicators[i];
            var available = values.Where(v => v.Code == x.Code).Select(v => v.Period).Distinct().Order(StringComparer.Ordinal).ToList();
            var period = x.Period ?? body.Period;
            if (available.Count == 0) Bad($"indicators[{i}].code", $"{x.Code} has no values at level {level.Name()}; it has values at: {string.Join(", ", catalogueByCode[x.Code!].Levels)}.");
            else if (period is null) periods[x.Code!] = available[^1];
            else if (!available.Contains(period)) Bad($"indicators[{i}].period", $"{x.Code} has no {level.Name()} values for {period}; it has: {string.Join(", ", available)}.");
            else periods[x.Code!] = period;
        }
        if (errors.Count > 0) return (null, errors);

        var inScope = areas.Select(a => a.Id).ToHashSet();
        var chosen = values.Where(v => inScope.Contains(v.Area) && periods.TryGetValue(v.Code, out var p) && p == v.Period)
            .GroupBy(v => v.Area).ToDictionary(g => g.Key, g => g.ToList());
        var population = values.Where(v => v.Code is "grid.population" or "dst.population" && v.Value is not null)
            .GroupBy(v => v.Area).ToDictionary(g => g.Key, g => g.OrderBy(v => v.Code == "grid.population" ? 0 : 1).ThenByDescending(v => v.Period, StringComparer.Ordinal).First().Value);

        var request = new RankingRequest(
            indicators.Select(x => new RankingIndicator(x.Code!, x.Weight!.Value, PolarityOf(catalogueByCode[x.Code!].Polarity), x.Polarity is null ? null : PolarityOf(x.Polarity))).ToList(),
            areas.Select(a =>
            {
                var own = chosen.GetValueOrDefault(a.Id) ?? [];
                return new RankingArea(level.Name(), a.Code, a.Name,
                    own.ToDictionary(v => v.Code, v => v.Value),
                    population.TryGetValue(a.Id, out var pop) && pop is { } p ? (int)Math.Round(p) : null,
                    own.Where(v => v.Note == "suppressed").Select(v => v.Code).ToList());
            }).ToList(),
            methods[method],
            missing == "median" ? MissingValuePolicy.Median : MissingValuePolicy.Exclude,
            body.TopN ?? 10,
            body.Sensitivity is { Draws: > 0 } s ? new SensitivityOptions(s.Draws!.Value, s.Seed ?? 1) : null);

        RankingResult result;
        try
        {
            result = CompositeIndex.Compute(request);
        }
        catch (RankingInputException e)
        {
            foreach (var (field, messages) in e.Errors) errors[field] = messages;
            return (null, errors);
        }
        var byCode = areas.ToDictionary(a => a.Code);
        var rankedAreas = result.Areas.Select(r =>
        {
            var area = byCode[r.Code];
            var own = chosen.GetValueOrDefault(area.Id) ?? [];
            return new RankedAreaDto(r.Level, r.Code, r.Name, area.Municipality, r.Score, r.Rank, r.Quintile, r.Contributions,
                indicators.ToDictionary(x => x.Code!, x => own.FirstOrDefault(v => v.Code == x.Code).Value),
                r.MissingIndicators, r.Flags, r.RankInterval, r.TopNShare);
        }).ToList();
        var notes = result.Notes.ToList();
        if (periods.Values.Distinct().Count() > 1) notes.Add("Indicators come from different periods: " + string.Join(", ", periods.Select(kv => $"{kv.Key} {kv.Value}")) + ".");
        var sources = indicators.Select(x => catalogueByCode[x.Code!].Source).DistinctBy(s => s.Id).ToList();
        return (new RankingResponse(level.Name(), periods, method, missing, result.Weights, result.N, body.TopN ?? 10, rankedAreas, notes, sources), errors);
    }

    private static Polarity PolarityOf(string text) => text switch
    {
        "high_is_good" => Polarity.HighIsGood,
        "low_is_good" => Polarity.LowIsGood,
        _ => Polarity.NoJudgement,
    };
}
