using Kortlaegning.Api.Accounts;
using Kortlaegning.Api.Audit;
using Kortlaegning.Api.Data;
using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Api.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using Npgsql;

namespace Kortlaegning.Api.Followup;

public enum StoreOutcome { Ok, NotFound, Stale }

/// <summary>
/// All SQL and EF Core of follow-up: projects, activities, registrations and targets through EF
/// (<c>db.Set&lt;T&gt;()</c>; the version columns are concurrency tokens, so an edit under a stale If-Match is refused
/// even when two arrive together), and PostGIS reads (places, focus membership, the report's map) as SQL with
/// rows read by column name. Read-only queries against plan_scenarios, areas, facilities and workshops.
/// </summary>
public sealed partial class FollowupStore(IDbContextFactory<KortlaegningDb> dbs, NpgsqlDataSource db, ICurrentUser user, AuditLog audit)
{
    private const string ResolvePlaceSql = """
        WITH g AS (
          SELECT CASE @type
                   WHEN 'facility' THEN (SELECT ST_PointOnSurface(f.geom) FROM facilities f WHERE f.id = @facility)
                   WHEN 'department' THEN (SELECT ST_PointOnSurface(a.geom) FROM areas a WHERE a.level = 'housing_department' AND a.code = @code)
                   ELSE ST_Transform(ST_SetSRID(ST_MakePoint(@lon, @lat), 4326), 25832)
                 END AS geom)
        SELECT ST_X(g.geom) AS x, ST_Y(g.geom) AS y,
               (SELECT p.code FROM areas p WHERE p.level = 'parish' AND ST_Covers(p.geom, g.geom) ORDER BY p.code LIMIT 1) AS parish
          FROM g
        """;

    private const string KnownAreasSql = "SELECT level || ':' || code AS key, name FROM areas WHERE level || ':' || code = ANY(@keys)";

    private const string ActivityPlacesSql = """
        SELECT a.id,
               ST_X(ST_Transform(a.geom, 4326)) AS lon, ST_Y(ST_Transform(a.geom, 4326)) AS lat,
               (SELECT ar.level || ':' || ar.code FROM areas ar
                 WHERE ST_Covers(ar.geom, a.geom) AND ar.level || ':' || ar.code = ANY(@keys)
                 ORDER BY array_position(@keys, ar.level || ':' || ar.code) LIMIT 1) AS focus_place
          FROM followup_activities a
         WHERE a.project_id = @project
        """;

    private const string RegistrationCountsSql = """
        SELECT activity_id, date, participants, new_participants, ambassadors, contacts
          FROM followup_registrations WHERE project_id = @project
        """;

    private const string ScenarioSiteSql = """
        SELECT s.municipality, site->>'name' AS name, (site->>'lon')::float8 AS lon, (site->>'lat')::float8 AS lat
          FROM plan_scenarios s
          LEFT JOIN LATERAL jsonb_array_elements(COALESCE(s.result->'sites', '[]'::jsonb)) site ON site->>'id' = @site
         WHERE s.id = @scenario
        """;

    private const string ScenarioCandidateSql = """
        SELECT c->>'name' AS name, (c->>'lon')::float8 AS lon, (c->>'lat')::float8 AS lat
          FROM plan_scenarios s, jsonb_array_elements(COALESCE(s.candidates, '[]'::jsonb)) c
         WHERE s.id = @scenario AND c->>'id' = @site
        """;

    /// <summary>The project, or null when there is none or it is a draft the caller may not read (every project endpoint starts here).</summary>
    public async Task<ProjectEntity?> ProjectAsync(int id, CancellationToken ct)
    {
        await using var context = await dbs.CreateDbContextAsync(ct);
        return await context.Set<ProjectEntity>().AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(p => p.Id == id, ct);
    }

    public async Task<List<ProjectEntity>> ProjectsAsync(string? municipality, CancellationToken ct)
    {
        await using var context = await dbs.CreateDbContextAsync(ct);
        var q = context.Set<ProjectEntity>().AsNoTracking().VisibleTo(user);
        if (municipality is not null) q = q.Where(p => p.Municipality == municipality);
        return await q.OrderBy(p => p.Id).ToListAsync(ct);
    }

    public Task<ProjectEntity> InsertAsync(ProjectEntity p, CancellationToken ct)
    {
        p.CreatedAt = p.UpdatedAt = DateTimeOffset.UtcNow;
        return InsertAsync<ProjectEntity>(p, ct);
    }

    /// <summary>Replaces the editable fields of a row when its version is <paramref name="expected"/> (null: any).</summary>
    public async Task<(StoreOutcome Outcome, T? Row, int Current)> UpdateAsync<T>(object id, int? expected, Action<T> apply, CancellationToken ct, string action = "update") where T : class
    {
        await using var context = await dbs.CreateDbContextAsync(ct);
        var row = await context.Set<T>().FindAsync([id], ct);
        if (row is null) return (StoreOutcome.NotFound, null, 0);
        user.Require(Permission.Edit, await OwnerAsync(context, row, ct));
        var version = context.Entry(row).Property<int>("Version");
        if (expected is { } v && v != version.CurrentValue) return (StoreOutcome.Stale, null, version.CurrentValue);
        int before = version.CurrentValue;
        apply(row);
        var owner = await OwnerAsync(context, row, ct);
        user.Require(Permission.Edit, owner); // a project moved to another municipality needs the right there too
        version.CurrentValue++;
        Audit(context, row, action, owner, before, version.CurrentValue);
        if (context.Entry(row).Metadata.FindProperty("UpdatedAt") is not null) context.Entry(row).Property<DateTimeOffset>("UpdatedAt").CurrentValue = DateTimeOffset.UtcNow;
        try
        {
            await context.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            var current = await context.Entry(row).GetDatabaseValuesAsync(ct);
            return current is null ? (StoreOutcome.NotFound, null, 0) : (StoreOutcome.Stale, null, current.GetValue<int>("Version"));
        }
        return (StoreOutcome.Ok, row, version.CurrentValue);
    }

    public async Task<(StoreOutcome Outcome, int Current)> DeleteAsync<T>(object id, int? expected, CancellationToken ct) where T : class
    {
        await using var context = await dbs.CreateDbContextAsync(ct);
        var row = await context.Set<T>().FindAsync([id], ct);
        if (row is null) return (StoreOutcome.NotFound, 0);
        var owner = await OwnerAsync(context, row, ct);
        user.Require(Permission.Edit, owner);
        var version = context.Entry(row).Property<int>("Version").CurrentValue;
        if (expected is { } v && v != version) return (StoreOutcome.Stale, version);
        context.Remove(row);
        Audit(context, row, "delete", owner, version, null);
        try
        {
            await context.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return (StoreOutcome.Stale, version + 1);
        }
        return (StoreOutcome.Ok, version);
    }

    /// <summary>Which of the "level:code" keys exist in areas, with their names.</summary>
    public async Task<Dictionary<string, string>> KnownAreasAsync(IReadOnlyCollection<string> keys, CancellationToken ct)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (keys.Count == 0) return result;
        await using var cmd = db.CreateCommand(KnownAreasSql);
        cmd.Parameters.AddWithValue("keys", keys.ToArray());
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) result[r.Get<string>("key")] = r.Get<string>("name");
        return result;
    }

    /// <summary>The point (EPSG:25832) and parish of a place, or null when the facility or department does not exist.</summary>
    public async Task<(Point Point, string? Parish)?> ResolvePlaceAsync(PlaceBody place, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(ResolvePlaceSql);
        cmd.Parameters.AddWithValue("type", (place.Type ?? "").Trim().ToLowerInvariant());
        cmd.Parameters.AddWithValue("facility", (object?)place.FacilityId ?? DBNull.Value);
        cmd.Parameters.AddWithValue("code", (object?)place.Code?.Trim() ?? DBNull.Value);
        cmd.Parameters.AddWithValue("lon", place.Lon ?? 0);
        cmd.Parameters.AddWithValue("lat", place.Lat ?? 0);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        if (!await r.ReadAsync(ct) || r.Get<double?>("x") is not { } x) return null;
        return (new Point(x, r.Get<double>("y")) { SRID = 25832 }, r.Get<string?>("parish"));
    }

    /// <summary>A site of a planning scenario: the selected site of its last run, else a drawn candidate; null when neither.</summary>
    public async Task<(string Municipality, string? Name, double Lon, double Lat)?> ScenarioSiteAsync(int scenario, string site, CancellationToken ct)
    {
        string? municipality = null;
        await using (var cmd = db.CreateCommand(ScenarioSiteSql))
        {
            cmd.Parameters.AddWithValue("scenario", scenario);
            cmd.Parameters.AddWithValue("site", site);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            if (!await r.ReadAsync(ct)) return null;
            municipality = r.Get<string>("municipality");
            if (r.Get<double?>("lon") is { } lon) return (municipality, r.Get<string?>("name"), lon, r.Get<double>("lat"));
        }
        await using (var cmd = db.CreateCommand(ScenarioCandidateSql))
        {
            cmd.Parameters.AddWithValue("scenario", scenario);
            cmd.Parameters.AddWithValue("site", site);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            if (await r.ReadAsync(ct) && r.Get<double?>("lon") is { } lon) return (municipality, r.Get<string?>("name"), lon, r.Get<double>("lat"));
        }
        return (municipality, null, double.NaN, double.NaN);
    }
}
