using System.Text.Json;
using Kortlaegning.Api.Accounts;
using Kortlaegning.Api.Audit;
using Kortlaegning.Api.Data;
using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Api.Infrastructure.Validation;
using Kortlaegning.Domain.Allocation;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Kortlaegning.Api.Planning;

/// <summary>How a store operation on a scenario came out; <see cref="Stored{T}.Value"/> is set exactly when it is <see cref="Done"/>.</summary>
public enum StoreStatus
{
    Done,
    NotFound,

    /// <summary>If-Match named another version than the one stored (<see cref="Stored{T}.CurrentVersion"/>).</summary>
    Stale,

    /// <summary>The unique index refused the name within the municipality.</summary>
    NameTaken,

    /// <summary>A run's result was for a definition edited while it solved, and was not stored.</summary>
    EditedMeanwhile,
}

public sealed record Stored<T>(StoreStatus Status, T? Value = default, int? CurrentVersion = null)
{
    public static Stored<T> Of(T value) => new(StoreStatus.Done, value);
}

/// <summary>A stored scenario as a run or a comparison needs it: its definition, last result and version.</summary>
public sealed record StoredScenario(int Id, string Name, ScenarioSpec Spec, ScenarioResult? Result, int Version);

/// <summary>
/// All SQL and EF of table plan_scenarios, with the JSON columns mapped in one place (what a scenario is built from, the
/// demand and the facilities, is read by <see cref="PlanningSource"/>). Edits and deletes take the row lock and compare versions (optimistic concurrency, as for
/// facilities); a result is stored only if the version is still the one that was solved. Every write needs the planner
/// role for the scenario's municipality (<see cref="ICurrentUser.Require"/>; an edit that moves it needs both) and appends
/// to the audit trail in its transaction.
/// </summary>
public sealed class ScenarioStore(IDbContextFactory<KortlaegningDb> dbs, ICurrentUser user, AuditLog audit)
{
    private static readonly JsonSerializerOptions Json = JsonSerializerOptions.Web;

    /// <summary>The unique index that keeps names apart within a municipality (migration Planning).</summary>
    private const string NameIndex = "IX_plan_scenarios_municipality_name";

    public async Task<Stored<ScenarioDto>> CreateAsync(ScenarioSpec spec, CancellationToken ct)
    {
        user.Require(Permission.Edit, spec.Municipality);
        await using var context = await dbs.CreateDbContextAsync(ct);
        await using var tx = await context.Database.BeginTransactionAsync(ct);
        var entity = Entity(spec, DateTimeOffset.UtcNow);
        context.Set<PlanScenario>().Add(entity);
        if (!await TrySaveAsync(context, ct)) return new(StoreStatus.NameTaken);
        audit.Append(context, Entry(entity, "create", null));
        await context.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Stored<ScenarioDto>.Of(Dto(entity));
    }

    /// <summary>
    /// Replaces the definition and clears the result, which was solved for the old one. <paramref name="expectedVersion"/>
    /// null: whatever version is stored (If-Match *).
    /// </summary>
    public async Task<Stored<ScenarioDto>> UpdateAsync(int id, int? expectedVersion, ScenarioSpec spec, CancellationToken ct)
    {
        await using var context = await dbs.CreateDbContextAsync(ct);
        await using var tx = await context.Database.BeginTransactionAsync(ct);
        var (entity, refused) = await LockAsync(context, id, expectedVersion, ct);
        if (entity is null) return new(refused!.Value.Status, CurrentVersion: refused.Value.Current);
        user.Require(Permission.Edit, entity.Municipality);
        user.Require(Permission.Edit, spec.Municipality);
        int before = entity.Version;
        // A whole new row copied over the old one, so no column of the definition can be left behind (Result included).
        var edited = Entity(spec, DateTimeOffset.UtcNow);
        (edited.Id, edited.CreatedAt, edited.Version, edited.State) = (entity.Id, entity.CreatedAt, entity.Version + 1, entity.State);
        context.Entry(entity).CurrentValues.SetValues(edited);
        audit.Append(context, Entry(entity, "update", before));
        if (!await TrySaveAsync(context, ct)) return new(StoreStatus.NameTaken);
        await tx.CommitAsync(ct);
        return Stored<ScenarioDto>.Of(Dto(entity));
    }

    public async Task<Stored<bool>> DeleteAsync(int id, int? expectedVersion, CancellationToken ct)
    {
        await using var context = await dbs.CreateDbContextAsync(ct);
        await using var tx = await context.Database.BeginTransactionAsync(ct);
        var (entity, refused) = await LockAsync(context, id, expectedVersion, ct);
        if (entity is null) return new(refused!.Value.Status, CurrentVersion: refused.Value.Current);
        user.Require(Permission.Edit, entity.Municipality);
        context.Set<PlanScenario>().Remove(entity);
        audit.Append(context, new AuditEntry(AuditEntity, Id(entity.Id), "delete", entity.Municipality, entity.Version));
        await context.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Stored<bool>.Of(true);
    }

    /// <summary>Publishes the scenario or takes it back to draft; its result stays (the definition did not change).</summary>
    public async Task<Stored<ScenarioDto>> SetStateAsync(int id, int? expectedVersion, string state, CancellationToken ct)
    {
        await using var context = await dbs.CreateDbContextAsync(ct);
        await using var tx = await context.Database.BeginTransactionAsync(ct);
        var (entity, refused) = await LockAsync(context, id, expectedVersion, ct);
        if (entity is null) return new(refused!.Value.Status, CurrentVersion: refused.Value.Current);
        user.Require(Permission.Edit, entity.Municipality);
        int before = entity.Version;
        (entity.State, entity.Version, entity.UpdatedAt) = (state, entity.Version + 1, DateTimeOffset.UtcNow);
        audit.Append(context, Entry(entity, state == Publication.Published ? "publish" : "unpublish", before));
        await context.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Stored<ScenarioDto>.Of(Dto(entity));
    }

    public async Task<List<ScenarioDto>> ListAsync(string? municipality, CancellationToken ct)
    {
        await using var context = await dbs.CreateDbContextAsync(ct);
        var rows = await context.Set<PlanScenario>().AsNoTracking().VisibleTo(user).Where(s => municipality == null || s.Municipality == municipality)
            .OrderBy(s => s.Municipality).ThenBy(s => s.Name).ToListAsync(ct);
        return rows.Select(Dto).ToList();
    }

    public async Task<ScenarioDto?> GetAsync(int id, CancellationToken ct)
    {
        await using var context = await dbs.CreateDbContextAsync(ct);
        return await context.Set<PlanScenario>().AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(s => s.Id == id, ct) is { } s ? Dto(s) : null;
    }

    /// <summary>Stored scenarios by id, parsed; ids that do not exist (or are drafts the caller may not see) are missing from the answer.</summary>
    public async Task<Dictionary<int, StoredScenario>> FindAsync(IReadOnlyCollection<int> ids, CancellationToken ct)
    {
        await using var context = await dbs.CreateDbContextAsync(ct);
        var rows = await context.Set<PlanScenario>().AsNoTracking().VisibleTo(user).Where(s => ids.Contains(s.Id)).ToListAsync(ct);
        return rows.ToDictionary(s => s.Id, s => new StoredScenario(s.Id, s.Name, Spec(s), Result(s), s.Version));
    }

    /// <summary>
    /// Stores a run's result if the scenario is still at <paramref name="solvedVersion"/>: the solve held no lock (it may
    /// take minutes), so the version is the concurrency token and an edit or delete made meanwhile wins. The new version
    /// (the scenario's new ETag) when stored.
    /// </summary>
    public async Task<Stored<int>> SaveResultAsync(StoredScenario scenario, ScenarioResult result, CancellationToken ct)
    {
        RequireRun(scenario);
        var (id, solvedVersion) = (scenario.Id, scenario.Version);
        await using var context = await dbs.CreateDbContextAsync(ct);
        await using var tx = await context.Database.BeginTransactionAsync(ct);
        var json = JsonSerializer.Serialize(result.Normalised(), Json);
        var now = DateTimeOffset.UtcNow;
        int updated = await context.Set<PlanScenario>().Where(s => s.Id == id && s.Version == solvedVersion)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.Result, json).SetProperty(s => s.UpdatedAt, now).SetProperty(s => s.Version, solvedVersion + 1), ct);
        if (updated == 1)
        {
            await audit.WriteAsync(context, new AuditEntry(AuditEntity, Id(id), "run", scenario.Spec.Municipality, solvedVersion, solvedVersion + 1), ct);
            await tx.CommitAsync(ct);
            return Stored<int>.Of(solvedVersion + 1);
        }
        return await context.Set<PlanScenario>().AnyAsync(s => s.Id == id, ct) ? new(StoreStatus.EditedMeanwhile) : new(StoreStatus.NotFound);
    }

    /// <summary>Running stores a result: the planner role for the scenario's municipality. Asked before the solve (it may take minutes) and again when storing.</summary>
    public void RequireRun(StoredScenario scenario) => user.Require(Permission.Edit, scenario.Spec.Municipality);

    private const string AuditEntity = "scenario";

    private static string Id(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static AuditEntry Entry(PlanScenario s, string action, int? before) => new(AuditEntity, Id(s.Id), action, s.Municipality, before, s.Version);

    /// <summary>
    /// The row, locked until the transaction ends so that the version compared is the version overwritten (two edits with
    /// the same ETag cannot both pass), or why the edit is refused: no such scenario, or If-Match named another version.
    /// </summary>
    private static async Task<(PlanScenario? Row, (StoreStatus Status, int? Current)? Refused)> LockAsync(KortlaegningDb context, int id, int? expectedVersion, CancellationToken ct)
    {
        var row = (await context.Set<PlanScenario>().FromSql($"SELECT * FROM plan_scenarios WHERE id = {id} FOR UPDATE").ToListAsync(ct)).SingleOrDefault();
        if (row is null) return (null, (StoreStatus.NotFound, null));
        if (expectedVersion is { } v && v != row.Version) return (null, (StoreStatus.Stale, row.Version));
        return (row, null);
    }

    /// <summary>
    /// False when the unique index refused the name. The index is the check (not a look-up before the write), so a
    /// concurrent create or rename cannot slip past it.
    /// </summary>
    private static async Task<bool> TrySaveAsync(KortlaegningDb context, CancellationToken ct)
    {
        try
        {
            await context.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: NameIndex })
        {
            return false;
        }
    }

    /// <summary>A new row for a checked definition: no result yet, version 1 from the column default.</summary>
    private static PlanScenario Entity(ScenarioSpec spec, DateTimeOffset now) => new()
    {
        Name = spec.Name,
        Municipality = spec.Municipality,
        DemandSource = EnumNames.Name(spec.Source),
        NeedPresetId = spec.NeedPresetId,
        DemandPoints = spec.Points is null ? null : JsonSerializer.Serialize(spec.Points, Json),
        Parameters = JsonSerializer.Serialize(spec.Parameters.Normalised(), Json),
        Candidates = JsonSerializer.Serialize(spec.Candidates, Json),
        CandidateFacilities = spec.CandidateFacilities,
        Fixed = spec.Fixed.Select(f => f!).ToArray(),
        CreatedAt = now,
        UpdatedAt = now,
    };

    private static ScenarioSpec Spec(PlanScenario s) => new(
        s.Name, s.Municipality, EnumNames.TryParse<DemandKind>(s.DemandSource, out var kind) ? kind : throw new InvalidOperationException($"Unknown demand_source '{s.DemandSource}'."),
        s.NeedPresetId,
        s.DemandPoints is null ? null : JsonSerializer.Deserialize<List<DemandBody?>>(s.DemandPoints, Json),
        JsonSerializer.Deserialize<List<CandidateBody?>>(s.Candidates, Json)!, s.CandidateFacilities, s.Fixed,
        Parameters(s));

    /// <summary>Rows stored before the rename spell the radius radiusMeters: read both, answer one.</summary>
    private static PlanParameters Parameters(PlanScenario s) => JsonSerializer.Deserialize<PlanParameters>(s.Parameters, Json)!.Normalised();

    private static ScenarioResult? Result(PlanScenario s) => s.Result is null ? null : JsonSerializer.Deserialize<ScenarioResult>(s.Result, Json)!.Normalised();

    private static ScenarioDto Dto(PlanScenario s) => new(
        s.Id, s.Name, s.Municipality,
        new ScenarioDemandDto(s.DemandSource, s.NeedPresetId, s.DemandPoints is null ? null : JsonDocument.Parse(s.DemandPoints).RootElement.GetArrayLength()),
        JsonDocument.Parse(s.Candidates).RootElement.Clone(), s.CandidateFacilities, s.Fixed,
        Parameters(s), Result(s), s.State, s.CreatedAt, s.UpdatedAt, s.Version);
}
