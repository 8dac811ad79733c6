using Kortlaegning.Api.Infrastructure.Data;
using Kortlaegning.Domain.Workshops;
using NetTopologySuite.Geometries;
using Npgsql;
using NpgsqlTypes;

namespace Kortlaegning.Api.Workshops;

/// <summary>
/// A drawn item as the database judged it. <see cref="Unreadable"/>: PostGIS could not parse the GeoJSON (then nothing
/// else is set). Else <see cref="Check"/> holds the verdict's inputs, <see cref="BlurMetres"/> the category's blurring,
/// <see cref="Ewkb"/> the geometry as it would be stored (a check), or <see cref="Id"/> and <see cref="Feature"/> of
/// the new item (an insert that passed every check).
/// </summary>
public sealed record DrawnItem(string? Unreadable, DrawnItemCheck? Check, int BlurMetres = 0, byte[]? Ewkb = null, long? Id = null, string? Feature = null)
{
    public static DrawnItem NotReadable(string message) => new(message, null);
}

/// <summary>An edit of an item: by its author (<see cref="Participant"/>) or by the facilitator (null, status allowed).</summary>
public sealed record ItemChange(Guid WorkshopId, long ItemId, long? Participant, string? Text, string? Category, string? Status, byte[]? Ewkb, int BlurMetres);

/// <summary>Author (null once the participant row is gone) and category of an item.</summary>
public sealed record ItemOwner(long? Participant, string Category);

/// <summary>An item's category, text and a point on it (EPSG:25832), for turning it into a facility.</summary>
public sealed record ItemPlace(string Category, string Text, Geometry Point);

public sealed partial class WorkshopStore
{
    /// <summary>
    /// An annotation as a GeoJSON Feature; needs the annotation as <c>a</c> and its workshop as <c>w</c>. <c>areas</c> are
    /// the codes of the workshop's area level it touches.
    /// </summary>
    private const string Feature = """
        json_build_object('type', 'Feature', 'id', a.id,
          'geometry', ST_AsGeoJSON(CASE WHEN GeometryType(a.geom) LIKE '%POLYGON' THEN ST_ForcePolygonCCW(ST_Transform(a.geom, 4326)) ELSE ST_Transform(a.geom, 4326) END, 6)::json,
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

    /// <summary>
    /// Checks a drawn item against the workshop: blurred to a grid point when the category asks for it. ST_Covers runs
    /// only on valid geometry (GEOS may throw on invalid input).
    /// </summary>
    private const string SelectGeometryCheck = """
        WITH g AS (SELECT ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(@geojson), 4326), 25832) AS geom)
        SELECT k.key IS NOT NULL AS known, COALESCE(k.blur_metres, 0) AS blur, ST_IsValid(g.geom) AS valid,
               CASE WHEN ST_IsValid(g.geom) THEN NULL ELSE ST_IsValidReason(g.geom) END AS reason,
               ST_NPoints(g.geom) AS vertices,
               CASE WHEN ST_IsValid(g.geom) THEN ST_Covers(w.bounds, g.geom) ELSE false END AS inside,
               ST_AsEWKB(CASE WHEN COALESCE(k.blur_metres, 0) > 0 AND ST_IsValid(g.geom)
                              THEN ST_SnapToGrid(ST_PointOnSurface(g.geom), k.blur_metres) ELSE g.geom END) AS ewkb
          FROM g CROSS JOIN workshops w
          LEFT JOIN workshop_categories k ON k.workshop_id = w.id AND k.key = @category
         WHERE w.id = @id
        """;

    private const string SelectCategoryBlur = "SELECT blur_metres FROM workshop_categories WHERE workshop_id = @id AND key = @category";

    /// <summary>
    /// Checks and inserts a participant's item in one round trip (the write path of the load test); id and feature are
    /// null when a check failed. A blurring category stores a point on its grid.
    /// </summary>
    private const string InsertItem = $"""
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
        SELECT d.known, d.blur, d.valid, CASE WHEN d.valid THEN NULL ELSE ST_IsValidReason(d.geom) END AS reason, d.n AS vertices, d.inside,
               (SELECT a.id FROM a) AS id, (SELECT {Feature}::text FROM a JOIN workshops w ON w.id = a.workshop_id) AS feature
          FROM d
        """;

    private const string SelectOne = $"""
        SELECT a.status, {Feature}::text AS feature FROM workshop_annotations a JOIN workshops w ON w.id = a.workshop_id
         WHERE a.workshop_id = @id AND a.id = @aid
        """;

    /// <summary>The features of a workshop; <c>all</c> includes hidden items and items under review.</summary>
    private const string SelectCollection = $"""
        SELECT COALESCE(json_agg({Feature} ORDER BY a.id), '[]'::json)::text AS features
          FROM workshop_annotations a JOIN workshops w ON w.id = a.workshop_id
         WHERE a.workshop_id = @id AND (@all OR a.status = 'published')
        """;

    /// <summary>
    /// Edit of an item; <c>blur</c> is the metres of the item's category after the edit. A blurring category stores a
    /// point on its grid; snapping an already snapped point changes nothing.
    /// </summary>
    private const string UpdateItem = """
        UPDATE workshop_annotations
           SET text = COALESCE(@text, text), category = COALESCE(@category, category), status = COALESCE(@status, status),
               geom = CASE WHEN @blur > 0 THEN ST_SnapToGrid(ST_PointOnSurface(COALESCE(ST_GeomFromEWKB(@geom), geom)), @blur)
                           ELSE COALESCE(ST_GeomFromEWKB(@geom), geom) END,
               blurred = CASE WHEN @blur > 0 THEN true WHEN @geom::bytea IS NULL THEN blurred ELSE false END,
               updated_at = now()
         WHERE workshop_id = @id AND id = @aid AND (@pid::bigint IS NULL OR participant_id = @pid)
        """;

    private const string DeleteOwnItem = "DELETE FROM workshop_annotations WHERE workshop_id = @id AND id = @aid AND participant_id = @pid";

    private const string SelectOwner = "SELECT participant_id, category FROM workshop_annotations WHERE workshop_id = @id AND id = @aid";

    /// <summary>The SQL form of <see cref="ItemMerge"/>: hide the duplicate, move its dots or give them back.</summary>
    private const string MergeItem = """
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

    /// <summary>Its own point, or a point on a line's or area's surface, EPSG:25832.</summary>
    private const string SelectItemPlace = """
        SELECT a.category, a.text, ST_PointOnSurface(a.geom) AS point FROM workshop_annotations a WHERE a.workshop_id = @id AND a.id = @aid
        """;

    /// <summary>Checks and, when every check passes, inserts a participant's item (published).</summary>
    public async Task<DrawnItem> AddItemAsync(Guid id, long participant, string category, string text, string geojson, int maxVertices, CancellationToken ct)
    {
        try
        {
            return await AuditedAsync(id, ItemEntity, "create", participant, async (conn, tx) =>
            {
                await using var cmd = new NpgsqlCommand(InsertItem, conn, tx);
                var p = cmd.Parameters;
                p.AddWithValue("id", id);
                p.AddWithValue("pid", participant);
                p.AddWithValue("category", category);
                p.AddWithValue("text", text);
                p.AddWithValue("geojson", geojson);
                p.AddWithValue("maxv", maxVertices);
                await using var r = await cmd.ExecuteReaderAsync(ct);
                await r.ReadAsync(ct);
                var item = new DrawnItem(null, ReadCheck(r), r.Get<int>("blur"), Id: r.Get<long?>("id"), Feature: r.Get<string?>("feature"));
                return (item, item.Id is long aid ? Text(aid) : null);
            }, ct);
        }
        catch (PostgresException e) when (IsUnreadableGeometry(e))
        {
            return DrawnItem.NotReadable(e.MessageText);
        }
    }

    /// <summary>Checks a drawn geometry for an edit; the EWKB is as it would be stored (blurred if the category says so).</summary>
    public async Task<DrawnItem> CheckGeometryAsync(Guid id, string geojson, string category, CancellationToken ct)
    {
        try
        {
            await using var cmd = db.CreateCommand(SelectGeometryCheck);
            cmd.Parameters.AddWithValue("id", id);
            cmd.Parameters.AddWithValue("geojson", geojson);
            cmd.Parameters.AddWithValue("category", category);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            await r.ReadAsync(ct);
            return new DrawnItem(null, ReadCheck(r), r.Get<int>("blur"), r.Get<byte[]>("ewkb"));
        }
        catch (PostgresException e) when (IsUnreadableGeometry(e))
        {
            return DrawnItem.NotReadable(e.MessageText);
        }
    }

    /// <summary>Blur metres of a category of this workshop; null when the workshop has no such category.</summary>
    public async Task<int?> CategoryBlurAsync(Guid id, string category, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(SelectCategoryBlur);
        cmd.Parameters.AddWithValue("id", id);
        cmd.Parameters.AddWithValue("category", category);
        return await cmd.ExecuteScalarAsync(ct) is int blur ? blur : null;
    }

    /// <summary>Null when the item is not in this workshop.</summary>
    public async Task<ItemOwner?> OwnerAsync(Guid id, long aid, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(SelectOwner);
        cmd.Parameters.AddWithValue("id", id);
        cmd.Parameters.AddWithValue("aid", aid);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        if (!await r.ReadAsync(ct)) return null;
        return new ItemOwner(r.Get<long?>("participant_id"), r.Get<string>("category"));
    }

    /// <summary>A participant's own edit (<see cref="ItemChange.Participant"/> set) or the facilitator's moderation.</summary>
    public Task UpdateItemAsync(ItemChange change, CancellationToken ct) =>
        AuditedAsync(change.WorkshopId, ItemEntity, change.Participant is null ? "moderate" : "update", change.Participant, async (conn, tx) =>
    {
        await using var cmd = new NpgsqlCommand(UpdateItem, conn, tx);
        var p = cmd.Parameters;
        p.AddWithValue("id", change.WorkshopId);
        p.AddWithValue("aid", change.ItemId);
        p.Add(Nullable("pid", NpgsqlDbType.Bigint, change.Participant));
        p.Add(Nullable("text", NpgsqlDbType.Text, change.Text));
        p.Add(Nullable("category", NpgsqlDbType.Text, change.Category));
        p.Add(Nullable("status", NpgsqlDbType.Text, change.Status));
        p.Add(Nullable("geom", NpgsqlDbType.Bytea, change.Ewkb));
        p.AddWithValue("blur", change.BlurMetres);
        return (true, await cmd.ExecuteNonQueryAsync(ct) > 0 ? Text(change.ItemId) : null);
    }, ct);

    public Task DeleteOwnItemAsync(Guid id, long aid, long participant, CancellationToken ct) => AuditedAsync(id, ItemEntity, "delete", participant, async (conn, tx) =>
    {
        await using var cmd = new NpgsqlCommand(DeleteOwnItem, conn, tx);
        cmd.Parameters.AddWithValue("id", id);
        cmd.Parameters.AddWithValue("aid", aid);
        cmd.Parameters.AddWithValue("pid", participant);
        return (true, await cmd.ExecuteNonQueryAsync(ct) > 0 ? Text(aid) : null);
    }, ct);

    /// <summary>One item as a GeoJSON Feature with its status (<c>mine</c> set for <paramref name="participant"/>); null when it is not in this workshop.</summary>
    public async Task<(string Status, string Feature)?> FeatureAsync(Guid id, long aid, long? participant, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(SelectOne);
        cmd.Parameters.AddWithValue("id", id);
        cmd.Parameters.AddWithValue("aid", aid);
        cmd.Parameters.Add(Nullable("pid", NpgsqlDbType.Bigint, participant));
        await using var r = await cmd.ExecuteReaderAsync(ct);
        if (!await r.ReadAsync(ct)) return null;
        return (r.Get<string>("status"), r.Get<string>("feature"));
    }

    /// <summary>The features as a JSON array: published ones, or all with <paramref name="all"/>.</summary>
    public async Task<string> FeaturesAsync(Guid id, long? participant, bool all, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(SelectCollection);
        cmd.Parameters.AddWithValue("id", id);
        cmd.Parameters.Add(Nullable("pid", NpgsqlDbType.Bigint, participant));
        cmd.Parameters.AddWithValue("all", all);
        return (string)(await cmd.ExecuteScalarAsync(ct))!;
    }

    public Task MergeAsync(Guid id, long aid, long into, CancellationToken ct) => AuditedAsync(id, ItemEntity, $"merge into {into}", null, async (conn, tx) =>
    {
        await using var cmd = new NpgsqlCommand(MergeItem, conn, tx);
        cmd.Parameters.AddWithValue("id", id);
        cmd.Parameters.AddWithValue("aid", aid);
        cmd.Parameters.AddWithValue("into", into);
        await cmd.ExecuteNonQueryAsync(ct);
        return (true, Text(aid));
    }, ct);

    private const string ItemEntity = "workshop_annotation";

    public async Task<ItemPlace?> ItemPlaceAsync(Guid id, long aid, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(SelectItemPlace);
        cmd.Parameters.AddWithValue("id", id);
        cmd.Parameters.AddWithValue("aid", aid);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        if (!await r.ReadAsync(ct)) return null;
        return new ItemPlace(r.Get<string>("category"), r.Get<string?>("text") ?? "", r.Get<Geometry>("point"));
    }

    private static DrawnItemCheck ReadCheck(System.Data.Common.DbDataReader r) =>
        new(r.Get<bool>("known"), r.Get<bool>("valid"), r.Get<string?>("reason"), r.Get<int>("vertices"), r.Get<bool>("inside"));

    /// <summary>GeoJSON PostGIS cannot parse (ST_GeomFromGeoJSON raises these), as opposed to a database fault.</summary>
    private static bool IsUnreadableGeometry(PostgresException e) =>
        e.SqlState is PostgresErrorCodes.InternalError or PostgresErrorCodes.InvalidParameterValue;
}
