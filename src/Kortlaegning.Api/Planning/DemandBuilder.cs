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
            var factors = await NeedFactorsAsync(presetId, FieldErrors.Prefixed(field, "needPresetId"), errors, ct);
            if (factors is not null)
            {
                if (kind == DemandKind.Points) points = await source.WithParishesAsync(points, ct);
                points = points.Select(p => p with { Weight = NeedWeighting.Apply(p.Weight, p.Parish, factors) }).ToList();
            }
        }
        return points;
    }

    /// <summary>The need factor per parish from the preset's ranks, or null with the reason in <paramref name="errors"/>.</summary>
    private async Task<IReadOnlyDictionary<string, double>?> NeedFactorsAsync(int presetId, string field, FieldErrors errors, CancellationToken ct)
    {
        if (await source.PresetAsync(presetId, ct) is not { } preset)
        {
            errors.Add(field, Texts.NoRankingPreset.Format(presetId));
            return null;
        }
        var body = JsonSerializer.Deserialize<RankingBody>(preset.Body, JsonSerializerOptions.Web)!;
        if (body.Level != "parish")
        {
            errors.Add(field, $"Preset '{preset.Name}' ranks {body.Level} areas; need weighting uses a parish-level preset.");
            return null;
        }
        var (result, problems) = await rankings.RankAsync(body with { Sensitivity = null }, ct);
        if (result is null)
        {
            errors.Add(field, $"Preset '{preset.Name}' no longer runs: {Describe(problems)}");
            return null;
        }
        return NeedWeighting.Factors(result.Areas.Where(a => a.Rank is not null).ToDictionary(a => a.Code, a => a.Rank!.Value, StringComparer.Ordinal));
    }

    private static string Describe(IReadOnlyDictionary<string, string[]> problems) =>
        string.Join("; ", problems.Select(kv => $"{kv.Key}: {string.Join(", ", kv.Value)}"));

    private static List<PlanPoint> Uploaded(IReadOnlyList<DemandBody?>? uploaded, string field, FieldErrors errors)
    {
        if (uploaded is { Count: > AllocationProblem.MaxDemand })
        {
            errors.Add(field, $"Too large: {uploaded.Count} points, at most {AllocationProblem.MaxDemand}.");
            return [];
        }
        var projected = PlanInputs.Demand(uploaded, field, errors);
        return projected.Select((d, i) => new PlanPoint(d.Id, uploaded![i]?.Lon ?? 0, uploaded[i]?.Lat ?? 0, d.Location.X, d.Location.Y, d.Weight)).ToList();
    }
}
