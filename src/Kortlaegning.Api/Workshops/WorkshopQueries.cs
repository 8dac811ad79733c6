namespace Kortlaegning.Api.Workshops;

/// <summary>
/// The workshop SQL, in one place. All parameterised. Geometry lives in EPSG:25832 and leaves as RFC 7946 GeoJSON
/// in EPSG:4326 with 6 decimals (~0.1 m). Queries that build a feature need the annotation as <c>a</c> and its
/// workshop as <c>w</c>.
/// </summary>
internal static class WorkshopQueries
{
    /// <summary>An annotation as a GeoJSON Feature; <c>areas</c> are the codes of the workshop's area level it touches.</summary>
    private const string Feature = """
        json_build_object('type', 'Feature', 'id', a.id,
          'geometry', ST_AsGeoJSON(ST_Transform(a.geom, 4326), 6)::json,
          'properties', json_build_object(
             'id', a.id, 'category', a.category, 'text', a.text, 'status', a.status,
             'votes', (SELECT count(*) FROM workshop_votes v WHERE v.annotation_id = a.id),
             'nickname', (SELECT p.nickname FROM workshop_participants p WHERE p.id = a.participant_id),
             'areas', (SELECT COALESCE(json_agg(ar.code ORDER BY ar.code), '[]'::json) FROM areas ar
                        WHERE ar.level = w.area_level AND ar.geom && a.geom AND ST_Intersects(ar.geom, a.geom)),
             'blurred', a.blurred, 'mergedInto', a.merged_into_id,
             'mine', a.participant_id IS NOT DISTINCT FROM @pid::bigint AND @pid::bigint IS NOT NULL,
             'createdAt', a.created_at, 'updatedAt', a.updated_at))
        """;

    /// <summary>Union of focus areas, buffered. Params: level, codes. One row; null geometry when no code matched.</summary>
    public const string FocusExtent = """
        SELECT ST_AsEWKB(ST_Multi(ST_Union(a.geom))), array_agg(a.code ORDER BY a.code)
          FROM areas a WHERE a.level = @level AND a.code = ANY(@codes)
        """;

    /// <summary>A drawn focus polygon. Params: geojson. valid, reason, vertices, ewkb (25832).</summary>
    public const string DrawnExtent = """
        WITH g AS (SELECT ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(@geojson), 4326), 25832) AS geom)
        SELECT ST_IsValid(geom), CASE WHEN ST_IsValid(geom) THEN NULL ELSE ST_IsValidReason(geom) END, ST_NPoints(geom), ST_AsEWKB(ST_Multi(geom)) FROM g
        """;

    public const string MunicipalityExists = "SELECT EXISTS (SELECT 1 FROM areas WHERE level = 'municipality' AND code = @code)";

    /// <summary>Params: id, title, municipality, date, status, code, keyhash, level, focus, extent (ewkb), buffer, votes.</summary>
    public const string InsertWorkshop = """
        INSERT INTO workshops (id, title, municipality_code, workshop_date, status, locked, join_code, facilitator_key_hash,
                               area_level, focus_codes, extent, bounds, vote_limit, created_at, updated_at)
        SELECT @id, @title, @municipality, @date, @status, false, @code, @keyhash, @level, @focus, e.g,
               ST_Multi(ST_Buffer(e.g, @buffer)), @votes, now(), now()
          FROM (SELECT ST_GeomFromEWKB(@extent) AS g) e
        """;

    public const string InsertCategory = """
        INSERT INTO workshop_categories (workshop_id, key, label, blur_metres, sort_order) VALUES (@id, @key, @label, @blur, @sort)
        ON CONFLICT (workshop_id, key) DO UPDATE SET label = excluded.label, blur_metres = excluded.blur_metres, sort_order = excluded.sort_order
        """;

    public const string DeleteUnusedCategories = """
        DELETE FROM workshop_categories k WHERE k.workshop_id = @id AND NOT (k.key = ANY(@keep))
        """;

    public const string CategoriesInUse = """
        SELECT DISTINCT category FROM workshop_annotations WHERE workshop_id = @id AND NOT (category = ANY(@keep)) ORDER BY 1
        """;

    /// <summary>Public description of a workshop. Params: id.</summary>
    public const string Details = """
        SELECT w.title, w.municipality_code, w.workshop_date, w.status, w.locked, w.join_code, w.area_level, w.focus_codes, w.vote_limit,
               ST_AsGeoJSON(ST_Transform(w.extent, 4326), 6),
               (SELECT COALESCE(json_agg(json_build_object('key', k.key, 'label', k.label, 'blurMetres', k.blur_metres) ORDER BY k.sort_order), '[]'::json)::text
                  FROM workshop_categories k WHERE k.workshop_id = w.id),
               (SELECT COALESCE(json_agg(json_build_object('code', ar.code, 'name', ar.name, 'focus', ar.code = ANY(w.focus_codes)) ORDER BY ar.code), '[]'::json)::text
                  FROM areas ar WHERE ar.level = w.area_level AND ar.geom && w.bounds AND ST_Intersects(ar.geom, w.bounds)),
               ST_XMin(b), ST_YMin(b), ST_XMax(b), ST_YMax(b)
          FROM workshops w, LATERAL (SELECT ST_Transform(w.bounds, 4326) AS b) bb
         WHERE w.id = @id
        """;

    public const string FacilitatorKeyHash = "SELECT facilitator_key_hash FROM workshops WHERE id = @id";

    /// <summary>Who holds a participant token. Params: hash.</summary>
    public const string Participant = "SELECT p.id, p.workshop_id FROM workshop_participants p WHERE p.token_hash = @hash";

    public const string WorkshopState = "SELECT status, locked, vote_limit FROM workshops WHERE id = @id";

    public const string WorkshopByCode = "SELECT id, status, locked, title FROM workshops WHERE join_code = @code";

    public const string InsertParticipant = """
        INSERT INTO workshop_participants (workshop_id, token_hash, nickname, joined_at) VALUES (@id, @hash, @nickname, now()) RETURNING id
        """;

    public const string UpdateWorkshop = """
        UPDATE workshops SET title = COALESCE(@title, title), workshop_date = COALESCE(@date, workshop_date),
               status = COALESCE(@status, status), locked = COALESCE(@locked, locked),
               vote_limit = COALESCE(@votes, vote_limit), updated_at = now()
         WHERE id = @id
        """;

    /// <summary>
    /// Checks a drawn item against the workshop. Params: id, geojson, category. One row: category known, blur metres,
    /// valid, reason, vertices, inside bounds, ewkb (25832, blurred to a grid point when the category asks for it).
    /// ST_Covers runs only on valid geometry (GEOS may throw on invalid input).
    /// </summary>
    public const string CheckGeometry = """
        WITH g AS (SELECT ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(@geojson), 4326), 25832) AS geom)
        SELECT k.key IS NOT NULL, COALESCE(k.blur_metres, 0), ST_IsValid(g.geom),
               CASE WHEN ST_IsValid(g.geom) THEN NULL ELSE ST_IsValidReason(g.geom) END,
               ST_NPoints(g.geom),
               CASE WHEN ST_IsValid(g.geom) THEN ST_Covers(w.bounds, g.geom) ELSE false END,
               ST_AsEWKB(CASE WHEN COALESCE(k.blur_metres, 0) > 0 AND ST_IsValid(g.geom)
                              THEN ST_SnapToGrid(ST_PointOnSurface(g.geom), k.blur_metres) ELSE g.geom END)
          FROM g CROSS JOIN workshops w
          LEFT JOIN workshop_categories k ON k.workshop_id = w.id AND k.key = @category
         WHERE w.id = @id
        """;

    public const string CategoryBlur = "SELECT blur_metres FROM workshop_categories WHERE workshop_id = @id AND key = @category";

    /// <summary>
    /// Checks and inserts a participant's item in one round trip (the write path of the load test). Params: id, pid,
    /// category, text, geojson, maxv. One row: category known, blur metres, valid, reason, vertices, inside, and the new
    /// id and feature (null when a check failed). A blurring category stores a point on its grid.
    /// </summary>
    public const string AddAnnotation = $"""
        WITH g AS (SELECT ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(@geojson), 4326), 25832) AS geom),
        c AS (
          SELECT g.geom, k.key IS NOT NULL AS known, COALESCE(k.blur_metres, 0) AS blur, ST_IsValid(g.geom) AS valid, ST_NPoints(g.geom) AS n
            FROM g CROSS JOIN workshops w
            LEFT JOIN workshop_categories k ON k.workshop_id = w.id AND k.key = @category
           WHERE w.id = @id),
        d AS (
          SELECT c.*, CASE WHEN c.valid THEN ST_Covers(w.bounds, c.geom) ELSE false END AS inside
            FROM c CROSS JOIN workshops w WHERE w.id = @id),
        a AS (
          INSERT INTO workshop_annotations (workshop_id, participant_id, category, text, geom, status, blurred, created_at, updated_at)
          SELECT @id, @pid, @category, @text,
                 CASE WHEN d.blur > 0 THEN ST_SnapToGrid(ST_PointOnSurface(d.geom), d.blur) ELSE d.geom END,
                 'published', d.blur > 0, now(), now()
            FROM d WHERE d.known AND d.valid AND d.n <= @maxv AND d.inside
          RETURNING *)
        SELECT d.known, d.blur, d.valid, CASE WHEN d.valid THEN NULL ELSE ST_IsValidReason(d.geom) END, d.n, d.inside,
               (SELECT a.id FROM a), (SELECT {Feature}::text FROM a JOIN workshops w ON w.id = a.workshop_id)
          FROM d
        """;

    /// <summary>One feature. Params: id, aid, pid (nullable).</summary>
    public const string One = $"""
        SELECT a.status, a.participant_id, {Feature}::text FROM workshop_annotations a JOIN workshops w ON w.id = a.workshop_id
         WHERE a.workshop_id = @id AND a.id = @aid
        """;

    /// <summary>The features of a workshop. Params: id, pid (nullable), all (include hidden / under review).</summary>
    public const string Collection = $"""
        SELECT COALESCE(json_agg({Feature} ORDER BY a.id), '[]'::json)::text
          FROM workshop_annotations a JOIN workshops w ON w.id = a.workshop_id
         WHERE a.workshop_id = @id AND (@all OR a.status = 'published')
        """;

    /// <summary>
    /// Edit of an item: by its author (pid) or a facilitator (pid null, status allowed). Params: id, aid, pid?, text?,
    /// category?, status?, geom? (ewkb), blur (metres of the item's category after the edit). A blurring category stores
    /// a point on its grid; snapping an already snapped point changes nothing.
    /// </summary>
    public const string Update = """
        UPDATE workshop_annotations
           SET text = COALESCE(@text, text), category = COALESCE(@category, category), status = COALESCE(@status, status),
               geom = CASE WHEN @blur > 0 THEN ST_SnapToGrid(ST_PointOnSurface(COALESCE(ST_GeomFromEWKB(@geom), geom)), @blur)
                           ELSE COALESCE(ST_GeomFromEWKB(@geom), geom) END,
               blurred = CASE WHEN @blur > 0 THEN true WHEN @geom::bytea IS NULL THEN blurred ELSE false END,
               updated_at = now()
         WHERE workshop_id = @id AND id = @aid AND (@pid::bigint IS NULL OR participant_id = @pid)
        """;

    public const string DeleteOwn = "DELETE FROM workshop_annotations WHERE workshop_id = @id AND id = @aid AND participant_id = @pid";

    /// <summary>Author and category of an item. Params: id, aid.</summary>
    public const string Owner = "SELECT participant_id, category FROM workshop_annotations WHERE workshop_id = @id AND id = @aid";

    /// <summary>
    /// Merge a duplicate into a target: the duplicate is hidden and points at the target; its dots move to the target
    /// unless the same participant already put one there (then the dot returns to them). Params: id, aid, into.
    /// </summary>
    public const string Merge = """
        WITH moved AS (
          UPDATE workshop_votes v SET annotation_id = @into
           WHERE v.annotation_id = @aid
             AND NOT EXISTS (SELECT 1 FROM workshop_votes t WHERE t.annotation_id = @into AND t.participant_id = v.participant_id)
          RETURNING 1),
        dropped AS (DELETE FROM workshop_votes v WHERE v.annotation_id = @aid
                       AND EXISTS (SELECT 1 FROM workshop_votes t WHERE t.annotation_id = @into AND t.participant_id = v.participant_id) RETURNING 1)
        UPDATE workshop_annotations SET status = 'hidden', merged_into_id = @into, updated_at = now()
         WHERE workshop_id = @id AND id = @aid
        """;

    /// <summary>Locks the participant row so two parallel votes cannot both take the last dot. Params: pid.</summary>
    public const string LockParticipant = "SELECT id FROM workshop_participants WHERE id = @pid FOR UPDATE";

    public const string VotesUsed = "SELECT count(*) FROM workshop_votes WHERE participant_id = @pid";

    public const string PublishedAnnotationExists = """
        SELECT EXISTS (SELECT 1 FROM workshop_annotations WHERE workshop_id = @id AND id = @aid AND status = 'published')
        """;

    public const string AreaInWorkshop = """
        SELECT EXISTS (SELECT 1 FROM areas ar JOIN workshops w ON w.id = @id
                        WHERE ar.level = w.area_level AND ar.code = @code AND ST_Intersects(ar.geom, w.bounds))
        """;

    /// <summary>Params: id, pid, aid?, area?. Returns the vote id, or nothing when this participant already voted there.</summary>
    public const string InsertVote = """
        INSERT INTO workshop_votes (workshop_id, participant_id, annotation_id, area_code, created_at)
        VALUES (@id, @pid, @aid, @area, now()) ON CONFLICT DO NOTHING RETURNING id
        """;

    public const string DeleteVote = """
        DELETE FROM workshop_votes WHERE workshop_id = @id AND id = @vid AND participant_id = @pid RETURNING annotation_id, area_code
        """;

    public const string MyVotes = """
        SELECT id, annotation_id, area_code FROM workshop_votes WHERE participant_id = @pid ORDER BY id
        """;

    public const string AnnotationVotes = "SELECT count(*) FROM workshop_votes WHERE annotation_id = @aid";

    public const string AreaVotes = "SELECT count(*) FROM workshop_votes WHERE workshop_id = @id AND area_code = @area";

    /// <summary>
    /// Published items per area (workshop area level) and category. An item touching two areas counts in both.
    /// Params: id. Rows: area code, area name, category, count.
    /// </summary>
    public const string CountsByAreaAndCategory = """
        SELECT ar.code, ar.name, a.category, count(*)
          FROM workshop_annotations a JOIN workshops w ON w.id = a.workshop_id
          JOIN areas ar ON ar.level = w.area_level AND ar.geom && a.geom AND ST_Intersects(ar.geom, a.geom)
         WHERE a.workshop_id = @id AND a.status = 'published'
         GROUP BY 1, 2, 3 ORDER BY 1, 3
        """;

    public const string CountsByCategory = """
        SELECT k.key, k.label, count(a.id)
          FROM workshop_categories k LEFT JOIN workshop_annotations a ON a.workshop_id = k.workshop_id AND a.category = k.key AND a.status = 'published'
         WHERE k.workshop_id = @id GROUP BY k.key, k.label, k.sort_order ORDER BY k.sort_order
        """;

    public const string AreaVoteCounts = """
        SELECT area_code, count(*) FROM workshop_votes WHERE workshop_id = @id AND area_code IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1
        """;

    /// <summary>Rows for CSV and summaries. Params: id, all. lon/lat are of a point on the item (the point itself for points).</summary>
    public const string Rows = """
        SELECT a.id, a.category, k.label, a.text, a.status, ST_GeometryType(a.geom),
               (SELECT count(*) FROM workshop_votes v WHERE v.annotation_id = a.id) AS votes,
               ST_X(p), ST_Y(p),
               (SELECT COALESCE(string_agg(ar.code, ',' ORDER BY ar.code), '') FROM areas ar
                 WHERE ar.level = w.area_level AND ar.geom && a.geom AND ST_Intersects(ar.geom, a.geom)),
               a.blurred, a.merged_into_id, a.created_at
          FROM workshop_annotations a JOIN workshops w ON w.id = a.workshop_id
          JOIN workshop_categories k ON k.workshop_id = a.workshop_id AND k.key = a.category
          CROSS JOIN LATERAL (SELECT ST_Transform(ST_PointOnSurface(a.geom), 4326) AS p) pp
         WHERE a.workshop_id = @id AND (@all OR a.status = 'published')
         ORDER BY a.id
        """;


    /// <summary>Category, text and a point for an item (its own point, or a point on a line's or area's surface), EPSG:25832.</summary>
    public const string AnnotationForFacility = """
        SELECT a.category, a.text, ST_PointOnSurface(a.geom) FROM workshop_annotations a WHERE a.workshop_id = @id AND a.id = @aid
        """;

}
