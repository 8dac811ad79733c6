using Kortlaegning.Api.Accounts;
using Kortlaegning.Api.Data;
using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Api.Infrastructure.Data;
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
/// The read-only SQL planning inputs are built from: a municipality's demand points built in PostGIS (docs/allocation.md,
/// "Demand sources"), the parish of uploaded points, the ranking preset a need weighting names, and facilities as candidates. Every demand query returns the columns id, x, y (EPSG:25832,
/// what the solver uses), lon, lat (EPSG:4326, what the map draws), weight and parish (the parish code for need weighting).
/// </summary>
public sealed class PlanningSource(NpgsqlDataSource db, IDbContextFactory<KortlaegningDb> dbs, ICurrentUser user)
{
    private const string MunicipalityNameSql = "SELECT name FROM areas WHERE level = 'municipality' AND code = @municipality";

    /// <summary>
    /// One point per 1 km cell allocated to the municipality: the cell centroid, weight = population × the cell's share in
    /// the municipality (cells on the border count in part). Id is the INSPIRE grid code "1kmN{n}E{e}" (EPSG:3035 km).
    /// The parish is the one holding the largest share of the cell (for need weighting).
    /// </summary>
    private const string GridDemandSql = """
        SELECT '1kmN' || c.n_km || 'E' || c.e_km AS id, ST_X(p.pt) AS x, ST_Y(p.pt) AS y, ST_X(q.ll) AS lon, ST_Y(q.ll) AS lat,
               c.population * g.share AS weight, parish.code AS parish
          FROM areas m
          JOIN grid_cell_areas g ON g.area_id = m.id
          JOIN grid_cells c ON c.id = g.cell_id
          CROSS JOIN LATERAL (SELECT ST_Centroid(c.geom) AS pt) p
          CROSS JOIN LATERAL (SELECT ST_Transform(p.pt, 4326) AS ll) q
          LEFT JOIN LATERAL (SELECT a.code FROM grid_cell_areas gp JOIN areas a ON a.id = gp.area_id
                              WHERE gp.cell_id = c.id AND a.level = 'parish' ORDER BY gp.share DESC, a.code LIMIT 1) parish ON true
         WHERE m.level = 'municipality' AND m.code = @municipality AND c.population * g.share > 0
         ORDER BY c.n_km, c.e_km
        """;

    /// <summary>
    /// One point per parish whose primary municipality it is: the population-weighted centroid of its cells' centroids
    /// (weights population × share), or a point on its surface when it has no residents; weight = its grid population.
    /// </summary>
    private const string ParishDemandSql = """
        WITH w AS (
          SELECT a.id, a.code, sum(c.population * g.share) AS weight,
                 sum(ST_X(ST_Centroid(c.geom)) * c.population * g.share) AS sx,
                 sum(ST_Y(ST_Centroid(c.geom)) * c.population * g.share) AS sy
            FROM areas a
            LEFT JOIN grid_cell_areas g ON g.area_id = a.id
            LEFT JOIN grid_cells c ON c.id = g.cell_id
           WHERE a.level = 'parish' AND a.municipality_code = @municipality
           GROUP BY a.id, a.code)
        SELECT w.code AS id, ST_X(p.pt) AS x, ST_Y(p.pt) AS y, ST_X(q.ll) AS lon, ST_Y(q.ll) AS lat,
               coalesce(w.weight, 0) AS weight, w.code AS parish
          FROM w JOIN areas a ON a.id = w.id
          CROSS JOIN LATERAL (SELECT CASE WHEN w.weight > 0 THEN ST_SetSRID(ST_MakePoint(w.sx / w.weight, w.sy / w.weight), 25832)
                                          ELSE ST_PointOnSurface(a.geom) END AS pt) p
          CROSS JOIN LATERAL (SELECT ST_Transform(p.pt, 4326) AS ll) q
         ORDER BY w.code
        """;

    /// <summary>
    /// One point per housing department of the municipality (ST_PointOnSurface, so it lies inside), weight = its residents
    /// as stored with it (entered by the housing organisation, or the import's dasymetric grid estimate), else residents
    /// interpolated from the 1 km grid by area (population × overlap / cell area).
    /// </summary>
    private const string HousingDepartmentDemandSql = """
        SELECT a.code AS id, ST_X(p.pt) AS x, ST_Y(p.pt) AS y, ST_X(q.ll) AS lon, ST_Y(q.ll) AS lat,
               coalesce(aa.residents::float8, pop.w, 0) AS weight, parish.code AS parish
          FROM areas a
          LEFT JOIN area_attributes aa ON aa.area_id = a.id
          CROSS JOIN LATERAL (SELECT ST_PointOnSurface(a.geom) AS pt) p
          CROSS JOIN LATERAL (SELECT ST_Transform(p.pt, 4326) AS ll) q
          LEFT JOIN LATERAL (SELECT sum(c.population * ST_Area(ST_Intersection(c.geom, a.geom)) / ST_Area(c.geom)) AS w
                               FROM grid_cells c WHERE ST_Intersects(c.geom, a.geom)) pop ON true
          LEFT JOIN LATERAL (SELECT pa.code FROM areas pa WHERE pa.level = 'parish' AND ST_Intersects(pa.geom, p.pt)
                              ORDER BY pa.code LIMIT 1) parish ON true
         WHERE a.level = 'housing_department' AND a.municipality_code = @municipality AND (a.state = 'published' OR @drafts)
         ORDER BY a.code
        """;

    /// <summary>The parish holding each projected point (null outside every parish), in input order. Params: x, y (float8[]).</summary>
    private const string ParishOfPointsSql = """
        SELECT (SELECT pa.code FROM areas pa WHERE pa.level = 'parish' AND ST_Intersects(pa.geom, ST_SetSRID(ST_MakePoint(t.x, t.y), 25832))
                 ORDER BY pa.code LIMIT 1) AS parish
          FROM unnest(@x::float8[], @y::float8[]) WITH ORDINALITY t(x, y, i)
         ORDER BY t.i
        """;

    /// <summary>
    /// Facilities as candidates: those flagged candidate_spot inside the municipality, plus any asked for by id (existing
    /// spots to fix). Polygons (green areas) stand at a point on their surface. Only facilities the caller may see: a draft
    /// of another municipality is not a candidate. Params: municipality, ids (int[]), all (bool), the draft parameters.
    /// </summary>
    private static readonly string FacilityCandidatesSql = $"""
        SELECT f.id, f.name, ST_X(p.pt) AS x, ST_Y(p.pt) AS y, ST_X(q.ll) AS lon, ST_Y(q.ll) AS lat
          FROM facilities f
          CROSS JOIN LATERAL (SELECT ST_PointOnSurface(f.geom) AS pt) p
          CROSS JOIN LATERAL (SELECT ST_Transform(p.pt, 4326) AS ll) q
         WHERE {Publication.VisibleSql("f", "municipality")}
           AND (f.id = ANY(@ids)
                OR (@all AND f.candidate_spot AND EXISTS (SELECT 1 FROM areas m WHERE m.level = 'municipality' AND m.code = @municipality
                                                          AND ST_Intersects(m.geom, f.geom))))
         ORDER BY f.id
        """;

    public const string FacilityPrefix = "facility:";

    /// <summary>Null when the municipality code is unknown.</summary>
    public async Task<string?> MunicipalityNameAsync(string code, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(MunicipalityNameSql);
        cmd.Parameters.AddWithValue("municipality", code);
        return await cmd.ExecuteScalarAsync(ct) as string;
    }

    /// <summary>The demand points of a source built in PostGIS (not <see cref="DemandKind.Points"/>, which is uploaded).</summary>
    public async Task<List<PlanPoint>> PointsAsync(DemandKind source, string municipality, CancellationToken ct)
    {
        var sql = source switch
        {
            DemandKind.Grid => GridDemandSql,
            DemandKind.Parishes => ParishDemandSql,
            DemandKind.HousingDepartments => HousingDepartmentDemandSql,
            _ => throw new ArgumentOutOfRangeException(nameof(source), source, "Uploaded demand is not built in PostGIS."),
        };
        await using var cmd = db.CreateCommand(sql);
        cmd.Parameters.AddWithValue("municipality", municipality);
        // Draft departments count as demand only for the municipality's own planners (DESIGN.md §1).
        if (source == DemandKind.HousingDepartments) cmd.Parameters.AddWithValue("drafts", user.Can(Permission.ReadDrafts, municipality));
        await using var row = await cmd.ExecuteReaderAsync(ct);
        var points = new List<PlanPoint>();
        while (await row.ReadAsync(ct))
        {
            points.Add(new PlanPoint(row.Get<string>("id"), row.Get<double>("lon"), row.Get<double>("lat"), row.Get<double>("x"), row.Get<double>("y"),
                row.Get<double>("weight"), row.Get<string?>("parish")));
        }
        return points;
    }

    /// <summary>The points with the parish each lies in (null outside every parish).</summary>
    public async Task<List<PlanPoint>> WithParishesAsync(IReadOnlyList<PlanPoint> points, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(ParishOfPointsSql);
        cmd.Parameters.AddWithValue("x", points.Select(p => p.X).ToArray());
        cmd.Parameters.AddWithValue("y", points.Select(p => p.Y).ToArray());
        await using var row = await cmd.ExecuteReaderAsync(ct);
        var result = new List<PlanPoint>(points.Count);
        int i = 0;
        while (await row.ReadAsync(ct)) result.Add(points[i++] with { Parish = row.Get<string?>("parish") });
        return result;
    }

    /// <summary>The saved ranking preset a need weighting names, or null.</summary>
    public async Task<RankingPreset?> PresetAsync(int id, CancellationToken ct)
    {
        await using var context = await dbs.CreateDbContextAsync(ct);
        return await context.Set<RankingPreset>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
    }

    /// <summary>
    /// Facilities as candidates ("facility:{id}"): the municipality's candidate spots when <paramref name="all"/>, plus the
    /// facilities named by id; ids in <paramref name="taken"/> (drawn candidates) are skipped.
    /// </summary>
    public async Task<List<PlanCandidate>> FacilityCandidatesAsync(string municipality, IReadOnlyList<int> ids, bool all, IEnumerable<string> taken, CancellationToken ct)
    {
        var seen = taken.ToHashSet(StringComparer.Ordinal);
        await using var cmd = db.CreateCommand(FacilityCandidatesSql);
        cmd.Parameters.AddWithValue("municipality", municipality);
        cmd.Parameters.AddWithValue("ids", ids.ToArray());
        cmd.Parameters.AddWithValue("all", all);
        cmd.Parameters.AddDraftParameters(user);
        await using var row = await cmd.ExecuteReaderAsync(ct);
        var list = new List<PlanCandidate>();
        while (await row.ReadAsync(ct))
        {
            string id = FacilityPrefix + row.Get<int>("id");
            if (!seen.Add(id)) continue;
            list.Add(new PlanCandidate(new CandidateSite(id, new(row.Get<double>("x"), row.Get<double>("y"))), row.Get<double>("lon"), row.Get<double>("lat"), row.Get<string>("name")));
        }
        return list;
    }
}
