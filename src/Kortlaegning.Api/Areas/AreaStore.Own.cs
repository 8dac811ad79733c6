using Kortlaegning.Api.Accounts;
using Kortlaegning.Api.Audit;
using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Api.Infrastructure.Data;
using Kortlaegning.Domain.Boundaries;
using Kortlaegning.Domain.OwnAreas;
using Npgsql;
using NpgsqlTypes;

namespace Kortlaegning.Api.Areas;

/// <summary>
/// Writes of own areas (housing departments, local communities, custom areas) with their attributes, in one transaction:
/// stage → project to EPSG:25832 (a point department becomes a 25 m circle) → find each area's municipality by overlap
/// → check ownership and the caller's right to edit it → estimate missing residents from the 1 km grid → upsert areas
/// and attributes → relink parents → audit every area. A dry run, or any problem, rolls all of it back.
/// </summary>
public sealed partial class AreaStore
{
    /// <summary>Radius (m) of the circle a point department is stored as: about one block of flats.</summary>
    public const double PointRadius = 25;

    private const string CreateOwnStaging = """
        CREATE TEMP TABLE staging_own (row int, code text, name text, geom geometry, stated text, organisation text, department_number text,
            homes int, residents int, residents_year int, board bool, common_room bool, address text, attr_source text, illustrative bool,
            g geometry, owner text, estimated bool NOT NULL DEFAULT false, note text) ON COMMIT DROP
        """;

    private const string CopyOwnStaging = """
        COPY staging_own (row, code, name, geom, stated, organisation, department_number, homes, residents, residents_year, board, common_room,
            address, attr_source, illustrative) FROM STDIN (FORMAT BINARY)
        """;

    private const string ProjectOwn = """
        UPDATE staging_own SET g = CASE WHEN GeometryType(geom) = 'POINT'
            THEN ST_Multi(ST_Buffer(ST_Transform(geom, 25832), @radius))
            ELSE ST_Multi(ST_CollectionExtract(ST_MakeValid(ST_Transform(geom, 25832)), 3)) END;
        CREATE INDEX ON staging_own USING gist (g);
        ANALYZE staging_own;
        """;

    /// <summary>
    /// Per staged row: the stated municipality's share of it (0 when it does not touch it, null when there is no such
    /// municipality), the majority municipality, the stored row's owner and version. Param: level. ST_CoveredBy first, as in
    /// the parent links: most departments lie wholly in one municipality, and PostGIS caches the prepared municipality
    /// across rows, so the costly intersection is computed only for areas that straddle a border.
    /// </summary>
    private const string StagedOwnership = """
        WITH shares AS (
            SELECT s.row, m.code,
                   CASE WHEN ST_CoveredBy(s.g, m.geom) THEN 1.0 ELSE ST_Area(ST_Intersection(m.geom, s.g)) / NULLIF(ST_Area(s.g), 0) END AS share
              FROM staging_own s JOIN areas m ON m.level = 'municipality' AND ST_Intersects(m.geom, s.g))
        , majority AS (SELECT DISTINCT ON (row) row, code FROM shares ORDER BY row, share DESC, code)
        SELECT s.row, s.code, s.stated, ST_Area(s.g) AS area_m2,
               CASE WHEN s.stated IS NULL OR sm.code IS NULL THEN NULL ELSE COALESCE(st.share, 0) END::float8 AS stated_share,
               mj.code AS derived, a.municipality_code AS existing_owner, a.version AS existing_version
          FROM staging_own s
          LEFT JOIN areas sm ON sm.level = 'municipality' AND sm.code = s.stated
          LEFT JOIN shares st ON st.row = s.row AND st.code = s.stated
          LEFT JOIN majority mj ON mj.row = s.row
          LEFT JOIN areas a ON a.level = @level AND a.code = s.code
         ORDER BY s.row
        """;

    private const string SetOwners = "UPDATE staging_own s SET owner = o.owner FROM unnest(@rows, @owners) AS o(row, owner) WHERE s.row = o.row";

    /// <summary>Overlaps of the staged areas without entered residents with the 1 km cells.</summary>
    private const string CellOverlaps = """
        SELECT s.code, c.id AS cell_id, c.population::float8 AS population, ST_Area(c.geom) AS cell_m2, ST_Area(ST_Intersection(c.geom, s.g)) AS overlap_m2
          FROM staging_own s JOIN grid_cells c ON ST_Intersects(c.geom, s.g)
         WHERE s.residents IS NULL
        """;

    private const string SetEstimates = """
        UPDATE staging_own s SET residents = e.residents, estimated = true, note = e.note
          FROM unnest(@codes, @residents, @notes) AS e(code, residents, note) WHERE s.code = e.code
        """;

    private const string StagedPreview = """
        SELECT s.row, s.code, s.name, s.owner, s.residents, s.estimated, s.note, GeometryType(s.geom) = 'POINT' AS point
          FROM staging_own s ORDER BY s.row
        """;

    /// <summary>
    /// Upserts the staged areas; returns each with its version before (null: new) and after. A new area takes @state (a
    /// draft unless the import publishes it); a stored one keeps its state. Params: level, source, year, state.
    /// </summary>
    private const string UpsertOwn = """
        WITH before AS (SELECT a.code, a.version FROM areas a JOIN staging_own s ON s.code = a.code WHERE a.level = @level)
        INSERT INTO areas AS a (level, code, name, geom, area_km2, municipality_code, source, source_year, updated_at, version, state)
        SELECT @level, s.code, s.name, s.g, ST_Area(s.g) / 1e6, s.owner, @source, @year, now(), 1, @state FROM staging_own s
        ON CONFLICT (level, code) DO UPDATE
           SET name = excluded.name, geom = excluded.geom, area_km2 = excluded.area_km2, municipality_code = excluded.municipality_code,
               source = excluded.source, source_year = excluded.source_year, updated_at = excluded.updated_at, version = a.version + 1
        RETURNING a.id, a.code, a.municipality_code, a.version, (SELECT b.version FROM before b WHERE b.code = a.code) AS version_before
        """;

    private const string UpsertAttributes = """
        INSERT INTO area_attributes (area_id, organisation, department_number, homes, residents, residents_year, residents_estimated, residents_note,
                                     board, common_room, address, source, illustrative)
        SELECT a.id, s.organisation, s.department_number, s.homes, s.residents, s.residents_year, s.estimated, s.note,
               s.board, s.common_room, s.address, s.attr_source, COALESCE(s.illustrative, false)
          FROM staging_own s JOIN areas a ON a.level = @level AND a.code = s.code
        ON CONFLICT (area_id) DO UPDATE
           SET organisation = excluded.organisation, department_number = excluded.department_number, homes = excluded.homes,
               residents = excluded.residents, residents_year = excluded.residents_year, residents_estimated = excluded.residents_estimated,
               residents_note = excluded.residents_note, board = excluded.board, common_room = excluded.common_room,
               address = excluded.address, source = excluded.source, illustrative = excluded.illustrative
        """;

    private const string OwnerAndVersion = "SELECT id, municipality_code, version FROM areas WHERE level = @level AND code = @code FOR UPDATE";

    private const string DeleteOne = "DELETE FROM areas WHERE id = @id";

    private const string SetStateOne = "UPDATE areas SET state = @state, updated_at = now(), version = version + 1 WHERE id = @id RETURNING version";

    /// <summary>Stages, checks and (unless a dry run or a problem) writes own areas; the caller's rights are checked per owner.</summary>
    public async Task<OwnAreaWriteResult> WriteOwnAsync(IReadOnlyList<OwnArea> areas, OwnAreaWriteOptions o, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        await ExecuteAsync(conn, tx, CreateOwnStaging, ct);
        await CopyOwnAsync(conn, areas, ct);
        await using (var project = new NpgsqlCommand(ProjectOwn, conn, tx))
        {
            project.Parameters.AddWithValue("radius", PointRadius);
            await project.ExecuteNonQueryAsync(ct);
        }
        var staged = await StagedAsync(conn, tx, o.Level, ct);
        if (o.ReplaceOne && staged.Single() is var one)
        {
            if (one.ExistingVersion is null && o.ExpectedVersion is not null) return new OwnAreaWriteResult([], [], [], 0, 0, 0, NotFound: true);
            if (one.ExistingVersion is { } v && o.ExpectedVersion is { } expected && v != expected) return new OwnAreaWriteResult([], [], [], 0, 0, 0, CurrentVersion: v);
        }
        // A POST creates: an area already stored under the code is a conflict, never silently replaced.
        if (o.CreateOnly && staged.Any(s => s.ExistingVersion is not null)) return new OwnAreaWriteResult([], [], [], 0, 0, 0, Exists: true);
        var problems = new List<RowProblem>();
        var owners = OwnAreaOwnership.Owners(staged, o.MunicipalityField, problems);
        // Both the new owner and, for an area already stored, its current owner must be the caller's to edit.
        foreach (var owner in owners.Values.Concat(staged.Select(s => s.ExistingOwner).OfType<string>()).Distinct()) user.Require(Permission.Edit, owner);
        if (problems.Count > 0) return new OwnAreaWriteResult(problems, [], [], 0, 0, 0);

        await using (var set = new NpgsqlCommand(SetOwners, conn, tx))
        {
            set.Parameters.AddWithValue("rows", owners.Keys.ToArray());
            set.Parameters.AddWithValue("owners", owners.Values.ToArray());
            await set.ExecuteNonQueryAsync(ct);
        }
        var warnings = await EstimateResidentsAsync(conn, tx, areas, staged, ct);
        var preview = await PreviewAsync(conn, tx, ct);
        if (o.DryRun) return new OwnAreaWriteResult([], preview, warnings, 0, 0, 0);

        var written = await UpsertOwnAsync(conn, tx, o, ct);
        await using (var attrs = new NpgsqlCommand(UpsertAttributes, conn, tx))
        {
            attrs.Parameters.AddWithValue("level", o.Level.Name());
            await attrs.ExecuteNonQueryAsync(ct);
        }
        int links = await RebuildLinksAroundAsync(conn, tx, o.Level, ct);
        await audit.WriteManyAsync(conn, tx, written.Select(w =>
            new AuditEntry("area", $"{o.Level.Name()}:{w.Code}", w.Before is null ? "create" : "update", w.Owner, w.Before, w.After)), ct);
        await tx.CommitAsync(ct);
        var versions = written.ToDictionary(w => w.Code, w => w.After);
        return new OwnAreaWriteResult([], preview.Select(p => p with { Version = versions.GetValueOrDefault(p.Code) }).ToList(), warnings,
            written.Count(w => w.Before is null), written.Count(w => w.Before is not null), links);
    }

    /// <summary>Deletes one own area under If-Match (<paramref name="expected"/> null: any version); audited.</summary>
    public Task<OwnAreaWriteResult> DeleteOwnAsync(AreaLevel level, string code, int? expected, CancellationToken ct) =>
        ChangeOneAsync(level, code, expected, "delete", DeleteOne, null, ct);

    /// <summary>Publishes one own area (everyone sees it: lists, tiles, OGC, rankings) or takes it back to draft; audited.</summary>
    public Task<OwnAreaWriteResult> SetOwnStateAsync(AreaLevel level, string code, int? expected, string state, CancellationToken ct) =>
        ChangeOneAsync(level, code, expected, state == Publication.Published ? "publish" : "unpublish", SetStateOne, state, ct);

    /// <summary>
    /// One stored own area changed by <paramref name="sql"/> (params id and, when given, state) under If-Match, with the
    /// owner's edit right and an audit row in the same transaction. The answer's version is the new one (0 when deleted).
    /// </summary>
    private async Task<OwnAreaWriteResult> ChangeOneAsync(AreaLevel level, string code, int? expected, string action, string sql, string? state, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        int id, version;
        string? owner;
        await using (var find = new NpgsqlCommand(OwnerAndVersion, conn, tx))
        {
            find.Parameters.AddWithValue("level", level.Name());
            find.Parameters.AddWithValue("code", code);
            await using var r = await find.ExecuteReaderAsync(ct);
            if (!await r.ReadAsync(ct)) return new OwnAreaWriteResult([], [], [], 0, 0, 0, NotFound: true);
            (id, owner, version) = (r.Get<int>("id"), r.Get<string?>("municipality_code"), r.Get<int>("version"));
        }
        user.Require(Permission.Edit, owner);
        if (expected is { } e && e != version) return new OwnAreaWriteResult([], [], [], 0, 0, 0, CurrentVersion: version);
        int? after = null;
        await using (var change = new NpgsqlCommand(sql, conn, tx))
        {
            change.Parameters.AddWithValue("id", id);
            if (state is not null) change.Parameters.AddWithValue("state", state);
            after = await change.ExecuteScalarAsync(ct) as int?;
        }
        await audit.WriteAsync(conn, tx, new AuditEntry("area", $"{level.Name()}:{code}", action, owner, version, after), ct);
        await tx.CommitAsync(ct);
        return new OwnAreaWriteResult([], [], [], 0, after is null ? 0 : 1, 0) { NewVersion = after };
    }

    private static async Task CopyOwnAsync(NpgsqlConnection conn, IReadOnlyList<OwnArea> areas, CancellationToken ct)
    {
        await using var copy = await conn.BeginBinaryImportAsync(CopyOwnStaging, ct);
        foreach (var a in areas)
        {
            var t = a.Attributes;
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(a.Rows[0], NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(a.Code, NpgsqlDbType.Text, ct);
            await copy.WriteAsync(a.Name, NpgsqlDbType.Text, ct);
            await copy.WriteAsync(a.Geometry, NpgsqlDbType.Geometry, ct);
            await WriteNullableAsync(copy, a.Municipality, NpgsqlDbType.Text, ct);
            await WriteNullableAsync(copy, t.Organisation, NpgsqlDbType.Text, ct);
            await WriteNullableAsync(copy, t.DepartmentNumber, NpgsqlDbType.Text, ct);
            await WriteNullableAsync(copy, t.Homes, NpgsqlDbType.Integer, ct);
            await WriteNullableAsync(copy, t.Residents, NpgsqlDbType.Integer, ct);
            await WriteNullableAsync(copy, t.ResidentsYear, NpgsqlDbType.Integer, ct);
            await WriteNullableAsync(copy, t.Board, NpgsqlDbType.Boolean, ct);
            await WriteNullableAsync(copy, t.CommonRoom, NpgsqlDbType.Boolean, ct);
            await WriteNullableAsync(copy, t.Address, NpgsqlDbType.Text, ct);
            await WriteNullableAsync(copy, t.Source, NpgsqlDbType.Text, ct);
            await copy.WriteAsync(t.Illustrative, NpgsqlDbType.Boolean, ct);
        }
        await copy.CompleteAsync(ct);
    }

    private static Task WriteNullableAsync<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type, CancellationToken ct) =>
        value is null ? copy.WriteNullAsync(ct) : copy.WriteAsync(value, type, ct);

    private static async Task<List<OwnAreaStaged>> StagedAsync(NpgsqlConnection conn, NpgsqlTransaction tx, AreaLevel level, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(StagedOwnership, conn, tx);
        cmd.Parameters.AddWithValue("level", level.Name());
        var list = new List<OwnAreaStaged>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            list.Add(new OwnAreaStaged(r.Get<int>("row"), r.Get<string>("code"), r.Get<string?>("stated"), r.Get<double?>("stated_share"),
                r.Get<string?>("derived"), r.Get<string?>("existing_owner"), r.Get<int?>("existing_version"), r.Get<double>("area_m2")));
        }
        return list;
    }

    /// <summary>Residents for the areas that have none entered (<see cref="ResidentEstimator"/>); its warnings by row.</summary>
    private static async Task<List<RowProblem>> EstimateResidentsAsync(NpgsqlConnection conn, NpgsqlTransaction tx, IReadOnlyList<OwnArea> areas, List<OwnAreaStaged> staged, CancellationToken ct)
    {
        var overlaps = new List<CellOverlap>();
        await using (var cmd = new NpgsqlCommand(CellOverlaps, conn, tx))
        await using (var r = await cmd.ExecuteReaderAsync(ct))
        {
            while (await r.ReadAsync(ct))
            {
                overlaps.Add(new CellOverlap(r.Get<string>("code"), r.Get<int>("cell_id"), r.Get<double>("population"), r.Get<double>("cell_m2"), r.Get<double>("overlap_m2")));
            }
        }
        if (overlaps.Count == 0) return [];
        var homes = areas.ToDictionary(a => a.Code, a => a.Attributes.Homes, StringComparer.Ordinal);
        var areaM2 = staged.ToDictionary(s => s.Code, s => s.AreaM2, StringComparer.Ordinal);
        var estimates = ResidentEstimator.Estimate(overlaps, homes, areaM2);
        await using (var set = new NpgsqlCommand(SetEstimates, conn, tx))
        {
            set.Parameters.AddWithValue("codes", estimates.Select(e => e.Code).ToArray());
            set.Parameters.AddWithValue("residents", estimates.Select(e => e.Residents).ToArray());
            set.Parameters.AddWithValue("notes", estimates.Select(e => e.Warning is null ? e.Method : $"{e.Method}; {e.Warning}").ToArray());
            await set.ExecuteNonQueryAsync(ct);
        }
        var rows = staged.ToDictionary(s => s.Code, s => s.Row, StringComparer.Ordinal);
        return estimates.Where(e => e.Warning is not null).Select(e => new RowProblem(rows[e.Code], OwnAreaFields.Residents, e.Warning!)).ToList();
    }

    private static async Task<List<OwnAreaPreview>> PreviewAsync(NpgsqlConnection conn, NpgsqlTransaction tx, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(StagedPreview, conn, tx);
        var list = new List<OwnAreaPreview>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            list.Add(new OwnAreaPreview(r.Get<int>("row"), r.Get<string>("code"), r.Get<string>("name"), r.Get<string?>("owner"), r.Get<int?>("residents"),
                r.Get<bool>("estimated"), r.Get<string?>("note"), r.Get<bool>("point"), null));
        }
        return list;
    }

    private sealed record Written(string Code, string? Owner, int? Before, int After);

    private static async Task<List<Written>> UpsertOwnAsync(NpgsqlConnection conn, NpgsqlTransaction tx, OwnAreaWriteOptions o, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(UpsertOwn, conn, tx);
        cmd.Parameters.AddWithValue("level", o.Level.Name());
        cmd.Parameters.AddWithValue("source", o.Source);
        cmd.Parameters.AddWithValue("year", NpgsqlDbType.Integer, (object?)o.SourceYear ?? DBNull.Value);
        cmd.Parameters.AddWithValue("state", o.State);
        var list = new List<Written>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) list.Add(new Written(r.Get<string>("code"), r.Get<string?>("municipality_code"), r.Get<int?>("version_before"), r.Get<int>("version")));
        return list;
    }
}
