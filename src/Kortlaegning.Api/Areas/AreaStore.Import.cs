using Kortlaegning.Api.Accounts;
using Kortlaegning.Api.Infrastructure.Data;
using Kortlaegning.Domain.Boundaries;
using Npgsql;
using NpgsqlTypes;

namespace Kortlaegning.Api.Areas;

/// <summary>Inserted and updated areas, and parent links written, by one import.</summary>
public sealed record AreaWriteResult(int Inserted, int Updated, int ParentLinks);

/// <summary>
/// The import's writes: prepared areas are copied into a staging table, projected to EPSG:25832 and upserted by
/// (level, code), then the parent links around the level are rebuilt, all in one transaction: on any error nothing changes.
/// </summary>
public sealed partial class AreaStore
{
    private const string CreateStaging = "CREATE TEMP TABLE staging_areas (code text, name text, geom geometry) ON COMMIT DROP";

    private const string CopyStaging = "COPY staging_areas (code, name, geom) FROM STDIN (FORMAT BINARY)";

    /// <summary>
    /// A valid (multi)polygon in 25832 as a MultiPolygon without slivers: polygons and holes under one square metre are
    /// dropped. DAGI carries a few (parishes 7483 Stege and 7698 Åstrup: a ring of four identical points), which collapse
    /// to a point at GeoJSON's 6 decimals and which GDAL and QGIS then report as invalid. Dropping a hole or a whole
    /// polygon of a valid geometry keeps it valid. Also used by the migration that cleans rows imported before.
    /// </summary>
    internal static string CleanPolygons(string valid) => $"""
        (SELECT ST_Multi(ST_Collect(ST_MakePolygon(ST_ExteriorRing(p.geom),
                    ARRAY(SELECT ST_ExteriorRing(h.geom) FROM ST_DumpRings(p.geom) h WHERE h.path[1] > 0 AND ST_Area(h.geom) >= 1))))
           FROM ST_Dump({valid}) p
          WHERE ST_Area(ST_MakePolygon(ST_ExteriorRing(p.geom))) >= 1)
        """;

    /// <summary>Returns inserted = (xmax = 0) per row: true for a new area, false for an updated one.</summary>
    private static readonly string Upsert = $$"""
        INSERT INTO areas (level, code, name, geom, area_km2, source, source_year, updated_at)
        SELECT @level, code, name, g, ST_Area(g) / 1e6, @source, @year, now()
          FROM (SELECT code, name, {{CleanPolygons("ST_CollectionExtract(ST_MakeValid(ST_Transform(geom, 25832)), 3)")}} AS g
                  FROM staging_areas) s
        ON CONFLICT (level, code) DO UPDATE
           SET name = excluded.name, geom = excluded.geom, area_km2 = excluded.area_km2,
               source = excluded.source, source_year = excluded.source_year, updated_at = excluded.updated_at
        RETURNING (xmax = 0) AS inserted;
        """;

    // Fresh rows have no planner statistics; without them the overlap join of the parent links may skip the GiST index.
    private const string Analyze = "ANALYZE areas";

    /// <summary>Denmark as one area, the union of the regions: the national comparator for profiles.</summary>
    private const string Country = """
        INSERT INTO areas (level, code, name, geom, area_km2, source, source_year, updated_at)
        SELECT 'country', 'DK', 'Danmark', ST_Multi(ST_CollectionExtract(ST_Union(geom), 3)), sum(area_km2), min(source), min(source_year), now()
          FROM areas WHERE level = 'region'
        ON CONFLICT (level, code) DO UPDATE
           SET geom = excluded.geom, area_km2 = excluded.area_km2, source = excluded.source, updated_at = excluded.updated_at;
        """;

    /// <summary>
    /// Parent links from overlap: a parish belongs to the municipality that holds the largest share of its area (DAGI
    /// 2014's generalised lines make ~30 parishes straddle a border by ≥ 1 %, so the fraction is kept, not just the
    /// winner). Links under 1 % are dropped as generalisation noise. Params: child, parent (level names). The parents drive
    /// the loop (LATERAL): each large parent outline is detoasted once and PostGIS's prepared-geometry cache serves all its
    /// children, which halves the links of 2,000 small departments against the other way round.
    /// </summary>
    private const string RebuildLinks = """
        DELETE FROM area_parents ap USING areas c
         WHERE ap.child_id = c.id AND c.level = @child AND ap.parent_level = @parent;
        INSERT INTO area_parents (child_id, parent_id, parent_level, overlap_fraction, is_primary)
        SELECT child_id, parent_id, @parent, frac, rn = 1
          FROM (SELECT child_id, parent_id, frac,
                       row_number() OVER (PARTITION BY child_id ORDER BY frac DESC, parent_id) AS rn
                  FROM (SELECT c.id AS child_id, p.id AS parent_id,
                               CASE WHEN ST_CoveredBy(c.geom, p.geom) THEN 1.0
                                    ELSE ST_Area(ST_Intersection(c.geom, p.geom)) / NULLIF(ST_Area(c.geom), 0) END AS frac
                          FROM areas p
                          CROSS JOIN LATERAL (SELECT id, geom FROM areas c WHERE c.level = @child AND ST_Intersects(c.geom, p.geom)) c
                         WHERE p.level = @parent) overlap) ranked
         WHERE frac >= 0.01 OR rn = 1;
        """;

    /// <summary>
    /// The denormalised primary municipality of every area of an official level. Param: child (level name). Own levels
    /// keep the owner their write decided (<see cref="WriteOwnAsync"/>): relinking after a new municipality file must
    /// not hand a department to another municipality.
    /// </summary>
    private const string SetMunicipality = """
        UPDATE areas c
           SET municipality_code = CASE WHEN c.level = 'municipality' THEN c.code ELSE
               (SELECT p.code FROM area_parents ap JOIN areas p ON p.id = ap.parent_id
                 WHERE ap.child_id = c.id AND ap.parent_level = 'municipality' AND ap.is_primary) END
         WHERE c.level = @child AND c.level NOT IN ('housing_department', 'local_community', 'custom');
        """;

    /// <summary>Upserts the areas of one level and rebuilds the parent links around it, in one transaction.</summary>
    public async Task<AreaWriteResult> WriteAsync(AreaLevel level, IReadOnlyList<PreparedArea> areas, string source, int? sourceYear, CancellationToken ct)
    {
        // Official boundaries are national reference data; own levels are written by WriteOwnAsync, owned by a municipality.
        if (!level.IsOwn()) user.Require(Permission.EditReference, null);
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        await ExecuteAsync(conn, tx, CreateStaging, ct);
        await using (var copy = await conn.BeginBinaryImportAsync(CopyStaging, ct))
        {
            foreach (var area in areas)
            {
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(area.Code, NpgsqlDbType.Text, ct);
                await copy.WriteAsync(area.Name, NpgsqlDbType.Text, ct);
                await copy.WriteAsync(area.Geometry, NpgsqlDbType.Geometry, ct);
            }
            await copy.CompleteAsync(ct);
        }
        int inserted = 0, updated = 0;
        await using (var upsert = new NpgsqlCommand(Upsert, conn, tx))
        {
            upsert.Parameters.AddWithValue("level", level.Name());
            upsert.Parameters.AddWithValue("source", source);
            upsert.Parameters.AddWithValue("year", NpgsqlDbType.Integer, (object?)sourceYear ?? DBNull.Value);
            await using var reader = await upsert.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                if (reader.Get<bool>("inserted")) inserted++; else updated++;
            }
        }
        await ExecuteAsync(conn, tx, Analyze, ct);
        if (level == AreaLevel.Region) await ExecuteAsync(conn, tx, Country, ct);
        int links = await RebuildLinksAroundAsync(conn, tx, level, ct);
        await tx.CommitAsync(ct);
        return new AreaWriteResult(inserted, updated, links);
    }

    /// <summary>Recomputes links from <paramref name="level"/> up, and from every level whose parent it is. Returns links written.</summary>
    private static async Task<int> RebuildLinksAroundAsync(NpgsqlConnection conn, NpgsqlTransaction tx, AreaLevel level, CancellationToken ct)
    {
        int links = 0;
        var pairs = AreaHierarchy.LinksAround(level);
        foreach (var (child, parent) in pairs)
        {
            await using var cmd = new NpgsqlCommand(RebuildLinks, conn, tx);
            cmd.Parameters.AddWithValue("child", child.Name());
            cmd.Parameters.AddWithValue("parent", parent.Name());
            links += await cmd.ExecuteNonQueryAsync(ct);
        }
        // Every relinked level takes its primary municipality parent; a municipality is its own municipality.
        var relinked = pairs.Select(p => p.Child).Distinct().ToList();
        if (level == AreaLevel.Municipality && !relinked.Contains(level)) relinked.Add(level);
        foreach (var child in relinked)
        {
            await using var cmd = new NpgsqlCommand(SetMunicipality, conn, tx);
            cmd.Parameters.AddWithValue("child", child.Name());
            await cmd.ExecuteNonQueryAsync(ct);
        }
        return links;
    }

    private static async Task ExecuteAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, conn, tx);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
