using System.Text.Json;
using Kortlaegning.Api.Data;
using Kortlaegning.Domain.Allocation;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Kortlaegning.Api.Planning;

/// <summary>
/// What a scenario operation came to; exactly one of the members is set (Conflict: a 409 detail; Stale: the current
/// version when If-Match named another).
/// </summary>
public sealed record ScenarioOutcome<T>(T? Value, Dictionary<string, string[]>? Errors = null, bool TooLarge = false, string? Conflict = null, bool NotFound = false, int? Stale = null);

/// <summary>A stored run: the result and the scenario's version with it stored (its new ETag).</summary>
public sealed record ScenarioRun(ScenarioResult Result, int Version);

/// <summary>
/// Create, edit, delete, run and compare stored scenarios (table plan_scenarios). Edits and deletes take the row lock and
/// compare versions (optimistic concurrency, as for facilities); a run solves without a lock and stores its result only if
/// the version it solved is still the stored one.
/// </summary>
public sealed class ScenarioService(IDbContextFactory<KortlaegningDb> dbs, ScenarioInputBuilder inputs, DemandBuilder demand, PlanSolver solver)
{
    private static readonly JsonSerializerOptions Json = JsonSerializerOptions.Web;

    /// <summary>The unique index that keeps names apart within a municipality (migration Planning).</summary>
    private const string NameIndex = "IX_plan_scenarios_municipality_name";

    public async Task<ScenarioOutcome<ScenarioDto>> CreateAsync(ScenarioBody body, CancellationToken ct)
    {
        var (name, spec, rejected) = await CheckAsync(body, ct);
        if (rejected is not null) return rejected;
        await using var db = await dbs.CreateDbContextAsync(ct);
        var entity = Entity(name, spec!, DateTimeOffset.UtcNow);
        db.PlanScenarios.Add(entity);
        if (!await TrySaveAsync(db, ct)) return NameTaken(entity);
        return new(Dto(entity));
    }

    /// <summary>
    /// Replaces the definition (checked exactly as on create) and clears the result, which was solved for the old one.
    /// <paramref name="expectedVersion"/> null: whatever version is stored (If-Match *).
    /// </summary>
    public async Task<ScenarioOutcome<ScenarioDto>> UpdateAsync(int id, int? expectedVersion, ScenarioBody body, CancellationToken ct)
    {
        var (name, spec, rejected) = await CheckAsync(body, ct);
        if (rejected is not null) return rejected;
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var (entity, refused) = await LockAsync<ScenarioDto>(db, id, expectedVersion, ct);
        if (refused is not null) return refused;
        // A whole new row copied over the old one, so no column of the definition can be left behind (Result included).
        var edited = Entity(name, spec!, DateTimeOffset.UtcNow);
        (edited.Id, edited.CreatedAt, edited.Version) = (entity!.Id, entity.CreatedAt, entity.Version + 1);
        db.Entry(entity).CurrentValues.SetValues(edited);
        if (!await TrySaveAsync(db, ct)) return NameTaken(entity);
        await tx.CommitAsync(ct);
        return new(Dto(entity));
    }

    public async Task<ScenarioOutcome<bool>> DeleteAsync(int id, int? expectedVersion, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var (entity, refused) = await LockAsync<bool>(db, id, expectedVersion, ct);
        if (refused is not null) return refused;
        db.PlanScenarios.Remove(entity!);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new(true);
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
    public async Task<ScenarioOutcome<ScenarioRun>> RunAsync(int id, CancellationToken ct)
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
        entity.Version++;
        // The solve held no lock (it may take minutes), so the version is the concurrency token: an edit or delete made
        // meanwhile wins, and this result, solved for the old definition, is not stored.
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            if (!await db.PlanScenarios.AnyAsync(s => s.Id == id, ct)) return new(default, NotFound: true);
            return new(default, Conflict: $"Scenario {id} was edited while it ran; the result of the old definition was not stored. Run it again.");
        }
        return new(new ScenarioRun(run.Result, entity.Version));
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

    /// <summary>
    /// The checks of create and edit alike: every bad field in one answer, then the scenario checked as if it were solved.
    /// Spec is set exactly when Rejected is not.
    /// </summary>
    private async Task<(string Name, ScenarioSpec? Spec, ScenarioOutcome<ScenarioDto>? Rejected)> CheckAsync(ScenarioBody body, CancellationToken ct)
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
            return ("", null, new(default, new() { ["demand.points"] = [$"Too large: {big.Count} points, at most {AllocationProblem.MaxDemand}."] }, TooLarge: true));
        }
        if (body.Parameters is null) errors.Add("parameters", "Required: {objective, k, radiusMeters, timeLimitSeconds, solver, …}.");
        if (errors.Any) return ("", null, new(default, errors.ToDictionary()));

        var spec = new ScenarioSpec(municipality!, source!, body.Demand!.NeedPresetId, body.Demand.Points, body.Candidates ?? [],
            body.CandidateFacilities ?? false, body.Fixed ?? [], body.Parameters!);
        var check = await SolveAsync(spec, errors, checkOnly: true, ct);
        if (check.Errors.Count > 0) return ("", null, new(default, check.Errors, check.TooLarge));
        return (body.Name!.Trim(), spec, null);
    }

    /// <summary>A new row for a checked definition: no result yet, version 1 from the column default.</summary>
    private static PlanScenario Entity(string name, ScenarioSpec spec, DateTimeOffset now) => new()
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

    /// <summary>
    /// The row, locked until the transaction ends so that the version compared is the version overwritten (two edits with
    /// the same ETag cannot both pass), or why the edit is refused: no such scenario, or If-Match named another version.
    /// </summary>
    private static async Task<(PlanScenario? Row, ScenarioOutcome<T>? Refused)> LockAsync<T>(KortlaegningDb db, int id, int? expectedVersion, CancellationToken ct)
    {
        var row = (await db.PlanScenarios.FromSql($"SELECT * FROM plan_scenarios WHERE id = {id} FOR UPDATE").ToListAsync(ct)).SingleOrDefault();
        if (row is null) return (null, new(default, NotFound: true));
        if (expectedVersion is { } v && v != row.Version) return (null, new(default, Stale: row.Version));
        return (row, null);
    }

    /// <summary>
    /// False when the unique index refused the name. The index is the check (not a look-up before the write), so a
    /// concurrent create or rename cannot slip past it.
    /// </summary>
    private static async Task<bool> TrySaveAsync(KortlaegningDb db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: NameIndex })
        {
            return false;
        }
    }

    private static ScenarioOutcome<ScenarioDto> NameTaken(PlanScenario s) =>
        new(default, Conflict: $"{s.Municipality} has a scenario called '{s.Name}'; choose another name.");

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
        s.Result is null ? null : JsonSerializer.Deserialize<ScenarioResult>(s.Result, Json), s.CreatedAt, s.UpdatedAt, s.Version);
}
