namespace Kortlaegning.Api.Access;

/// <summary>SQL behind the access measures: population points from the 1 km grid, and supply points from facilities.</summary>
internal static class AccessQueries
{
    /// <summary>The areas of a level, in code order (the area index of the computation). Param: level.</summary>
    public const string Areas = "SELECT code, name, municipality_code FROM areas WHERE level = @level ORDER BY code";

    /// <summary>
    /// Residents as points: each inhabited cell's centre (EPSG:25832) with its population times its share in an area, so a
    /// cell shared by two parishes gives two points. Param: level.
    /// </summary>
    public const string Points = """
        SELECT a.code, ST_X(ST_Centroid(c.geom)), ST_Y(ST_Centroid(c.geom)), c.population * g.share
          FROM grid_cell_areas g JOIN grid_cells c ON c.id = g.cell_id JOIN areas a ON a.id = g.area_id
         WHERE a.level = @level AND c.population > 0 AND g.share > 0
        """;

    /// <summary>
    /// Changes whenever a dataset (the grid among them) is reloaded or the level's areas change: the cache key of the
    /// points. Reads two small tables only (counting grid_cell_areas cost 30 ms). Param: level.
    /// </summary>
    public const string PointsVersion = """
        SELECT COALESCE((SELECT max(loaded_at) FROM dataset_loads)::text, '-') || '|' ||
               (SELECT count(*)::text || '-' || COALESCE(max(updated_at)::text, '-') FROM areas WHERE level = @level)
        """;

    /// <summary>
    /// Facilities of one type as supply points: points as they are, polygons (green areas) by a point on their surface.
    /// Capacity null when not given. Param: type.
    /// </summary>
    public const string Supply = """
        SELECT ST_X(p), ST_Y(p), capacity
          FROM (SELECT CASE WHEN GeometryType(geom) = 'POINT' THEN geom ELSE ST_PointOnSurface(geom) END AS p, capacity
                  FROM facilities WHERE type = @type) s
        """;

    /// <summary>Serialises refreshes of one type's stored values (held to the end of the transaction). Param: key.</summary>
    public const string Lock = "SELECT pg_advisory_xact_lock(hashtext(@key))";
}
