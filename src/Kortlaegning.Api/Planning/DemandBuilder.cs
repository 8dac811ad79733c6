using System.Text.Json;
using Kortlaegning.Api.Infrastructure.Localisation;
using Kortlaegning.Api.Infrastructure.Validation;
using Kortlaegning.Api.Rankings;
using Kortlaegning.Domain.Allocation;

namespace Kortlaegning.Api.Planning;

/// <summary>
/// A scenario's demand: built in PostGIS by <see cref="PlanningSource"/> or projected from uploaded points, then optionally
/// scaled by the domain's <see cref="NeedWeighting"/> with the ranks of a saved parish-level ranking preset.
/// </summary>
public sealed class DemandBuilder(PlanningSource source, RankingService rankings)
{
    /// <summary>
    /// Demand of one source. Problems (bad uploaded points, an unusable preset) go to <paramref name="errors"/> under
    /// <paramref name="field"/>; the points are then incomplete and must not be solved.
    /// </summary>
    public async Task<List<PlanPoint>> BuildAsync(string municipality, DemandKind kind, IReadOnlyList<DemandBody?>? uploaded, int? needPresetId,
        string field, FieldErrors errors, CancellationToken ct)
    {
        var points = kind == DemandKind.Points
            ? Uploaded(uploaded, FieldErrors.Prefixed(field, "points"), errors)
            : await source.PointsAsync(kind, municipality, ct);
        if (needPresetId is { } presetId && !errors.Any)
        {
            var (factors, level) = await NeedFactorsAsync(presetId, kind, FieldErrors.Prefixed(field, "needPresetId"), errors, ct);
            if (factors is not null)
            {
                if (kind == DemandKind.Points) points = await source.WithParishesAsync(points, ct);
                // A department-level preset weights each department by its own rank; a parish preset by its parish's.
                bool byDepartment = level == "housing_department";
                points = points.Select(p => p with { Weight = NeedWeighting.Apply(p.Weight, byDepartment ? p.Id : p.Parish, factors) }).ToList();
            }
        }
        return points;
    }

    /// <summary>
    /// The need factor per area from the preset's ranks and the level it ranks (parish; housing_department for
    /// department demand), or null with the reason in <paramref name="errors"/>.
    /// </summary>
    private async Task<(IReadOnlyDictionary<string, double>? Factors, string? Level)> NeedFactorsAsync(int presetId, DemandKind kind, string field, FieldErrors errors, CancellationToken ct)
    {
        if (await source.PresetAsync(presetId, ct) is not { } preset)
        {
            errors.Add(field, Texts.NoRankingPreset.Format(presetId));
            return (null, null);
        }
        var body = JsonSerializer.Deserialize<RankingBody>(preset.Body, JsonSerializerOptions.Web)!;
        bool departments = kind == DemandKind.HousingDepartments && body.Level == "housing_department";
        if (body.Level != "parish" && !departments)
        {
            errors.Add(field, (kind == DemandKind.HousingDepartments ? Texts.PresetRanksLevelDepartments : Texts.PresetRanksLevel).Format(preset.Name, body.Level));
            return (null, null);
        }
        var (result, problems) = await rankings.RankAsync(body with { Sensitivity = null }, ct);
        if (result is null)
        {
            errors.Add(field, Texts.PresetNoLongerRuns.Format(preset.Name, Describe(problems)));
            return (null, null);
        }
        return (NeedWeighting.Factors(result.Areas.Where(a => a.Rank is not null).ToDictionary(a => a.Code, a => a.Rank!.Value, StringComparer.Ordinal)), body.Level);
    }

    private static string Describe(IReadOnlyDictionary<string, string[]> problems) =>
        string.Join("; ", problems.Select(kv => $"{kv.Key}: {string.Join(", ", kv.Value)}"));

    private static List<PlanPoint> Uploaded(IReadOnlyList<DemandBody?>? uploaded, string field, FieldErrors errors)
    {
        if (uploaded is { Count: > AllocationProblem.MaxDemand })
        {
            errors.Add(field, Texts.TooManyPoints.Format(uploaded.Count, AllocationProblem.MaxDemand));
            return [];
        }
        var projected = PlanInputs.Demand(uploaded, field, errors);
        return projected.Select((d, i) => new PlanPoint(d.Id, uploaded![i]?.Lon ?? 0, uploaded[i]?.Lat ?? 0, d.Location.X, d.Location.Y, d.Weight)).ToList();
    }
}
