using Kortlaegning.Api.Accounts;
using Kortlaegning.Api.Audit;
using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Api.Infrastructure.Data;
using Kortlaegning.Api.Infrastructure.Localisation;
using Kortlaegning.Api.Infrastructure.Validation;
using Kortlaegning.Domain.Spatial;
using NetTopologySuite.Geometries;
using Npgsql;
using NpgsqlTypes;

namespace Kortlaegning.Api.Facilities;

public sealed partial class FacilityStore
{
    /// <summary>SRIDs PostGIS does not know (so ST_Transform would fail). Param: srids int[].</summary>
    private const string UnknownSridsSql = """
        SELECT COALESCE(array_agg(s), ARRAY[]::int[]) AS unknown
          FROM unnest(@srids) s WHERE NOT EXISTS (SELECT 1 FROM spatial_ref_sys r WHERE r.srid = s)
        """;

    /// <summary>
    /// Each geometry projected to 25832, whether it lies within Denmark's extent (lon/lat box), and its owner: the
    /// municipality its point on surface lies in, or the nearest within 2 km (a pier or a beach just outside the DAGI
    /// outline at the coast). Params: geoms (geometry[] with their own SRIDs), minlon, minlat, maxlon, maxlat.
    /// </summary>
    private const string ProjectSql = """
        SELECT p.geom, p.inside,
               (SELECT m.code FROM areas m
                 WHERE m.level = 'municipality' AND ST_DWithin(m.geom, ST_PointOnSurface(p.geom), 2000)
                 ORDER BY m.geom <-> ST_PointOnSurface(p.geom) LIMIT 1) AS owner
          FROM (SELECT i, ST_Force2D(ST_Transform(g, 25832)) AS geom,
                       ST_CoveredBy(ST_Transform(g, 4326), ST_MakeEnvelope(@minlon, @minlat, @maxlon, @maxlat, 4326)) AS inside
                  FROM unnest(@geoms::geometry[]) WITH ORDINALITY AS u(g, i)) p
         ORDER BY p.i
        """;

    private const string Columns = "name, type, geom, address, organisation, capacity, setting, step_free, bookable, contact, opening_hours, notes, tags, source, last_verified, candidate_spot, illustrative, municipality";

    private const string InsertSql = $"""
        INSERT INTO facilities ({Columns}, state, created_at, updated_at, version)
        VALUES (@name, @type, @geom, @address, @organisation, @capacity, @setting, @step_free, @bookable, @contact, @opening_hours,
                @notes, @tags, @source, @last_verified, @candidate_spot, @illustrative, @municipality, @state, now(), now(), 1)
        RETURNING id, version
        """;

    private const string CopyInSql = $"COPY facilities ({Columns}, state) FROM STDIN (FORMAT BINARY)";

    /// <summary>PUT …/state: the state changes only here (a PUT of the facility keeps it). Params: id, state.</summary>
    private const string SetStateSql = "UPDATE facilities SET state = @state, updated_at = now(), version = version + 1 WHERE id = @id RETURNING id, version";

    private const string AnalyzeSql = "ANALYZE facilities";

    /// <summary>The current type, owner and version, row-locked for the edit that follows. Param: id.</summary>
    private const string LockSql = "SELECT type, municipality, version FROM facilities WHERE id = @id FOR UPDATE";

    private const string UpdateSql = """
        UPDATE facilities
           SET name = @name, type = @type, geom = @geom, address = @address, organisation = @organisation, capacity = @capacity,
               setting = @setting, step_free = @step_free, bookable = @bookable, contact = @contact, opening_hours = @opening_hours,
               notes = @notes, tags = @tags, source = @source, last_verified = @last_verified, candidate_spot = @candidate_spot,
               illustrative = @illustrative, municipality = @municipality, updated_at = now(), version = version + 1
         WHERE id = @id
        RETURNING id, version
        """;

    private const string DeleteSql = "DELETE FROM facilities WHERE id = @id";

    /// <summary>A geometry PostGIS refused: the index into the written list, the field and why.</summary>
    private sealed record GeometryProblem(int Index, string Field, string Message);

    public async Task<WriteResult> InsertAsync(Facility f, CancellationToken ct)
    {
        int id, version;
        await using (var conn = await db.OpenConnectionAsync(ct))
        await using (var tx = await conn.BeginTransactionAsync(ct))
        {
            var (projected, problems) = await ProjectAsync(conn, tx, [f], ct);
            if (problems.Count > 0) return WriteResult.Invalid(Errors(problems));
            f.Geometry = projected[0];
            user.Require(Permission.Edit, f.Municipality);
            await using var cmd = new NpgsqlCommand(InsertSql, conn, tx);
            Bind(cmd, f);
            cmd.Parameters.AddWithValue("state", f.State);
            (id, version) = await ReadIdVersionAsync(cmd, ct);
            await audit.WriteAsync(conn, tx, new AuditEntry(Entity, Id(id), "create", f.Municipality, VersionAfter: version), ct);
            await tx.CommitAsync(ct);
        }
        await changes.PublishAsync(new FacilitiesChanged([f.Type]));
        return new WriteResult(WriteOutcome.Ok, id, version);
    }

    /// <summary>A move into another municipality needs the right in both: the owner it leaves and the one it joins.</summary>
    public async Task<WriteResult> UpdateAsync(int id, int? expectedVersion, Facility f, CancellationToken ct)
    {
        string oldType;
        int newVersion;
        await using (var conn = await db.OpenConnectionAsync(ct))
        await using (var tx = await conn.BeginTransactionAsync(ct))
        {
            if (await LockAsync(conn, tx, id, ct) is not var (type, owner, version)) return new WriteResult(WriteOutcome.NotFound);
            user.Require(Permission.Edit, owner);
            if (expectedVersion is { } v && v != version) return new WriteResult(WriteOutcome.Stale, id, CurrentVersion: version);
            oldType = type;
            var (projected, problems) = await ProjectAsync(conn, tx, [f], ct);
            if (problems.Count > 0) return WriteResult.Invalid(Errors(problems));
            f.Geometry = projected[0];
            user.Require(Permission.Edit, f.Municipality);
            await using var cmd = new NpgsqlCommand(UpdateSql, conn, tx);
            Bind(cmd, f);
            cmd.Parameters.AddWithValue("id", id);
            (_, newVersion) = await ReadIdVersionAsync(cmd, ct);
            await audit.WriteAsync(conn, tx, new AuditEntry(Entity, Id(id), "update", f.Municipality, version, newVersion), ct);
            await tx.CommitAsync(ct);
        }
        await changes.PublishAsync(new FacilitiesChanged(oldType == f.Type ? [f.Type] : [oldType, f.Type]));
        return new WriteResult(WriteOutcome.Ok, id, newVersion);
    }

    /// <summary>Publishes a facility (everyone sees it, and access indicators count it) or takes it back to draft.</summary>
    public async Task<WriteResult> SetStateAsync(int id, int? expectedVersion, string state, CancellationToken ct)
    {
        string changedType;
        int newVersion;
        await using (var conn = await db.OpenConnectionAsync(ct))
        await using (var tx = await conn.BeginTransactionAsync(ct))
        {
            if (await LockAsync(conn, tx, id, ct) is not var (type, owner, version)) return new WriteResult(WriteOutcome.NotFound);
            user.Require(Permission.Edit, owner);
            if (expectedVersion is { } v && v != version) return new WriteResult(WriteOutcome.Stale, id, CurrentVersion: version);
            changedType = type;
            await using var cmd = new NpgsqlCommand(SetStateSql, conn, tx);
            cmd.Parameters.AddWithValue("id", id);
            cmd.Parameters.AddWithValue("state", state);
            (_, newVersion) = await ReadIdVersionAsync(cmd, ct);
            await audit.WriteAsync(conn, tx, new AuditEntry(Entity, Id(id), state == Publication.Published ? "publish" : "unpublish", owner, version, newVersion), ct);
            await tx.CommitAsync(ct);
        }
        await changes.PublishAsync(new FacilitiesChanged([changedType]));
        return new WriteResult(WriteOutcome.Ok, id, newVersion);
    }

    public async Task<WriteResult> DeleteAsync(int id, int? expectedVersion, CancellationToken ct)
    {
        string deletedType;
        await using (var conn = await db.OpenConnectionAsync(ct))
        await using (var tx = await conn.BeginTransactionAsync(ct))
        {
            if (await LockAsync(conn, tx, id, ct) is not var (type, owner, version)) return new WriteResult(WriteOutcome.NotFound);
            user.Require(Permission.Edit, owner);
            if (expectedVersion is { } v && v != version) return new WriteResult(WriteOutcome.Stale, id, CurrentVersion: version);
            deletedType = type;
            await using var cmd = new NpgsqlCommand(DeleteSql, conn, tx);
            cmd.Parameters.AddWithValue("id", id);
            await cmd.ExecuteNonQueryAsync(ct);
            await audit.WriteAsync(conn, tx, new AuditEntry(Entity, Id(id), "delete", owner, version), ct);
            await tx.CommitAsync(ct);
        }
        await changes.PublishAsync(new FacilitiesChanged([deletedType]));
        return new WriteResult(WriteOutcome.Ok, id);
    }

    /// <summary>
    /// All rows or none: with any geometry refused, returns the problems as rows of the file (by the caller's line
    /// numbers, <see cref="FieldErrors.AddRow"/>) and writes nothing. The caller needs the import right in every
    /// municipality a row lies in; the audit trail gets one row per municipality with the number of facilities.
    /// </summary>
    public async Task<(int Written, FieldErrors Errors)> ImportAsync(IReadOnlyList<(int Line, Facility Facility)> rows, CancellationToken ct)
    {
        var errors = new FieldErrors();
        await using (var conn = await db.OpenConnectionAsync(ct))
        await using (var tx = await conn.BeginTransactionAsync(ct))
        {
            var (projected, problems) = await ProjectAsync(conn, tx, rows.Select(r => r.Facility).ToList(), ct);
            if (problems.Count > 0)
            {
                foreach (var p in problems) errors.AddRow(rows[p.Index].Line, p.Field, p.Message);
                return (0, errors);
            }
            var owners = rows.GroupBy(r => r.Facility.Municipality).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
            foreach (var owner in owners) user.Require(Permission.Import, owner.Key);
            await using (var copy = await conn.BeginBinaryImportAsync(CopyInSql, ct))
            {
                for (int i = 0; i < rows.Count; i++) await WriteRowAsync(copy, rows[i].Facility, projected[i], ct);
                await copy.CompleteAsync(ct);
            }
            await using (var analyze = new NpgsqlCommand(AnalyzeSql, conn, tx)) await analyze.ExecuteNonQueryAsync(ct);
            foreach (var owner in owners)
            {
                await audit.WriteAsync(conn, tx, new AuditEntry(Entity, null, $"import {owner.Count()}", owner.Key), ct);
            }
            await tx.CommitAsync(ct);
        }
        await changes.PublishAsync(new FacilitiesChanged(rows.Select(r => r.Facility.Type).Distinct().ToList()));
        return (rows.Count, errors);
    }

    private const string Entity = "facility";

    private static string Id(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Projects every geometry to EPSG:25832 in PostGIS and checks it lies within Denmark's extent
    /// (<see cref="Crs.DenmarkLonLat"/>); unknown SRIDs are reported instead of failing the transform.
    /// </summary>
    /// <remarks>Sets each facility's <see cref="Facility.Municipality"/> to the owner PostGIS finds; answers the projected geometries.</remarks>
    private static async Task<(Geometry[] Projected, List<GeometryProblem> Problems)> ProjectAsync(
        NpgsqlConnection conn, NpgsqlTransaction tx, IReadOnlyList<Facility> facilities, CancellationToken ct)
    {
        var geometries = facilities.Select(f => f.Geometry).ToList();
        var problems = new List<GeometryProblem>();
        await using (var check = new NpgsqlCommand(UnknownSridsSql, conn, tx))
        {
            check.Parameters.AddWithValue("srids", geometries.Select(g => g.SRID).Distinct().ToArray());
            await using var r = await check.ExecuteReaderAsync(ct);
            await r.ReadAsync(ct);
            var unknown = r.Get<int[]>("unknown");
            for (int i = 0; i < geometries.Count; i++)
            {
                if (unknown.Contains(geometries[i].SRID)) problems.Add(new(i, "srid", Texts.UnknownSrid.Format(geometries[i].SRID)));
            }
            if (problems.Count > 0) return ([], problems);
        }
        var projected = new Geometry[geometries.Count];
        var (minLon, minLat, maxLon, maxLat) = Crs.DenmarkLonLat;
        await using (var cmd = new NpgsqlCommand(ProjectSql, conn, tx))
        {
            cmd.Parameters.AddWithValue("geoms", geometries.ToArray());
            cmd.Parameters.AddWithValue("minlon", minLon);
            cmd.Parameters.AddWithValue("minlat", minLat);
            cmd.Parameters.AddWithValue("maxlon", maxLon);
            cmd.Parameters.AddWithValue("maxlat", maxLat);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            for (int i = 0; await r.ReadAsync(ct); i++)
            {
                projected[i] = r.Get<Geometry>("geom");
                facilities[i].Municipality = r.Get<string?>("owner");
                if (!r.Get<bool>("inside"))
                {
                    var c = geometries[i].Coordinate;
                    // Coordinates as they were sent ('.' decimals), so the sender recognises them.
                    string N(double v) => v.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    problems.Add(new(i, "geometry", Texts.OutsideDenmarkXy.Format(N(c.X), N(c.Y), geometries[i].SRID, N(minLon), N(maxLon), N(minLat), N(maxLat))));
                }
            }
        }
        return (projected, problems);
    }

    private static FieldErrors Errors(IEnumerable<GeometryProblem> problems)
    {
        var errors = new FieldErrors();
        foreach (var p in problems) errors.Add(p.Field, p.Message);
        return errors;
    }

    private static async Task<(string Type, string? Owner, int Version)?> LockAsync(NpgsqlConnection conn, NpgsqlTransaction tx, int id, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(LockSql, conn, tx);
        cmd.Parameters.AddWithValue("id", id);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        return await r.ReadAsync(ct) ? (r.Get<string>("type"), r.Get<string?>("municipality"), r.Get<int>("version")) : null;
    }

    private static async Task<(int Id, int Version)> ReadIdVersionAsync(NpgsqlCommand cmd, CancellationToken ct)
    {
        await using var r = await cmd.ExecuteReaderAsync(ct);
        await r.ReadAsync(ct);
        return (r.Get<int>("id"), r.Get<int>("version"));
    }

    private static void Bind(NpgsqlCommand cmd, Facility f)
    {
        var p = cmd.Parameters;
        p.AddWithValue("name", f.Name);
        p.AddWithValue("type", f.Type);
        p.AddWithValue("geom", f.Geometry);
        p.Add(new NpgsqlParameter("address", NpgsqlDbType.Varchar) { Value = (object?)f.Address ?? DBNull.Value });
        p.Add(new NpgsqlParameter("organisation", NpgsqlDbType.Varchar) { Value = (object?)f.Organisation ?? DBNull.Value });
        p.Add(new NpgsqlParameter("capacity", NpgsqlDbType.Integer) { Value = (object?)f.Capacity ?? DBNull.Value });
        p.AddWithValue("setting", f.Setting);
        p.Add(new NpgsqlParameter("step_free", NpgsqlDbType.Boolean) { Value = (object?)f.StepFree ?? DBNull.Value });
        p.Add(new NpgsqlParameter("bookable", NpgsqlDbType.Varchar) { Value = (object?)f.Bookable ?? DBNull.Value });
        p.Add(new NpgsqlParameter("contact", NpgsqlDbType.Varchar) { Value = (object?)f.Contact ?? DBNull.Value });
        p.Add(new NpgsqlParameter("opening_hours", NpgsqlDbType.Varchar) { Value = (object?)f.OpeningHours ?? DBNull.Value });
        p.Add(new NpgsqlParameter("notes", NpgsqlDbType.Varchar) { Value = (object?)f.Notes ?? DBNull.Value });
        p.Add(new NpgsqlParameter("tags", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = f.Tags });
        p.AddWithValue("source", f.Source);
        p.Add(new NpgsqlParameter("last_verified", NpgsqlDbType.Date) { Value = (object?)f.LastVerified ?? DBNull.Value });
        p.AddWithValue("candidate_spot", f.CandidateSpot);
        p.AddWithValue("illustrative", f.Illustrative);
        p.Add(new NpgsqlParameter("municipality", NpgsqlDbType.Varchar) { Value = (object?)f.Municipality ?? DBNull.Value });
    }

    /// <summary>One COPY row, in the order of <see cref="Columns"/>.</summary>
    private static async Task WriteRowAsync(NpgsqlBinaryImporter copy, Facility f, Geometry projected, CancellationToken ct)
    {
        await copy.StartRowAsync(ct);
        await copy.WriteAsync(f.Name, NpgsqlDbType.Varchar, ct);
        await copy.WriteAsync(f.Type, NpgsqlDbType.Varchar, ct);
        await copy.WriteAsync(projected, NpgsqlDbType.Geometry, ct);
        await WriteNullable(copy, f.Address, NpgsqlDbType.Varchar, ct);
        await WriteNullable(copy, f.Organisation, NpgsqlDbType.Varchar, ct);
        await WriteNullable(copy, f.Capacity, NpgsqlDbType.Integer, ct);
        await copy.WriteAsync(f.Setting, NpgsqlDbType.Varchar, ct);
        await WriteNullable(copy, f.StepFree, NpgsqlDbType.Boolean, ct);
        await WriteNullable(copy, f.Bookable, NpgsqlDbType.Varchar, ct);
        await WriteNullable(copy, f.Contact, NpgsqlDbType.Varchar, ct);
        await WriteNullable(copy, f.OpeningHours, NpgsqlDbType.Varchar, ct);
        await WriteNullable(copy, f.Notes, NpgsqlDbType.Varchar, ct);
        await copy.WriteAsync(f.Tags, NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
        await copy.WriteAsync(f.Source, NpgsqlDbType.Varchar, ct);
        await WriteNullable(copy, f.LastVerified, NpgsqlDbType.Date, ct);
        await copy.WriteAsync(f.CandidateSpot, NpgsqlDbType.Boolean, ct);
        await copy.WriteAsync(f.Illustrative, NpgsqlDbType.Boolean, ct);
        await WriteNullable(copy, f.Municipality, NpgsqlDbType.Varchar, ct);
        await copy.WriteAsync(f.State, NpgsqlDbType.Varchar, ct);
    }

    private static async Task WriteNullable<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type, CancellationToken ct)
    {
        if (value is null) await copy.WriteNullAsync(ct); else await copy.WriteAsync(value, type, ct);
    }
}
