using Kortlaegning.Api.Indicators;
using Kortlaegning.Api.Infrastructure.Localisation;
using Kortlaegning.Api.Infrastructure.Validation;
using Kortlaegning.Domain.Boundaries;
using Kortlaegning.Domain.Indicators;
using Kortlaegning.Domain.Ranking;

namespace Kortlaegning.Api.Rankings;

/// <summary>
/// Validates a ranking body, loads the areas in scope and their values from the <see cref="RankingStore"/>, and hands
/// them to the domain's <see cref="LevelRanking"/>. Every bad field is collected, not just the first.
/// </summary>
public sealed class RankingService(RankingStore store, IndicatorCatalogue catalogue)
{
    /// <summary>The result, or null with every problem by field (the shape of a validation problem's <c>errors</c>).</summary>
    public async Task<(RankingResponse? Result, IReadOnlyDictionary<string, string[]> Errors)> RankAsync(RankingBody body, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var result = await RankAsync(body, errors, ct);
        return (result, errors.ToDictionary());
    }

    /// <summary>The result, or null with the problems added to <paramref name="errors"/>.</summary>
    public async Task<RankingResponse?> RankAsync(RankingBody body, FieldErrors errors, CancellationToken ct)
    {
        var catalogueByCode = (await catalogue.ListAsync(null, ct)).ToDictionary(i => i.Code);
        if (Validate(body, catalogueByCode, errors) is not { } valid) return null;
        var (level, municipalities, codes, chosen, method, missing) = valid;

        var wanted = chosen.Select(x => x.Code).Concat(LevelRanking.PopulationIndicators).Distinct().ToArray();
        var (areas, values) = await store.MatrixAsync(level.Name(), municipalities, codes, wanted, ct);
        if (areas.Count == 0)
        {
            errors.Add("scope", Texts.NoAreasInScope.Format(Texts.LevelName(level)));
            return null;
        }
        var topN = body.TopN ?? 10;
        LevelRankingResult ranking;
        try
        {
            ranking = LevelRanking.Rank(
                new LevelRankingInput(level.Name(), areas.Select(a => (a.Code, a.Name)).ToList(), values, chosen, body.Period, method, missing, topN,
                    body.Sensitivity is { Draws: > 0 } s ? new SensitivityOptions(s.Draws!.Value, s.Seed ?? 1) : null),
                ct);
        }
        catch (RankingInputException e)
        {
            foreach (var (field, messages) in e.Errors)
            {
                foreach (var m in messages) errors.Add(field, DomainMessages.Localise(m));
            }
            return null;
        }

        var municipalityOf = areas.ToDictionary(a => a.Code, a => a.MunicipalityCode);
        var rankedAreas = ranking.Result.Areas.Select(r => new RankedAreaDto(r.Level, r.Code, r.Name, municipalityOf[r.Code], r.Score, r.Rank, r.Quintile,
            r.Contributions, ranking.Values[r.Code], r.MissingIndicators, r.Flags, r.RankInterval, r.TopNShare)).ToList();
        var sources = chosen.Select(x => catalogueByCode[x.Code].Source).DistinctBy(s => s.Id).ToList();
        return new RankingResponse(level.Name(), ranking.Periods, EnumNames.Name(method), EnumNames.Name(missing), ranking.Result.Weights, ranking.Result.N,
            topN, rankedAreas, ranking.Notes, sources);
    }

    private sealed record ValidBody(
        AreaLevel Level, string[]? Municipalities, string[]? Codes, IReadOnlyList<ChosenIndicator> Indicators, RankingMethod Method, MissingValuePolicy Missing);

    /// <summary>The body's level, scope and indicators, or null when any field is bad (then all are in <paramref name="errors"/>).</summary>
    private static ValidBody? Validate(RankingBody body, IReadOnlyDictionary<string, IndicatorInfo> catalogueByCode, FieldErrors errors)
    {
        if (!AreaLevels.TryParse(body.Level, out var level)) errors.Add("level", Texts.OneOfList.Format(string.Join(", ", AreaLevels.All)));
        var method = errors.Enum<RankingMethod>("method", body.Method, RankingMethod.ZScore) ?? RankingMethod.ZScore;
        var missing = errors.Enum<MissingValuePolicy>("missing", body.Missing, MissingValuePolicy.Exclude) ?? MissingValuePolicy.Exclude;
        if (body.TopN is < 1) errors.Add("topN", Texts.AtLeastOne.Get());
        errors.Range("sensitivity.draws", body.Sensitivity?.Draws, 0, RankingLimits.MaxDraws);

        var indicators = body.Indicators ?? [];
        if (indicators.Count == 0) errors.Add("indicators", Texts.ChooseIndicator.Get());
        var chosen = new List<ChosenIndicator>();
        for (int i = 0; i < indicators.Count; i++)
        {
            var x = indicators[i];
            var info = x.Code is null ? null : catalogueByCode.GetValueOrDefault(x.Code);
            if (info is null) errors.Add($"indicators[{i}].code", Texts.UnknownIndicatorListed.Format(x.Code));
            if (x.Weight is not { } w || !double.IsFinite(w) || w <= 0) errors.Add($"indicators[{i}].weight", Texts.PositiveNumber.Get());
            var polarity = errors.Enum<Polarity>($"indicators[{i}].polarity", x.Polarity);
            if (info is not null && x.Weight is { } weight)
            {
                chosen.Add(new ChosenIndicator(info.Code, weight, PolarityOf(info.Polarity), polarity, x.Period, info.Levels));
            }
        }
        if (indicators.Select(x => x.Code).Distinct().Count() < indicators.Count) errors.Add("indicators", Texts.IndicatorOnce.Get());
        string[]? municipalities = null, codes = null;
        if (body.Scope?.Municipalities is { } ms)
        {
            municipalities = ms.Select(m => AreaCodes.Normalise(AreaLevel.Municipality, m)).OfType<string>().ToArray();
            if (ms.Count == 0) errors.Add("scope.municipalities", Texts.ScopeEmpty.Get());
            else if (municipalities.Length < ms.Count) errors.Add("scope.municipalities", Texts.EachKommunekode.Get());
        }
        if (body.Scope?.Areas is { } areasScope)
        {
            codes = areasScope.Select(c => AreaCodes.Normalise(level, c)).OfType<string>().ToArray();
            if (areasScope.Count == 0) errors.Add("scope.areas", Texts.ScopeEmpty.Get());
            else if (codes.Length < areasScope.Count) errors.Add("scope.areas", Texts.EachMustBe.Format(Texts.AreaCodeRule(level)));
        }
        return errors.Any ? null : new ValidBody(level, municipalities, codes, chosen, method, missing);
    }

    private static Polarity PolarityOf(string text) => EnumNames.TryParse<Polarity>(text, out var p) ? p : Polarity.NoJudgement;
}
