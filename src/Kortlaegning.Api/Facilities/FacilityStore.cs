using Kortlaegning.Api.Access;
using Kortlaegning.Domain.Spatial;
using NetTopologySuite.Geometries;
using Npgsql;
using NpgsqlTypes;

namespace Kortlaegning.Api.Facilities;

public enum WriteOutcome { Ok, NotFound, Stale, Invalid }

/// <summary>The result of a facility write: the id and new version, or why nothing was written.</summary>
public sealed record WriteResult(WriteOutcome Outcome, int Id = 0, int Version = 0, IReadOnlyList<FieldError>? Errors = null, int CurrentVersion = 0)
{
    public static WriteResult Invalid(IReadOnlyList<FieldError> errors) => new(WriteOutcome.Invalid, Errors: errors);
}

/// <summary>
/// Facility writes. Each runs in one transaction that also refreshes the stored access indicators of the affected
/// type(s) (<see cref="AccessRefresher"/>), so a ranking never reads access values out of step with the facilities,
/// and a failed refresh leaves the facility unchanged. Geometry is projected to EPSG:25832 by PostGIS, and anything
/// outside Denmark's extent is refused. Edits take the row lock and compare versions (optimistic concurrency).
/// </summary>
public sealed class FacilityStore(NpgsqlDataSource db, AccessRefresher access)
{
    public async Task<WriteResult> InsertAsync(Facility f, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var (projected, errors) = await ProjectAsync(conn, tx, [f.Geometry], ct);
        if (errors.Count > 0) return WriteResult.Invalid(errors.Select(e => e.Error).ToList());
        f.Geometry = projected[0];
        await using var cmd = new NpgsqlCommand(FacilityQueries.Insert, conn, tx);
        Bind(cmd, f);
        var (id, version) = await ReadIdVersionAsync(cmd, ct);
        await access.RefreshAsync(conn, tx, [f.Type], ct);
        await tx.CommitAsync(ct);
        return new WriteResult(WriteOutcome.Ok, id, version);
    }

    public async Task<WriteResult> UpdateAsync(int id, int? expectedVersion, Facility f, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        if (await LockAsync(conn, tx, id, ct) is not var (oldType, version)) return new WriteResult(WriteOutcome.NotFound);
        if (expectedVersion is { } v && v != version) return new WriteResult(WriteOutcome.Stale, id, CurrentVersion: version);
        var (projected, errors) = await ProjectAsync(conn, tx, [f.Geometry], ct);
        if (errors.Count > 0) return WriteResult.Invalid(errors.Select(e => e.Error).ToList());
        f.Geometry = projected[0];
        await using var cmd = new NpgsqlCommand(FacilityQueries.Update, conn, tx);
        Bind(cmd, f);
        cmd.Parameters.AddWithValue("id", id);
        var (_, newVersion) = await ReadIdVersionAsync(cmd, ct);
        await access.RefreshAsync(conn, tx, new[] { oldType, f.Type }.Distinct().ToList(), ct);
        await tx.CommitAsync(ct);
        return new WriteResult(WriteOutcome.Ok, id, newVersion);
    }

    public async Task<WriteResult> DeleteAsync(int id, int? expectedVersion, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        if (await LockAsync(conn, tx, id, ct) is not var (type, version)) return new WriteResult(WriteOutcome.NotFound);
        if (expectedVersion is { } v && v != version) return new WriteResult(WriteOutcome.Stale, id, CurrentVersion: version);
        await using (var cmd = new NpgsqlCommand(FacilityQueries.Delete, conn, tx))
        {
            cmd.Parameters.AddWithValue("id", id);
            await cmd.ExecuteNonQueryAsync(ct);
        }
        await access.RefreshAsync(conn, tx, [type], ct);
        await tx.CommitAsync(ct);
        return new WriteResult(WriteOutcome.Ok, id);
    }

    /// <summary>All rows or none: returns the row errors (by the caller's line numbers) when any geometry is refused.</summary>
    public async Task<(int Written, IReadOnlyList<(int Line, FieldError Error)> Errors)> ImportAsync(IReadOnlyList<(int Line, Facility Facility)> rows, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var (projected, errors) = await ProjectAsync(conn, tx, rows.Select(r => r.Facility.Geometry).ToList(), ct);
        if (errors.Count > 0) return (0, errors.Select(e => (rows[e.Index].Line, e.Error)).ToList());
        await using (var copy = await conn.BeginBinaryImportAsync(FacilityQueries.CopyIn, ct))
        {
            for (int i = 0; i < rows.Count; i++)
            {
                var f = rows[i].Facility;
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(f.Name, NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync(f.Type, NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync(projected[i], NpgsqlDbType.Geometry, ct);
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
            }
            await copy.CompleteAsync(ct);
        }
        await using (var analyze = new NpgsqlCommand("ANALYZE facilities", conn, tx)) await analyze.ExecuteNonQueryAsync(ct);
        await access.RefreshAsync(conn, tx, rows.Select(r => r.Facility.Type).Distinct().ToList(), ct);
        await tx.CommitAsync(ct);
        return (rows.Count, []);
    }

    /// <summary>
    /// Projects every geometry to EPSG:25832 in PostGIS and checks it lies within Denmark's extent
    /// (<see cref="Crs.DenmarkLonLat"/>); unknown SRIDs are reported instead of failing the transform.
    /// </summary>
    private static async Task<(Geometry[] Projected, List<(int Index, FieldError Error)> Errors)> ProjectAsync(
        NpgsqlConnection conn, NpgsqlTransaction tx, IReadOnlyList<Geometry> geometries, CancellationToken ct)
    {
        var errors = new List<(int, FieldError)>();
        var srids = geometries.Select(g => g.SRID).Distinct().ToArray();
        await using (var check = new NpgsqlCommand(FacilityQueries.UnknownSrids, conn, tx))
        {
            check.Parameters.AddWithValue("srids", srids);
            var unknown = (int[])(await check.ExecuteScalarAsync(ct))!;
            for (int i = 0; i < geometries.Count; i++)
            {
                if (unknown.Contains(geometries[i].SRID)) errors.Add((i, new FieldError("srid", $"EPSG:{geometries[i].SRID} is not a coordinate system PostGIS knows.")));
            }
            if (errors.Count > 0) return ([], errors);
        }
        var projected = new Geometry[geometries.Count];
        var (minLon, minLat, maxLon, maxLat) = Crs.DenmarkLonLat;
        await using var cmd = new NpgsqlCommand(FacilityQueries.Project, conn, tx);
        cmd.Parameters.AddWithValue("geoms", geometries.ToArray());
        cmd.Parameters.AddWithValue("minlon", minLon);
        cmd.Parameters.AddWithValue("minlat", minLat);
        cmd.Parameters.AddWithValue("maxlon", maxLon);
        cmd.Parameters.AddWithValue("maxlat", maxLat);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        for (int i = 0; await r.ReadAsync(ct); i++)
        {
            projected[i] = r.GetFieldValue<Geometry>(0);
            if (!r.GetBoolean(1))
            {
                var c = geometries[i].Coordinate;
                errors.Add((i, new FieldError("geometry", FormattableString.Invariant(
                    $"({c.X}, {c.Y}) in EPSG:{geometries[i].SRID} lies outside Denmark (lon {minLon}–{maxLon}, lat {minLat}–{maxLat}). Swapped coordinates, or the wrong srid?"))));
            }
        }
        return (projected, errors);
    }

    private static async Task<(string Type, int Version)?> LockAsync(NpgsqlConnection conn, NpgsqlTransaction tx, int id, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(FacilityQueries.Lock, conn, tx);
        cmd.Parameters.AddWithValue("id", id);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        return await r.ReadAsync(ct) ? (r.GetString(0), r.GetInt32(1)) : null;
    }

    private static async Task<(int Id, int Version)> ReadIdVersionAsync(NpgsqlCommand cmd, CancellationToken ct)
    {
        await using var r = await cmd.ExecuteReaderAsync(ct);
        await r.ReadAsync(ct);
        return (r.GetInt32(0), r.GetInt32(1));
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
    }

    private static async Task WriteNullable<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type, CancellationToken ct)
    {
        if (value is null) await copy.WriteNullAsync(ct); else await copy.WriteAsync(value, type, ct);
    }
}
