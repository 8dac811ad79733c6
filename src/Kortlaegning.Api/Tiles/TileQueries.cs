namespace Kortlaegning.Api.Tiles;

/// <summary>
/// The tile SQL, in one place. Every query is parameterised (@z, @x, @y, @tolerance, @layer, @level). The tile
/// envelope (EPSG:3857, with a 1/64 margin so outlines continue across tile edges) is transformed into the
/// table's SRID 25832 for the bounding-box filter, so the GiST index on geom is used; geometry is simplified in
/// 25832 by about one tile unit before it is projected, clipped and quantised by ST_AsMVTGeom (extent 4096, buffer 64).
/// </summary>
internal static class TileQueries
{
    public const int Extent = 4096;

    public const string Areas = """
        SELECT ST_AsMVT(t, @layer, 4096, 'geom')
          FROM (SELECT a.code, a.name, a.municipality_code AS "municipalityCode",
                       ST_AsMVTGeom(ST_Transform(ST_Simplify(a.geom, @tolerance, true), 3857),
                                    ST_TileEnvelope(@z, @x, @y), 4096, 64, true) AS geom
                  FROM areas a
                 WHERE a.level = @level
                   AND a.geom && ST_Transform(ST_TileEnvelope(@z, @x, @y, margin => 0.015625), 25832)) t
         WHERE t.geom IS NOT NULL
        """;

    /// <summary>Row count and last edit of one level: any insert, update or delete changes it.</summary>
    public const string AreasVersion = "SELECT count(*)::text || '-' || COALESCE(extract(epoch FROM max(updated_at))::text, '0') FROM areas WHERE level = @level";

    /// <summary>
    /// Facilities (table of the facilities feature): point geometry in 25832, id, type and name. The layer answers 404
    /// until that table exists.
    /// </summary>
    public const string Facilities = """
        SELECT ST_AsMVT(t, @layer, 4096, 'geom')
          FROM (SELECT f.id, f.type, f.name,
                       ST_AsMVTGeom(ST_Transform(f.geom, 3857), ST_TileEnvelope(@z, @x, @y), 4096, 64, true) AS geom
                  FROM facilities f
                 WHERE f.geom && ST_Transform(ST_TileEnvelope(@z, @x, @y, margin => 0.015625), 25832)) t
         WHERE t.geom IS NOT NULL
        """;

    public const string FacilitiesVersion = "SELECT count(*)::text || '-' || COALESCE(extract(epoch FROM max(updated_at))::text, '0') FROM facilities";

    /// <summary>Census 2021 1 km cells with their residents. Cells are squares in EPSG:3035, stored as polygons in 25832.</summary>
    public const string Grid = """
        SELECT ST_AsMVT(t, @layer, 4096, 'geom')
          FROM (SELECT c.id, c.population,
                       ST_AsMVTGeom(ST_Transform(c.geom, 3857), ST_TileEnvelope(@z, @x, @y), 4096, 64, true) AS geom
                  FROM grid_cells c
                 WHERE c.geom && ST_Transform(ST_TileEnvelope(@z, @x, @y, margin => 0.015625), 25832)) t
         WHERE t.geom IS NOT NULL
        """;

    /// <summary>The grid is replaced as a whole when reloaded; count and total residents identify a load.</summary>
    public const string GridVersion = "SELECT count(*)::text || '-' || COALESCE(sum(population), 0)::text FROM grid_cells";

    public const string TableExists = "SELECT to_regclass(@table) IS NOT NULL";

    /// <summary>
    /// Simplification tolerance in EPSG:25832 metres: four tile units at zoom z (a quarter of a screen pixel on a
    /// 256 px tile, so invisible even on a high-DPI screen), scaled from Web Mercator to ground at 56° N (cos 56° ≈ 0.56).
    /// Halves the z7 parish tile's build time against one unit; the 1:500 000 source lines gain nothing from more.
    /// </summary>
    public static double Tolerance(int z) => 4 * 40_075_016.686 / (1L << z) / Extent * 0.56;
}
