using Kortlaegning.Api.Infrastructure.Data;
using Npgsql;

namespace Kortlaegning.Api.Grid;

/// <summary>One Census cell as read from the source file: EPSG:3035 lower-left corner in km, and its residents.</summary>
public readonly record struct GridCellRow(int EKm, int NKm, int Population);

/// <summary>Residents allocated to one area, and its area in km², for the grid indicators.</summary>
public sealed record AreaPopulation(string Code, double Population, double AreaKm2);

/// <summary>
/// The 1 km grid's SQL: cells from EPSG:3035 corners, and their allocation to areas by overlap. Its methods run inside
/// the caller's transaction, so the grid, its allocation and the values derived from it change together.
/// </summary>
public sealed class GridStore
{
    private const string CreateStaging = "CREATE TEMP TABLE staging_cells (e_km int, n_km int, population int) ON COMMIT DROP";

    private const string CopyStaging = "COPY staging_cells (e_km, n_km, population) FROM STDIN (FORMAT BINARY)";

    /// <summary>Staging (e_km, n_km, population) → cells; the 1 km square in EPSG:3035 is projected to 25832.</summary>
    private const string InsertCells = """
        TRUNCATE grid_cells CASCADE;
        INSERT INTO grid_cells (e_km, n_km, population, geom)
        SELECT e_km, n_km, population,
               ST_Transform(ST_MakeEnvelope(e_km * 1000, n_km * 1000, e_km * 1000 + 1000, n_km * 1000 + 1000, 3035), 25832)
          FROM staging_cells;
        ANALYZE grid_cells;
        """;

    /// <summary>
    /// Allocates every cell to the areas of one level: share = overlap / the cell's total overlap with that level,
    /// so a coastal cell half in the sea still counts in full; a cell touching no area (an islet the 1:500 000
    /// boundaries leave out) goes whole to the nearest area. Areas are subdivided first so each overlay is small.
    /// Param: level.
    /// </summary>
    private const string Allocate = """
        DELETE FROM grid_cell_areas g USING areas a WHERE g.area_id = a.id AND a.level = @level;
        CREATE TEMP TABLE alloc_parts ON COMMIT DROP AS
          SELECT id AS area_id, ST_Subdivide(geom, 96) AS g FROM areas WHERE level = @level;
        CREATE INDEX ON alloc_parts USING gist (g);
        ANALYZE alloc_parts;
        CREATE TEMP TABLE alloc_overlap ON COMMIT DROP AS
          SELECT c.id AS cell_id, p.area_id,
                 sum(CASE WHEN ST_CoveredBy(c.geom, p.g) THEN ST_Area(c.geom) ELSE ST_Area(ST_Intersection(c.geom, p.g)) END) AS overlap
            FROM grid_cells c JOIN alloc_parts p ON ST_Intersects(c.geom, p.g)
           GROUP BY c.id, p.area_id;
        INSERT INTO grid_cell_areas (cell_id, area_id, share)
          SELECT cell_id, area_id, overlap / sum(overlap) OVER (PARTITION BY cell_id)
            FROM alloc_overlap WHERE overlap > 0;
        INSERT INTO grid_cell_areas (cell_id, area_id, share)
          SELECT c.id, nearest.id, 1.0
            FROM grid_cells c
            CROSS JOIN LATERAL (SELECT a.id FROM areas a WHERE a.level = @level ORDER BY a.geom <-> c.geom LIMIT 1) nearest
           WHERE NOT EXISTS (SELECT 1 FROM alloc_overlap o WHERE o.cell_id = c.id AND o.overlap > 0);
        DROP TABLE alloc_parts, alloc_overlap;
        """;

    /// <summary>
    /// Municipal shares from the parish allocation and the parish→municipality overlap fractions, instead of a
    /// second overlay: share(cell, m) = Σ_p share(cell, p) · overlap(p, m) / Σ_m' overlap(p, m'). Exact for the
    /// ~2,100 parishes inside one municipality; for the ~30 that straddle a border it assumes the parish's
    /// residents spread evenly over its area. Run after the parish allocation.
    /// </summary>
    private const string AllocateMunicipalitiesFromParishes = """
        DELETE FROM grid_cell_areas g USING areas a WHERE g.area_id = a.id AND a.level = 'municipality';
        INSERT INTO grid_cell_areas (cell_id, area_id, share)
        SELECT g.cell_id, ap.parent_id, sum(g.share * ap.overlap_fraction / t.total)
          FROM grid_cell_areas g
          JOIN areas p ON p.id = g.area_id AND p.level = 'parish'
          JOIN area_parents ap ON ap.child_id = p.id AND ap.parent_level = 'municipality'
          JOIN (SELECT child_id, sum(overlap_fraction) AS total FROM area_parents WHERE parent_level = 'municipality' GROUP BY child_id) t
            ON t.child_id = p.id
         GROUP BY g.cell_id, ap.parent_id;
        """;

    /// <summary>Population per area of one level from the allocation. Param: level.</summary>
    private const string PopulationByArea = """
        SELECT a.code, sum(c.population * g.share) AS population, a.area_km2
          FROM grid_cell_areas g JOIN grid_cells c ON c.id = g.cell_id JOIN areas a ON a.id = g.area_id
         WHERE a.level = @level
         GROUP BY a.code, a.area_km2
        """;

    private const string CountryKm2 = "SELECT area_km2 FROM areas WHERE level = 'country' AND code = 'DK'";

    /// <summary>Replaces every cell (and so every allocation) with <paramref name="cells"/>.</summary>
    public async Task ReplaceCellsAsync(NpgsqlConnection conn, NpgsqlTransaction tx, IReadOnlyList<GridCellRow> cells, CancellationToken ct)
    {
        await ExecuteAsync(conn, tx, CreateStaging, ct);
        await using (var copy = await conn.BeginBinaryImportAsync(CopyStaging, ct))
        {
            foreach (var c in cells) await copy.WriteRowAsync(ct, c.EKm, c.NKm, c.Population);
            await copy.CompleteAsync(ct);
        }
        await ExecuteAsync(conn, tx, InsertCells, ct);
    }

    /// <summary>
    /// Allocates the cells to the areas of a level and returns each area's residents. Municipalities are derived from
    /// the parish allocation, so allocate parishes first.
    /// </summary>
    public async Task<IReadOnlyList<AreaPopulation>> AllocateAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string level, CancellationToken ct)
    {
        await using (var allocate = new NpgsqlCommand(level == "municipality" ? AllocateMunicipalitiesFromParishes : Allocate, conn, tx))
        {
            allocate.Parameters.AddWithValue("level", level);
            await allocate.ExecuteNonQueryAsync(ct);
        }
        await using var cmd = new NpgsqlCommand(PopulationByArea, conn, tx);
        cmd.Parameters.AddWithValue("level", level);
        var rows = new List<AreaPopulation>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) rows.Add(new AreaPopulation(r.Get<string>("code"), r.Get<double>("population"), r.Get<double>("area_km2")));
        return rows;
    }

    /// <summary>Denmark's area in km², or null before the regions are loaded.</summary>
    public async Task<double?> CountryAreaKm2Async(NpgsqlConnection conn, NpgsqlTransaction tx, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(CountryKm2, conn, tx);
        return await cmd.ExecuteScalarAsync(ct) as double?;
    }

    private static async Task ExecuteAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, conn, tx);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
