namespace Kortlaegning.Api.Facilities;

/// <summary>
/// The facility SQL, in one place. All parameterised; a request bbox is transformed into the table's SRID (25832) so
/// the GiST index on geom is used; output is RFC 7946 GeoJSON in EPSG:4326 with 6 decimals (~0.1 m).
/// </summary>
internal static class FacilityQueries
{
    /// <summary>
    /// Features matching every given filter, ordered by id, from the stored <c>feature</c> text (kept by a trigger on every
    /// write; migration FacilityFeatureText: the Feature text with geometry from ST_AsGeoJSON and properties from row_to_json), so the query only filters; one row per feature,
    /// streamed to the response as it comes. Params: types (text[] or null), minx..maxy (lon/lat or null),
    /// area_id, municipality_id (int or null), text (ILIKE pattern or null), limit, offset.
    /// </summary>
    public const string Collection = """
        SELECT f.feature FROM facilities f
                 WHERE (@types::text[] IS NULL OR f.type = ANY(@types))
                   AND (@minx::float8 IS NULL OR f.geom && ST_Transform(ST_MakeEnvelope(@minx, @miny, @maxx, @maxy, 4326), 25832))
                   AND (@area_id::int IS NULL OR EXISTS (SELECT 1 FROM areas a WHERE a.id = @area_id AND ST_Intersects(a.geom, f.geom)))
                   AND (@municipality_id::int IS NULL OR EXISTS (SELECT 1 FROM areas m WHERE m.id = @municipality_id AND ST_Intersects(m.geom, f.geom)))
                   AND (@text::text IS NULL OR f.name ILIKE @text OR f.address ILIKE @text OR f.organisation ILIKE @text
                        OR f.notes ILIKE @text OR array_to_string(f.tags, ' ') ILIKE @text)
         ORDER BY f.id
         LIMIT @limit OFFSET @offset
        """;

    /// <summary>One feature and its version. Param: id.</summary>
    public const string One = "SELECT f.feature, f.version FROM facilities f WHERE f.id = @id";

    public const string AreaId = "SELECT id FROM areas WHERE level = @level AND code = @code";

    /// <summary>SRIDs PostGIS does not know (so ST_Transform would fail). Param: srids int[].</summary>
    public const string UnknownSrids = "SELECT COALESCE(array_agg(s), ARRAY[]::int[]) FROM unnest(@srids) s WHERE NOT EXISTS (SELECT 1 FROM spatial_ref_sys r WHERE r.srid = s)";

    /// <summary>
    /// Each geometry projected to 25832, and whether it lies within Denmark's extent (lon/lat box). Params: geoms
    /// (geometry[] with their own SRIDs), minlon, minlat, maxlon, maxlat.
    /// </summary>
    public const string Project = """
        SELECT ST_Force2D(ST_Transform(g, 25832)),
               ST_CoveredBy(ST_Transform(g, 4326), ST_MakeEnvelope(@minlon, @minlat, @maxlon, @maxlat, 4326))
          FROM unnest(@geoms::geometry[]) WITH ORDINALITY AS u(g, i)
         ORDER BY i
        """;

    private const string Columns = "name, type, geom, address, organisation, capacity, setting, step_free, bookable, contact, opening_hours, notes, tags, source, last_verified, candidate_spot, illustrative";

    public const string Insert = $"""
        INSERT INTO facilities ({Columns}, created_at, updated_at, version)
        VALUES (@name, @type, @geom, @address, @organisation, @capacity, @setting, @step_free, @bookable, @contact, @opening_hours,
                @notes, @tags, @source, @last_verified, @candidate_spot, @illustrative, now(), now(), 1)
        RETURNING id, version
        """;

    public const string CopyIn = $"COPY facilities ({Columns}) FROM STDIN (FORMAT BINARY)";

    /// <summary>The current type and version, row-locked for the edit that follows. Param: id.</summary>
    public const string Lock = "SELECT type, version FROM facilities WHERE id = @id FOR UPDATE";

    public const string Update = """
        UPDATE facilities
           SET name = @name, type = @type, geom = @geom, address = @address, organisation = @organisation, capacity = @capacity,
               setting = @setting, step_free = @step_free, bookable = @bookable, contact = @contact, opening_hours = @opening_hours,
               notes = @notes, tags = @tags, source = @source, last_verified = @last_verified, candidate_spot = @candidate_spot,
               illustrative = @illustrative, updated_at = now(), version = version + 1
         WHERE id = @id
        RETURNING id, version
        """;

    public const string Delete = "DELETE FROM facilities WHERE id = @id";
}
