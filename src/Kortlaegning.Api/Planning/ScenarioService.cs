using System.Text.Json;
using Kortlaegning.Api.Data;
using Kortlaegning.Domain.Allocation;
using Microsoft.EntityFrameworkCore;

namespace Kortlaegning.Api.Planning;

/// <summary>What a scenario operation came to; exactly one of the members is set (Conflict: a 409 detail).</summary>
public sealed record ScenarioOutcome<T>(T? Value, Dictionary<string, string[]>? Errors = null, bool TooLarge = false, string? Conflict = null, bool NotFound = false);

/// <summary>Create, run and compare stored scenarios (table plan_scenarios).</summary>
public sealed class ScenarioService(IDbContextFactory<KortlaegningDb> dbs, ScenarioInputBuilder inputs, DemandBuilder demand, PlanSolver solver)
{
    private static readonly JsonSerializerOptions Json = JsonSerializerOptions.Web;

    public async Task<ScenarioOutcome<ScenarioDto>> CreateAsync(ScenarioBody body, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(body.Name) || body.Name.Trim().Length > 120) errors.Add("name", "1–120 characters.");
        var municipality = ScenarioInputBuilder.Municipality(body.Municipality, errors);
        if (municipality is not null && await demand.MunicipalityNameAsync(municipality, ct) is null) errors.Add("municipality", $"No municipality {municipality}.");
        var source = body.Demand?.Source;
        if (source is null || !DemandBuilder.Sources.Contains(source)) errors.Add("demand.source", $"One of: {string.Join(", ", DemandBuilder.Sources)}.");
        if (source == "points" && body.Demand?.Points is null) errors.Add("demand.points", "Required when the source is 'points': [{id, lon, lat, weight}].");
        if (source != "points" && body.Demand?.Points is not null) errors.Add("demand.points", "Only for the source 'points'.");
        if (body.Demand?.Points is { Count: > AllocationProblem.MaxDemand } big)
        {
            return new(default, new() { ["demand.points"] = [$"Too large: {big.Count} points, at most {AllocationProblem.MaxDemand}."] }, TooLarge: true);
        }
        if (body.Parameters is null) errors.Add("parameters", "Required: {objective, k, radiusMeters, timeLimitSeconds, solver, …}.");
        if (errors.Any) return new(default, errors.ToDictionary());

        var spec = new ScenarioSpec(municipality!, source!, body.Demand!.NeedPresetId, body.Demand.Points, body.Candidates ?? [],
            body.CandidateFacilities ?? false, body.Fixed ?? [], body.Parameters!);
        var check = await SolveAsync(spec, errors, checkOnly: true, ct);
        if (check.Errors.Count > 0) return new(default, check.Errors, check.TooLarge);

        await using var db = await dbs.CreateDbContextAsync(ct);
        string name = body.Name!.Trim();
        if (await db.PlanScenarios.AnyAsync(s => s.Municipality == spec.Municipality && s.Name == name, ct))
        {
            return new(default, Conflict: $"{spec.Municipality} has a scenario called '{name}'; choose another name.");
        }
        var now = DateTimeOffset.UtcNow;
        var entity = new PlanScenario
        {
            Name = name,
            Municipality = spec.Municipality,
            DemandSource = spec.Source,
            NeedPresetId = spec.NeedPresetId,
            DemandPoints = spec.Points is null ? null : JsonSerializer.Serialize(spec.Points, Json),
            Parameters = JsonSerializer.Serialize(spec.Parameters, Json),
            Candidates = JsonSerializer.Serialize(spec.Candidates, Json),
            CandidateFacilities = spec.CandidateFacilities,
            Fixed = spec.Fixed.Select(f => f!).ToArray(),
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.PlanScenarios.Add(entity);
        await db.SaveChangesAsync(ct);
        return new(Dto(entity));
    }

    public async Task<List<ScenarioDto>> ListAsync(string? municipality, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var rows = await db.PlanScenarios.AsNoTracking().Where(s => municipality == null || s.Municipality == municipality)
            .OrderBy(s => s.Municipality).ThenBy(s => s.Name).ToListAsync(ct);
        return rows.Select(Dto).ToList();
    }

    public async Task<ScenarioDto?> GetAsync(int id, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.PlanScenarios.FindAsync([id], ct) is { } s ? Dto(s) : null;
    }

    /// <summary>Solves the scenario as stored now (demand rebuilt from PostGIS), stores and returns the result.</summary>
    public async Task<ScenarioOutcome<ScenarioResult>> RunAsync(int id, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        if (await db.PlanScenarios.FindAsync([id], ct) is not { } entity) return new(default, NotFound: true);
        var run = await SolveAsync(Spec(entity), new FieldErrors(), checkOnly: false, ct);
        if (run.Result is null)
        {
            return new(default, run.Errors, run.TooLarge, Conflict: "The scenario no longer runs on the data loaded: " +
                string.Join("; ", run.Errors.Select(kv => $"{kv.Key}: {string.Join(", ", kv.Value)}")));
        }
        entity.Result = JsonSerializer.Serialize(run.Result, Json);
        entity.UpdatedAt = DateTimeOffset.UtcNow;
        await db.SaveChangesAsync(ct);
        return new(run.Result);
    }

    public async Task<ScenarioOutcome<ScenarioComparison>> CompareAsync(int a, int b, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var rows = await db.PlanScenarios.AsNoTracking().Where(s => s.Id == a || s.Id == b).ToDictionaryAsync(s => s.Id, ct);
        if (!rows.TryGetValue(a, out var sa) || !rows.TryGetValue(b, out var sb)) return new(default, NotFound: true);
        if (sa.Result is null || sb.Result is null)
        {
            return new(default, Conflict: $"Run both scenarios first (POST /api/plans/scenarios/{{id}}/run): {string.Join(", ", new[] { sa, sb }.Where(s => s.Result is null).Select(s => $"{s.Id} '{s.Name}'"))} has no result.");
        }
        var ra = JsonSerializer.Deserialize<ScenarioResult>(sa.Result, Json)!;
        var rb = JsonSerializer.Deserialize<ScenarioResult>(sb.Result, Json)!;
        var spec = Spec(sa);
        var errors = new FieldErrors();
        var points = await demand.BuildAsync(spec.Municipality, spec.Source, spec.Points, spec.NeedPresetId, "demand", errors, ct);
        if (errors.Any) return new(default, Conflict: $"Scenario {a}'s demand can no longer be built.");
        return new(ScenarioComparer.Compare(sa, ra, sb, rb, points, solver.Distances));
    }

    private async Task<(ScenarioResult? Result, Dictionary<string, string[]> Errors, bool TooLarge)> SolveAsync(ScenarioSpec spec, FieldErrors errors, bool checkOnly, CancellationToken ct)
    {
        var built = await inputs.BuildAsync(spec, errors, ct);
        if (built.Demand.Count == 0 && !errors.Any) errors.Add("demand", $"No demand points of source '{spec.Source}' in {spec.Municipality}.");
        var problemDemand = built.Demand.Select(p => new DemandPoint(p.Id, p.Location, p.Weight, p.Parish)).ToList();
        var outcome = solver.Solve(spec.Parameters, problemDemand, built.Candidates.Select(c => c.Site).ToList(), spec.Fixed, errors, "parameters.", ct, checkOnly);
        if (outcome.Result is not { } result) return (null, outcome.Errors, outcome.TooLarge);
        var byId = built.Candidates.ToDictionary(c => c.Site.Id, StringComparer.Ordinal);
        var sites = result.Selected.Select(id => byId[id].ToSite()).ToList();
        return (ScenarioResult.From(result, sites, spec.Parameters.RadiusMeters, built.Demand.Count), [], false);
    }

    private static ScenarioSpec Spec(PlanScenario s) => new(
        s.Municipality, s.DemandSource, s.NeedPresetId,
        s.DemandPoints is null ? null : JsonSerializer.Deserialize<List<DemandBody?>>(s.DemandPoints, Json),
        JsonSerializer.Deserialize<List<CandidateBody?>>(s.Candidates, Json)!, s.CandidateFacilities, s.Fixed,
        JsonSerializer.Deserialize<PlanParameters>(s.Parameters, Json)!);

    private static ScenarioDto Dto(PlanScenario s) => new(
        s.Id, s.Name, s.Municipality,
        new ScenarioDemandDto(s.DemandSource, s.NeedPresetId, s.DemandPoints is null ? null : JsonDocument.Parse(s.DemandPoints).RootElement.GetArrayLength()),
        JsonDocument.Parse(s.Candidates).RootElement.Clone(), s.CandidateFacilities, s.Fixed,
        JsonSerializer.Deserialize<PlanParameters>(s.Parameters, Json)!,
        s.Result is null ? null : JsonSerializer.Deserialize<ScenarioResult>(s.Result, Json), s.CreatedAt, s.UpdatedAt);
}
