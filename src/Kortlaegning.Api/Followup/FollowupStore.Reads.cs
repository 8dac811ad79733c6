using Kortlaegning.Api.Accounts;
using Kortlaegning.Api.Infrastructure.Data;
using Kortlaegning.Domain.Followup;
using Microsoft.EntityFrameworkCore;

namespace Kortlaegning.Api.Followup;

public sealed partial class FollowupStore
{
    private const string FocusMapSql = """
        SELECT level || ':' || code AS key, name, ST_AsSVG(ST_SimplifyPreserveTopology(geom, 15), 0, 1) AS path,
               ST_XMin(geom) AS xmin, ST_YMin(geom) AS ymin, ST_XMax(geom) AS xmax, ST_YMax(geom) AS ymax
          FROM areas WHERE level || ':' || code = ANY(@keys)
        """;

    private const string WorkshopOutcomesSql = """
        SELECT w.id, w.title, w.workshop_date, a.category, count(a.id) AS notes
          FROM workshops w
          LEFT JOIN workshop_annotations a ON a.workshop_id = w.id AND a.status = 'published'
         WHERE w.municipality_code = @municipality AND w.status = 'closed'
         GROUP BY w.id, w.title, w.workshop_date, a.category
         ORDER BY w.workshop_date, w.id, a.category
        """;

    public async Task<T> InsertAsync<T>(T row, CancellationToken ct) where T : class
    {
        await InsertAllAsync([row], ct);
        return row;
    }

    /// <summary>
    /// All rows or none, with their audit rows, in one transaction: the rows first (their ids come from the database),
    /// then one audit row each. Needs the planner role for every owning municipality.
    /// </summary>
    public async Task<int> InsertAllAsync<T>(IReadOnlyList<T> rows, CancellationToken ct) where T : class
    {
        await using var context = await dbs.CreateDbContextAsync(ct);
        var owners = new List<string?>(rows.Count);
        foreach (var row in rows) owners.Add(await OwnerAsync(context, row, ct));
        foreach (var owner in owners.Distinct()) user.Require(Permission.Edit, owner);
        await using var tx = await context.Database.BeginTransactionAsync(ct);
        context.AddRange(rows);
        await context.SaveChangesAsync(ct);
        for (int i = 0; i < rows.Count; i++) Audit(context, rows[i], "create", owners[i], null, 1);
        await context.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return rows.Count;
    }

    public async Task<T?> FindAsync<T>(object id, CancellationToken ct) where T : class
    {
        await using var context = await dbs.CreateDbContextAsync(ct);
        return await context.Set<T>().FindAsync([id], ct);
    }

    public async Task<List<ActivityEntity>> ActivitiesAsync(int project, CancellationToken ct)
    {
        await using var context = await dbs.CreateDbContextAsync(ct);
        return await context.Set<ActivityEntity>().AsNoTracking().Where(a => a.ProjectId == project).OrderBy(a => a.Start).ThenBy(a => a.Id).ToListAsync(ct);
    }

    public async Task<List<RegistrationEntity>> RegistrationsAsync(int activity, CancellationToken ct)
    {
        await using var context = await dbs.CreateDbContextAsync(ct);
        return await context.Set<RegistrationEntity>().AsNoTracking().Where(r => r.ActivityId == activity).OrderBy(r => r.Date).ThenBy(r => r.Id).ToListAsync(ct);
    }

    public async Task<List<TargetEntity>> TargetsAsync(int project, CancellationToken ct)
    {
        await using var context = await dbs.CreateDbContextAsync(ct);
        return await context.Set<TargetEntity>().AsNoTracking().Where(t => t.ProjectId == project).OrderBy(t => t.PeriodFrom).ThenBy(t => t.Id).ToListAsync(ct);
    }

    /// <summary>Per activity: its position (WGS 84) and the first focus place (in the project's order) that covers it.</summary>
    public async Task<Dictionary<int, (double Lon, double Lat, string? FocusPlace)>> ActivityPlacesAsync(int project, IReadOnlyList<string> focusKeys, CancellationToken ct)
    {
        var result = new Dictionary<int, (double, double, string?)>();
        await using var cmd = db.CreateCommand(ActivityPlacesSql);
        cmd.Parameters.AddWithValue("project", project);
        cmd.Parameters.AddWithValue("keys", focusKeys.ToArray());
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) result[r.Get<int>("id")] = (r.Get<double>("lon"), r.Get<double>("lat"), r.Get<string?>("focus_place"));
        return result;
    }

    /// <summary>Everything the domain's progress and report need, in three reads (project, activities with places, counts).</summary>
    public async Task<(ProjectData Data, List<ActivityEntity> Activities, Dictionary<int, (double Lon, double Lat, string? FocusPlace)> Places, IReadOnlyList<TargetEntity> Targets)> ProjectDataAsync(
        ProjectEntity project, FocusDto focus, CancellationToken ct)
    {
        var keys = FollowupValidation.FocusKeys(focus);
        var activities = await ActivitiesAsync(project.Id, ct);
        var places = await ActivityPlacesAsync(project.Id, keys, ct);
        var targets = await TargetsAsync(project.Id, ct);
        var registrations = new List<FollowupRegistration>();
        await using (var cmd = db.CreateCommand(RegistrationCountsSql))
        {
            cmd.Parameters.AddWithValue("project", project.Id);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
            {
                registrations.Add(new FollowupRegistration(r.Get<int>("activity_id"), r.Get<DateOnly>("date"), r.Get<int>("participants"),
                    r.Get<int>("new_participants"), r.Get<int>("ambassadors"), r.Get<int>("contacts")));
            }
        }
        var domainActivities = activities.Select(a => new FollowupActivity(a.Id, a.Kind, places.TryGetValue(a.Id, out var p) ? p.FocusPlace : null,
            a.ParishCode, a.Start, a.End, a.IsNew, a.Track)).ToList();
        var domainTargets = targets.Select(FollowupMapping.Target).ToList();
        return (new ProjectData(project.Start, project.End, keys, domainActivities, registrations, domainTargets), activities, places, targets);
    }

    public sealed record FocusShape(string Key, string Name, string Path, double XMin, double YMin, double XMax, double YMax);

    public async Task<List<FocusShape>> FocusShapesAsync(IReadOnlyList<string> keys, CancellationToken ct)
    {
        var list = new List<FocusShape>();
        if (keys.Count == 0) return list;
        await using var cmd = db.CreateCommand(FocusMapSql);
        cmd.Parameters.AddWithValue("keys", keys.ToArray());
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            list.Add(new FocusShape(r.Get<string>("key"), r.Get<string>("name"), r.Get<string>("path"), r.Get<double>("xmin"), r.Get<double>("ymin"), r.Get<double>("xmax"), r.Get<double>("ymax")));
        }
        return list;
    }

    /// <summary>Activity points in EPSG:25832 (the report's map draws them over the focus areas).</summary>
    public static (double X, double Y) Projected(ActivityEntity a) => (a.Geometry.X, a.Geometry.Y);

    public sealed record WorkshopOutcome(int Id, string Title, DateOnly? Date, string? Category, long Notes);

    public async Task<List<WorkshopOutcome>> WorkshopOutcomesAsync(string municipality, CancellationToken ct)
    {
        var list = new List<WorkshopOutcome>();
        await using var cmd = db.CreateCommand(WorkshopOutcomesSql);
        cmd.Parameters.AddWithValue("municipality", municipality);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            list.Add(new WorkshopOutcome(r.Get<int>("id"), r.Get<string>("title"), r.Get<DateOnly?>("workshop_date"), r.Get<string?>("category"), r.Get<long>("notes")));
        }
        return list;
    }
}
