namespace Kortlaegning.Api.Areas;

/// <summary>
/// The area SQL, in one place (as pg_featureserv keeps its SQL). All parameterised; bounding boxes are transformed
/// into the table's SRID (25832) so the GiST index on geom is used; output is EPSG:4326 with 6 decimals (~0.1 m).
/// </summary>
internal static class AreaQueries
{
    private const string FeatureJson = """
        json_build_object(
          'type', 'Feature',
          'id', a.level || ':' || a.code,
          'geometry', ST_AsGeoJSON(ST_Transform(CASE WHEN @simplify > 0 THEN ST_Simplify(a.geom, @simplify, true) ELSE a.geom END, 4326), 6)::json,
          'properties', json_build_object('level', a.level, 'code', a.code, 'name', a.name,
                                          'municipalityCode', a.municipality_code, 'areaKm2', round(a.area_km2::numeric, 3),
                                          'source', a.source, 'sourceYear', a.source_year))
        """;

    /// <summary>Features array and the distinct dataset ids behind them. Params: level, municipality?, simplify, bbox (4 doubles or nulls).</summary>
    public const string Collection = $"""
        SELECT COALESCE(json_agg(f ORDER BY code), '[]'::json)::text, COALESCE(array_agg(DISTINCT source), ARRAY[]::text[])
          FROM (SELECT a.code, a.source, {FeatureJson} AS f
                  FROM areas a
                 WHERE a.level = @level
                   AND (@municipality::text IS NULL OR a.municipality_code = @municipality)
                   AND (@minx::float8 IS NULL OR a.geom && ST_Transform(ST_MakeEnvelope(@minx, @miny, @maxx, @maxy, 4326), 25832))) q
        """;

    /// <summary>One feature. Params: level, code, simplify.</summary>
    public const string One = $"""
        SELECT {FeatureJson}::text, a.id, a.source FROM areas a WHERE a.level = @level AND a.code = @code
        """;

    /// <summary>Parents of an area (largest overlap first). Params: id.</summary>
    public const string Parents = """
        SELECT p.level, p.code, p.name, ap.overlap_fraction, ap.is_primary
          FROM area_parents ap JOIN areas p ON p.id = ap.parent_id
         WHERE ap.child_id = @id
         ORDER BY p.level, ap.overlap_fraction DESC
        """;

    /// <summary>Areas of every level containing a point. Params: lon, lat.</summary>
    public const string At = """
        SELECT a.level, a.code, a.name, a.municipality_code
          FROM areas a
         WHERE ST_Intersects(a.geom, ST_Transform(ST_SetSRID(ST_MakePoint(@lon, @lat), 4326), 25832))
         ORDER BY array_position(ARRAY['country','region','municipality','parish','postcode','local_community','housing_department','custom'], a.level), a.code
        """;

    public const string LevelCounts = "SELECT level, count(*) FROM areas GROUP BY level";
}
