using System.Text.Json;
using Kortlaegning.Api.Data;
using Kortlaegning.Api.Rankings;
using Kortlaegning.Domain.Allocation;
using Kortlaegning.Domain.Distance;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Kortlaegning.Api.Planning;

/// <summary>A demand or site point in both CRSs: X/Y EPSG:25832 metres for the solver, Lon/Lat for the map.</summary>
public sealed record PlanPoint(string Id, double Lon, double Lat, double X, double Y, double Weight, string? Parish = null)
{
    public PlanarPoint Location => new(X, Y);
}

/// <summary>
/// Builds a municipality's demand points in PostGIS (grid cells, parishes, housing departments) or from uploaded points,
/// and applies the optional need weighting from a saved parish-level ranking preset (docs/allocation.md, "Need weighting").
/// </summary>
public sealed class DemandBuilder(NpgsqlDataSource db, RankingService rankings, IDbContextFactory<KortlaegningDb> dbs)
{
    public static readonly string[] Sources = ["grid", "parishes", "housing_departments", "points"];

    /// <summary>Null when the municipality code is unknown.</summary>
    public async Task<string?> MunicipalityNameAsync(string code, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(PlanQueries.MunicipalityName);
        cmd.Parameters.AddWithValue("municipality", code);
        return await cmd.ExecuteScalarAsync(ct) as string;
    }

    /// <summary>
    /// Demand of one source. Problems (bad uploaded points, an unusable preset) go to <paramref name="errors"/> under
    /// <paramref name="field"/>; the points are then incomplete and must not be solved.
    /// </summary>
    public async Task<List<PlanPoint>> BuildAsync(string municipality, string source, IReadOnlyList<DemandBody?>? uploaded, int? needPresetId,
        string field, FieldErrors errors, CancellationToken ct)
    {
        var points = source switch
        {
            "grid" => await QueryAsync(PlanQueries.GridDemand, municipality, ct),
            "parishes" => await QueryAsync(PlanQueries.ParishDemand, municipality, ct),
            "housing_departments" => await QueryAsync(PlanQueries.HousingDepartmentDemand, municipality, ct),
            _ => Uploaded(uploaded, field + ".points", errors),
        };
        if (needPresetId is { } presetId && !errors.Any)
        {
            var factors = await NeedFactorsAsync(presetId, field + ".needPresetId", errors, ct);
            if (factors is not null)
            {
                if (source == "points") points = await WithParishesAsync(points, ct);
                points = points.Select(p => p with { Weight = p.Weight * (p.Parish is { } code && factors.TryGetValue(code, out var f) ? f : 1) }).ToList();
            }
        }
        return points;
    }

    /// <summary>
    /// Need factor per parish: 1 + q, q = (n − rank) / (n − 1) the percentile rank of the parish among the n parishes the
    /// preset scores (1 for the most need, 0 for the least; ties share a rank). Unscored parishes get 1. Monotone in need,
    /// between 1 and 2, so weights stay positive and the population still dominates.
    /// </summary>
    public async Task<Dictionary<string, double>?> NeedFactorsAsync(int presetId, string field, FieldErrors errors, CancellationToken ct)
    {
        await using var context = await dbs.CreateDbContextAsync(ct);
        if (await context.RankingPresets.FindAsync([presetId], ct) is not { } preset)
        {
            errors.Add(field, $"No ranking preset {presetId}.");
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
            errors.Add(field, $"Preset '{preset.Name}' no longer runs: {string.Join("; ", problems.Select(kv => $"{kv.Key}: {string.Join(", ", kv.Value)}"))}");
            return null;
        }
        var ranked = result.Areas.Where(a => a.Rank is not null).ToList();
        int n = ranked.Count;
        return ranked.ToDictionary(a => a.Code, a => 1 + (n > 1 ? (double)(n - a.Rank!.Value) / (n - 1) : 0));
    }

    private async Task<List<PlanPoint>> QueryAsync(string sql, string municipality, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(sql);
        cmd.Parameters.AddWithValue("municipality", municipality);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var points = new List<PlanPoint>();
        while (await r.ReadAsync(ct))
        {
            points.Add(new PlanPoint(r.GetString(0), r.GetDouble(3), r.GetDouble(4), r.GetDouble(1), r.GetDouble(2), r.GetDouble(5), r.IsDBNull(6) ? null : r.GetString(6)));
        }
        return points;
    }

    private static List<PlanPoint> Uploaded(IReadOnlyList<DemandBody?>? uploaded, string field, FieldErrors errors)
    {
        if (uploaded is { Count: > AllocationProblem.MaxDemand })
        {
            errors.Add(field, $"Too large: {uploaded.Count} points, at most {AllocationProblem.MaxDemand}.");
            return [];
        }
        var projected = PlanSolver.Demand(uploaded, field, errors);
        return projected.Select((d, i) => new PlanPoint(d.Id, uploaded![i]?.Lon ?? 0, uploaded[i]?.Lat ?? 0, d.Location.X, d.Location.Y, d.Weight)).ToList();
    }

    private async Task<List<PlanPoint>> WithParishesAsync(List<PlanPoint> points, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(PlanQueries.ParishOfPoints);
        cmd.Parameters.AddWithValue("x", points.Select(p => p.X).ToArray());
        cmd.Parameters.AddWithValue("y", points.Select(p => p.Y).ToArray());
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var result = new List<PlanPoint>(points.Count);
        int i = 0;
        while (await r.ReadAsync(ct)) result.Add(points[i++] with { Parish = r.IsDBNull(0) ? null : r.GetString(0) });
        return result;
    }
}
