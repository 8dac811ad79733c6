namespace Kortlaegning.Api.Planning;

/// <summary>
/// The planning SQL, in one place. Every demand query returns (id, x, y, lon, lat, weight, parish code) with x/y in
/// EPSG:25832 (what the solver uses) and lon/lat in EPSG:4326 (what the map draws). Param: municipality.
/// </summary>
internal static class PlanQueries
{
    public const string MunicipalityName = "SELECT name FROM areas WHERE level = 'municipality' AND code = @municipality";

    /// <summary>
    /// One point per 1 km cell allocated to the municipality: the cell centroid, weight = population × the cell's share in
    /// the municipality (cells on the border count in part). Id is the INSPIRE grid code "1kmN{n}E{e}" (EPSG:3035 km).
    /// The parish is the one holding the largest share of the cell (for need weighting).
    /// </summary>
    public const string GridDemand = """
        SELECT '1kmN' || c.n_km || 'E' || c.e_km, ST_X(p.pt), ST_Y(p.pt), ST_X(q.ll), ST_Y(q.ll), c.population * g.share, parish.code
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
    public const string ParishDemand = """
        WITH w AS (
          SELECT a.id, a.code, sum(c.population * g.share) AS weight,
                 sum(ST_X(ST_Centroid(c.geom)) * c.population * g.share) AS sx,
                 sum(ST_Y(ST_Centroid(c.geom)) * c.population * g.share) AS sy
            FROM areas a
            LEFT JOIN grid_cell_areas g ON g.area_id = a.id
            LEFT JOIN grid_cells c ON c.id = g.cell_id
           WHERE a.level = 'parish' AND a.municipality_code = @municipality
           GROUP BY a.id, a.code)
        SELECT w.code, ST_X(p.pt), ST_Y(p.pt), ST_X(q.ll), ST_Y(q.ll), coalesce(w.weight, 0), w.code
          FROM w JOIN areas a ON a.id = w.id
          CROSS JOIN LATERAL (SELECT CASE WHEN w.weight > 0 THEN ST_SetSRID(ST_MakePoint(w.sx / w.weight, w.sy / w.weight), 25832)
                                          ELSE ST_PointOnSurface(a.geom) END AS pt) p
          CROSS JOIN LATERAL (SELECT ST_Transform(p.pt, 4326) AS ll) q
         ORDER BY w.code
        """;

    /// <summary>
    /// One point per housing department of the municipality (ST_PointOnSurface, so it lies inside), weight = residents
    /// interpolated from the 1 km grid by area (population × overlap / cell area).
    /// </summary>
    public const string HousingDepartmentDemand = """
        SELECT a.code, ST_X(p.pt), ST_Y(p.pt), ST_X(q.ll), ST_Y(q.ll), coalesce(pop.w, 0), parish.code
          FROM areas a
          CROSS JOIN LATERAL (SELECT ST_PointOnSurface(a.geom) AS pt) p
          CROSS JOIN LATERAL (SELECT ST_Transform(p.pt, 4326) AS ll) q
          LEFT JOIN LATERAL (SELECT sum(c.population * ST_Area(ST_Intersection(c.geom, a.geom)) / ST_Area(c.geom)) AS w
                               FROM grid_cells c WHERE ST_Intersects(c.geom, a.geom)) pop ON true
          LEFT JOIN LATERAL (SELECT pa.code FROM areas pa WHERE pa.level = 'parish' AND ST_Intersects(pa.geom, p.pt)
                              ORDER BY pa.code LIMIT 1) parish ON true
         WHERE a.level = 'housing_department' AND a.municipality_code = @municipality
         ORDER BY a.code
        """;

    /// <summary>The parish holding each projected point (null outside every parish). Params: x, y (float8[]).</summary>
    public const string ParishOfPoints = """
        SELECT (SELECT pa.code FROM areas pa WHERE pa.level = 'parish' AND ST_Intersects(pa.geom, ST_SetSRID(ST_MakePoint(t.x, t.y), 25832))
                 ORDER BY pa.code LIMIT 1)
          FROM unnest(@x::float8[], @y::float8[]) WITH ORDINALITY t(x, y, i)
         ORDER BY t.i
        """;

    public const string FacilitiesExist = "SELECT to_regclass('facilities') IS NOT NULL";

    /// <summary>
    /// Facilities as candidates: those flagged candidate_spot inside the municipality, plus any asked for by id (existing
    /// spots to fix). Polygons (green areas) stand at a point on their surface. Params: municipality, ids (int[]), all (bool).
    /// </summary>
    public const string FacilityCandidates = """
        SELECT f.id, f.name, ST_X(p.pt), ST_Y(p.pt), ST_X(q.ll), ST_Y(q.ll)
          FROM facilities f
          CROSS JOIN LATERAL (SELECT ST_PointOnSurface(f.geom) AS pt) p
          CROSS JOIN LATERAL (SELECT ST_Transform(p.pt, 4326) AS ll) q
         WHERE f.id = ANY(@ids)
            OR (@all AND f.candidate_spot AND EXISTS (SELECT 1 FROM areas m WHERE m.level = 'municipality' AND m.code = @municipality
                                                       AND ST_Intersects(m.geom, f.geom)))
         ORDER BY f.id
        """;
}
