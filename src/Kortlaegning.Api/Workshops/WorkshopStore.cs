using System.Text.Json;
using Kortlaegning.Api.Accounts;
using Kortlaegning.Api.Audit;
using Kortlaegning.Api.Infrastructure.Data;
using Npgsql;
using NpgsqlTypes;

namespace Kortlaegning.Api.Workshops;

/// <summary>A new workshop as the store writes it; <see cref="Extent"/> is EWKB in EPSG:25832.</summary>
public sealed record NewWorkshop(Guid Id, string Title, string Municipality, DateOnly Date, string Status, byte[] KeyHash,
    string AreaLevel, string[] FocusCodes, byte[] Extent, double BufferMetres, int VoteLimit, IReadOnlyList<CategoryInfo> Categories);

/// <summary>A facilitator's change; null fields stay as they are.</summary>
public sealed record WorkshopChange(string? Title, DateOnly? Date, string? Status, bool? Locked, int? VoteLimit);

/// <summary>The union of the named focus areas (EWKB, EPSG:25832; null when none matched) and the codes found.</summary>
public sealed record FocusExtent(byte[]? Ewkb, string[] Found);

/// <summary>A drawn focus polygon: <see cref="Unreadable"/> when PostGIS could not parse it, else its validity and EWKB.</summary>
public sealed record DrawnExtent(string? Unreadable, bool Valid, string? Reason, byte[]? Ewkb);

/// <summary>
/// All SQL of the workshop feature (issue 12: stores own SQL). Parameters are always bound; rows are read by column
/// name. Geometry lives in EPSG:25832 and leaves as RFC 7946 GeoJSON in EPSG:4326 with 6 decimals (~0.1 m). This file
/// holds workshops and categories; items, participants, dots and counts are in the other <c>WorkshopStore.*.cs</c>.
/// Creating a workshop needs the facilitator role for its municipality; every write is audited in its transaction
/// (<c>WorkshopStore.Audit.cs</c>).
/// </summary>
public sealed partial class WorkshopStore(NpgsqlDataSource db, ICurrentUser user, AuditLog audit)
{
    private const string Entity = "workshop";

    private const string SelectExists = "SELECT EXISTS (SELECT 1 FROM workshops WHERE id = @id) AS found";

    private const string SelectMunicipalityExists =
        "SELECT EXISTS (SELECT 1 FROM areas WHERE level = 'municipality' AND code = @code) AS found";

    /// <summary>Union of focus areas. One row; null geometry when no code matched.</summary>
    private const string SelectFocusExtent = """
        SELECT ST_AsEWKB(ST_Multi(ST_Union(a.geom))) AS ewkb, array_agg(a.code ORDER BY a.code) AS found
          FROM areas a WHERE a.level = @level AND a.code = ANY(@codes)
        """;

    private const string SelectDrawnExtent = """
        WITH g AS (SELECT ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(@geojson), 4326), 25832) AS geom)
        SELECT ST_IsValid(geom) AS valid, CASE WHEN ST_IsValid(geom) THEN NULL ELSE ST_IsValidReason(geom) END AS reason,
               ST_AsEWKB(ST_Multi(geom)) AS ewkb
          FROM g
        """;

    private const string InsertWorkshop = """
        INSERT INTO workshops (id, title, municipality_code, workshop_date, status, locked, join_code, facilitator_key_hash,
                               area_level, focus_codes, extent, bounds, vote_limit, created_at, updated_at)
        SELECT @id, @title, @municipality, @date, @status, false, @code, @keyhash, @level, @focus, e.g,
               ST_Multi(ST_Buffer(e.g, @buffer)), @votes, now(), now()
          FROM (SELECT ST_GeomFromEWKB(@extent) AS g) e
        """;

    private const string UpsertCategory = """
        INSERT INTO workshop_categories (workshop_id, key, label, blur_metres, sort_order) VALUES (@id, @key, @label, @blur, @sort)
        ON CONFLICT (workshop_id, key) DO UPDATE SET label = excluded.label, blur_metres = excluded.blur_metres, sort_order = excluded.sort_order
        """;

    private const string DeleteOtherCategories = "DELETE FROM workshop_categories k WHERE k.workshop_id = @id AND NOT (k.key = ANY(@keep))";

    private const string SelectCategoriesInUse = """
        SELECT DISTINCT category FROM workshop_annotations WHERE workshop_id = @id AND NOT (category = ANY(@keep)) ORDER BY 1
        """;

    private const string UpdateWorkshop = """
        UPDATE workshops SET title = COALESCE(@title, title), workshop_date = COALESCE(@date, workshop_date),
               status = COALESCE(@status, status), locked = COALESCE(@locked, locked),
               vote_limit = COALESCE(@votes, vote_limit), updated_at = now()
         WHERE id = @id
        """;

    /// <summary>Public description of a workshop; categories and areas as JSON text.</summary>
    private const string SelectDetails = """
        SELECT w.title, w.municipality_code, w.workshop_date, w.status, w.locked, w.join_code, w.area_level, w.focus_codes, w.vote_limit,
               ST_AsGeoJSON(ST_ForcePolygonCCW(ST_Transform(w.extent, 4326)), 6) AS extent,
               (SELECT COALESCE(json_agg(json_build_object('key', k.key, 'label', k.label, 'blurMetres', k.blur_metres) ORDER BY k.sort_order), '[]'::json)::text
                  FROM workshop_categories k WHERE k.workshop_id = w.id) AS categories,
               (SELECT COALESCE(json_agg(json_build_object('code', ar.code, 'name', ar.name, 'focus', ar.code = ANY(w.focus_codes)) ORDER BY ar.code), '[]'::json)::text
                  FROM areas ar WHERE ar.level = w.area_level AND ar.geom && w.bounds AND ST_Intersects(ar.geom, w.bounds)) AS areas,
               ST_XMin(b) AS xmin, ST_YMin(b) AS ymin, ST_XMax(b) AS xmax, ST_YMax(b) AS ymax
          FROM workshops w, LATERAL (SELECT ST_Transform(w.bounds, 4326) AS b) bb
         WHERE w.id = @id
        """;

    private const string SelectFacilitatorKeyHash = "SELECT facilitator_key_hash, municipality_code FROM workshops WHERE id = @id";

    /// <summary>Join codes drawn before giving up on a collision (six characters of 31: a collision is rare).</summary>
    private const int JoinCodeAttempts = 6;

    public async Task<bool> ExistsAsync(Guid id, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(SelectExists);
        cmd.Parameters.AddWithValue("id", id);
        return (bool)(await cmd.ExecuteScalarAsync(ct))!;
    }

    public async Task<bool> MunicipalityExistsAsync(string code, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(SelectMunicipalityExists);
        cmd.Parameters.AddWithValue("code", code);
        return (bool)(await cmd.ExecuteScalarAsync(ct))!;
    }

    public async Task<FocusExtent> FocusExtentAsync(string level, string[] codes, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(SelectFocusExtent);
        cmd.Parameters.AddWithValue("level", level);
        cmd.Parameters.AddWithValue("codes", codes);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        await r.ReadAsync(ct);
        return new FocusExtent(r.Get<byte[]?>("ewkb"), r.Get<string[]?>("found") ?? []);
    }

    public async Task<DrawnExtent> DrawnExtentAsync(string geojson, CancellationToken ct)
    {
        try
        {
            await using var cmd = db.CreateCommand(SelectDrawnExtent);
            cmd.Parameters.AddWithValue("geojson", geojson);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            await r.ReadAsync(ct);
            return new DrawnExtent(null, r.Get<bool>("valid"), r.Get<string?>("reason"), r.Get<byte[]>("ewkb"));
        }
        catch (PostgresException e)
        {
            return new DrawnExtent(e.MessageText, false, null, null);
        }
    }

    /// <summary>Writes the workshop and its categories; answers the join code drawn for it.</summary>
    public async Task<string> CreateAsync(NewWorkshop w, CancellationToken ct)
    {
        user.Require(Permission.Facilitate, w.Municipality);
        await using var conn = await db.OpenConnectionAsync(ct);
        for (int attempt = 1; ; attempt++)
        {
            var code = WorkshopSecrets.NewJoinCode();
            await using var tx = await conn.BeginTransactionAsync(ct);
            try
            {
                await using (var cmd = new NpgsqlCommand(InsertWorkshop, conn, tx))
                {
                    var p = cmd.Parameters;
                    p.AddWithValue("id", w.Id);
                    p.AddWithValue("title", w.Title);
                    p.AddWithValue("municipality", w.Municipality);
                    p.AddWithValue("date", w.Date);
                    p.AddWithValue("status", w.Status);
                    p.AddWithValue("code", code);
                    p.AddWithValue("keyhash", w.KeyHash);
                    p.AddWithValue("level", w.AreaLevel);
                    p.AddWithValue("focus", w.FocusCodes);
                    p.AddWithValue("extent", w.Extent);
                    p.AddWithValue("buffer", w.BufferMetres);
                    p.AddWithValue("votes", w.VoteLimit);
                    await cmd.ExecuteNonQueryAsync(ct);
                }
                await UpsertCategoriesAsync(conn, tx, w.Id, w.Categories, ct);
                await AuditAsync(conn, tx, w.Id, Entity, w.Id.ToString(), "create", null, ct);
                await tx.CommitAsync(ct);
                return code;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation && attempt < JoinCodeAttempts)
            {
                await tx.RollbackAsync(ct); // join code collision: draw another
            }
        }
    }

    public Task UpdateAsync(Guid id, WorkshopChange change, CancellationToken ct) => AuditedAsync(id, Entity, "update", null, async (conn, tx) =>
    {
        await using var cmd = new NpgsqlCommand(UpdateWorkshop, conn, tx);
        var p = cmd.Parameters;
        p.AddWithValue("id", id);
        p.Add(Nullable("title", NpgsqlDbType.Text, change.Title));
        p.Add(Nullable("date", NpgsqlDbType.Date, change.Date));
        p.Add(Nullable("status", NpgsqlDbType.Text, change.Status));
        p.Add(Nullable("locked", NpgsqlDbType.Boolean, change.Locked));
        p.Add(Nullable("votes", NpgsqlDbType.Integer, change.VoteLimit));
        await cmd.ExecuteNonQueryAsync(ct);
        return (true, id.ToString());
    }, ct);

    /// <summary>
    /// Replaces the categories in one transaction. When items still use a category that would go, nothing changes and
    /// the answer lists those categories; else the answer is empty.
    /// </summary>
    public async Task<IReadOnlyList<string>> ReplaceCategoriesAsync(Guid id, IReadOnlyList<CategoryInfo> categories, CancellationToken ct)
    {
        var keep = categories.Select(c => c.Key).ToArray();
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var inUse = new List<string>();
        await using (var cmd = new NpgsqlCommand(SelectCategoriesInUse, conn, tx))
        {
            cmd.Parameters.AddWithValue("id", id);
            cmd.Parameters.AddWithValue("keep", keep);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct)) inUse.Add(r.Get<string>("category"));
        }
        if (inUse.Count > 0) return inUse;
        await UpsertCategoriesAsync(conn, tx, id, categories, ct);
        await using (var cmd = new NpgsqlCommand(DeleteOtherCategories, conn, tx))
        {
            cmd.Parameters.AddWithValue("id", id);
            cmd.Parameters.AddWithValue("keep", keep);
            await cmd.ExecuteNonQueryAsync(ct);
        }
        await AuditAsync(conn, tx, id, Entity, id.ToString(), "categories", null, ct);
        await tx.CommitAsync(ct);
        return [];
    }

    public async Task<WorkshopDetails?> DetailsAsync(Guid id, bool withJoinCode, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(SelectDetails);
        cmd.Parameters.AddWithValue("id", id);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        if (!await r.ReadAsync(ct)) return null;
        return new WorkshopDetails(id, r.Get<string>("title"), r.Get<string>("municipality_code"), r.Get<DateOnly>("workshop_date"),
            r.Get<string>("status"), r.Get<bool>("locked"), withJoinCode ? r.Get<string>("join_code") : null, r.Get<string>("area_level"),
            r.Get<string[]>("focus_codes"), r.Get<int>("vote_limit"),
            JsonDocument.Parse(r.Get<string>("extent")).RootElement.Clone(),
            [Round(r.Get<double>("xmin")), Round(r.Get<double>("ymin")), Round(r.Get<double>("xmax")), Round(r.Get<double>("ymax"))],
            JsonSerializer.Deserialize<List<CategoryInfo>>(r.Get<string>("categories"), JsonSerializerOptions.Web)!,
            JsonSerializer.Deserialize<List<AreaInfo>>(r.Get<string>("areas"), JsonSerializerOptions.Web)!);
    }

    /// <summary>SHA-256 of the facilitator key and the owning municipality; null when there is no such workshop.</summary>
    public async Task<(byte[] Hash, string Municipality)?> FacilitatorKeyHashAsync(Guid id, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(SelectFacilitatorKeyHash);
        cmd.Parameters.AddWithValue("id", id);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        return await r.ReadAsync(ct) ? (r.Get<byte[]>("facilitator_key_hash"), r.Get<string>("municipality_code")) : null;
    }

    private static async Task UpsertCategoriesAsync(NpgsqlConnection conn, NpgsqlTransaction tx, Guid id, IReadOnlyList<CategoryInfo> categories, CancellationToken ct)
    {
        for (int i = 0; i < categories.Count; i++)
        {
            await using var cmd = new NpgsqlCommand(UpsertCategory, conn, tx);
            cmd.Parameters.AddWithValue("id", id);
            cmd.Parameters.AddWithValue("key", categories[i].Key);
            cmd.Parameters.AddWithValue("label", categories[i].Label);
            cmd.Parameters.AddWithValue("blur", categories[i].BlurMetres);
            cmd.Parameters.AddWithValue("sort", i);
            await cmd.ExecuteNonQueryAsync(ct);
        }
    }

    private static double Round(double v) => Math.Round(v, 6);

    /// <summary>A typed parameter whose value may be null (sent as SQL NULL, so COALESCE keeps the column).</summary>
    private static NpgsqlParameter Nullable(string name, NpgsqlDbType type, object? value) => new(name, type) { Value = value ?? DBNull.Value };
}
