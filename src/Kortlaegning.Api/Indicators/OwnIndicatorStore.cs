using Kortlaegning.Api.Accounts;
using Kortlaegning.Api.Audit;
using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Api.Infrastructure.Data;
using Npgsql;

namespace Kortlaegning.Api.Indicators;

/// <summary>What became of a write to an own indicator definition.</summary>
public enum DefinitionOutcome { Ok, NotFound, Stale, Taken, National, UnknownMunicipality, OwnerChanged }

public sealed record DefinitionResult(DefinitionOutcome Outcome, int Version = 0, string? Owner = null);

/// <summary>
/// Writes municipalities' own indicator definitions (POST/PUT/DELETE /api/indicators): owner = the definition's
/// municipality, which the caller needs <see cref="Permission.Edit"/> for; national definitions are read-only. Each
/// write and its audit row share one transaction, and the one <see cref="IndicatorCatalogue"/> is invalidated after
/// the commit (not before: a read in between would cache the old list).
/// </summary>
public sealed class OwnIndicatorStore(NpgsqlDataSource db, ICurrentUser user, AuditLog audit, IndicatorCatalogue catalogue, Disclosure disclosure)
{
    private const string MunicipalityExistsSql = "SELECT EXISTS (SELECT 1 FROM areas WHERE level = 'municipality' AND code = @code)";

    private const string InsertSql = """
        INSERT INTO indicators (code, name_da, name_en, unit, polarity, decimals, definition, source, count_based, illustrative,
                                owner_municipality, source_name, source_licence, version, state)
        VALUES (@code, @name_da, @name_en, @unit, @polarity, @decimals, @definition, @source, @count_based, @illustrative,
                @owner, @source_name, @source_licence, 1, @state)
        ON CONFLICT (code) DO NOTHING
        RETURNING version
        """;

    /// <summary>Owner and version, row-locked for the edit that follows. Param: code.</summary>
    private const string LockSql = "SELECT owner_municipality, version, unit, count_based FROM indicators WHERE code = @code FOR UPDATE";

    private const string UpdateSql = """
        UPDATE indicators
           SET name_da = @name_da, name_en = @name_en, unit = @unit, polarity = @polarity, decimals = @decimals, definition = @definition,
               count_based = @count_based, illustrative = @illustrative, source_name = @source_name, source_licence = @source_licence,
               version = version + 1
         WHERE code = @code
        RETURNING version
        """;

    private const string SetStateSql = "UPDATE indicators SET state = @state, version = version + 1 WHERE code = @code RETURNING version";

    /// <summary>Its values go with it (foreign key on delete cascade).</summary>
    private const string DeleteSql = "DELETE FROM indicators WHERE code = @code";

    private const string Entity = "indicator";

    /// <summary>
    /// A definition made by an import (workshop counts): created, or renamed when it exists with the same owner; a code of
    /// another owner is left alone (no row returned). Returns the version before (null when created) and after.
    /// </summary>
    private const string UpsertImportedSql = """
        WITH before AS (SELECT version FROM indicators WHERE code = @code)
        INSERT INTO indicators (code, name_da, name_en, unit, polarity, decimals, definition, source, count_based, illustrative,
                                owner_municipality, source_name, source_licence, version, state)
        VALUES (@code, @name_da, @name_en, @unit, @polarity, @decimals, @definition, @source, @count_based, @illustrative,
                @owner, @source_name, @source_licence, 1, @state)
        ON CONFLICT (code) DO UPDATE
           SET name_da = excluded.name_da, name_en = excluded.name_en, definition = excluded.definition, source_name = excluded.source_name,
               version = indicators.version + 1
         WHERE indicators.owner_municipality = excluded.owner_municipality
        RETURNING (SELECT version FROM before) AS version_before, version
        """;

    public async Task<DefinitionResult> CreateAsync(Indicator d, CancellationToken ct)
    {
        user.Require(Permission.Edit, d.OwnerMunicipality);
        int version;
        await using (var conn = await db.OpenConnectionAsync(ct))
        await using (var tx = await conn.BeginTransactionAsync(ct))
        {
            if (!await MunicipalityExistsAsync(conn, tx, d.OwnerMunicipality!, ct)) return new(DefinitionOutcome.UnknownMunicipality);
            await using var cmd = new NpgsqlCommand(InsertSql, conn, tx);
            Bind(cmd, d);
            cmd.Parameters.AddWithValue("source", d.Source);
            cmd.Parameters.AddWithValue("owner", d.OwnerMunicipality!);
            cmd.Parameters.AddWithValue("state", d.State);
            if (await cmd.ExecuteScalarAsync(ct) is not int v) return new(DefinitionOutcome.Taken);
            version = v;
            await audit.WriteAsync(conn, tx, new AuditEntry(Entity, d.Code, "create", d.OwnerMunicipality, null, version), ct);
            await tx.CommitAsync(ct);
        }
        catalogue.Invalidate();
        return new(DefinitionOutcome.Ok, version, d.OwnerMunicipality);
    }

    /// <summary>Replaces an own definition (its code and owner stay); with values stored, disclosure control is re-run under the new definition.</summary>
    public async Task<DefinitionResult> UpdateAsync(string code, int? expectedVersion, Indicator d, CancellationToken ct)
    {
        int version;
        await using (var conn = await db.OpenConnectionAsync(ct))
        await using (var tx = await conn.BeginTransactionAsync(ct))
        {
            if (await LockAsync(conn, tx, code, ct) is not { } current) return new(DefinitionOutcome.NotFound);
            if (current.Owner is null) return new(DefinitionOutcome.National);
            user.Require(Permission.Edit, current.Owner);
            if (current.Owner != d.OwnerMunicipality) return new(DefinitionOutcome.OwnerChanged, current.Version, current.Owner);
            if (expectedVersion is { } e && e != current.Version) return new(DefinitionOutcome.Stale, current.Version, current.Owner);
            await using (var cmd = new NpgsqlCommand(UpdateSql, conn, tx))
            {
                d.Code = code;
                Bind(cmd, d);
                version = (int)(await cmd.ExecuteScalarAsync(ct))!;
            }
            if (d.CountBased && (d.Unit != current.Unit || !current.CountBased)) await Aggregation.RollUpAsync(conn, tx, code, d.Unit, ct);
            await disclosure.ApplyAsync(conn, tx, code, ct);
            await audit.WriteAsync(conn, tx, new AuditEntry(Entity, code, "update", current.Owner, current.Version, version), ct);
            await tx.CommitAsync(ct);
        }
        catalogue.Invalidate();
        return new(DefinitionOutcome.Ok, version, d.OwnerMunicipality);
    }

    /// <summary>Publishes an own definition (its values become visible to everyone, through disclosure control) or takes it back to draft.</summary>
    public async Task<DefinitionResult> SetStateAsync(string code, int? expectedVersion, string state, CancellationToken ct)
    {
        int version;
        string owner;
        await using (var conn = await db.OpenConnectionAsync(ct))
        await using (var tx = await conn.BeginTransactionAsync(ct))
        {
            if (await LockAsync(conn, tx, code, ct) is not { } current) return new(DefinitionOutcome.NotFound);
            if (current.Owner is null) return new(DefinitionOutcome.National);
            user.Require(Permission.Edit, owner = current.Owner);
            if (expectedVersion is { } e && e != current.Version) return new(DefinitionOutcome.Stale, current.Version, current.Owner);
            await using (var cmd = new NpgsqlCommand(SetStateSql, conn, tx))
            {
                cmd.Parameters.AddWithValue("code", code);
                cmd.Parameters.AddWithValue("state", state);
                version = (int)(await cmd.ExecuteScalarAsync(ct))!;
            }
            await audit.WriteAsync(conn, tx, new AuditEntry(Entity, code, state == Publication.Published ? "publish" : "unpublish", current.Owner, current.Version, version), ct);
            await tx.CommitAsync(ct);
        }
        catalogue.Invalidate();
        return new(DefinitionOutcome.Ok, version, owner);
    }

    /// <summary>Deletes an own definition and all its values.</summary>
    public async Task<DefinitionResult> DeleteAsync(string code, int? expectedVersion, CancellationToken ct)
    {
        await using (var conn = await db.OpenConnectionAsync(ct))
        await using (var tx = await conn.BeginTransactionAsync(ct))
        {
            if (await LockAsync(conn, tx, code, ct) is not { } current) return new(DefinitionOutcome.NotFound);
            if (current.Owner is null) return new(DefinitionOutcome.National);
            user.Require(Permission.Edit, current.Owner);
            if (expectedVersion is { } e && e != current.Version) return new(DefinitionOutcome.Stale, current.Version, current.Owner);
            await using (var cmd = new NpgsqlCommand(DeleteSql, conn, tx))
            {
                cmd.Parameters.AddWithValue("code", code);
                await cmd.ExecuteNonQueryAsync(ct);
            }
            await audit.WriteAsync(conn, tx, new AuditEntry(Entity, code, "delete", current.Owner, current.Version, null), ct);
            await tx.CommitAsync(ct);
        }
        catalogue.Invalidate();
        return new(DefinitionOutcome.Ok);
    }

    /// <summary>
    /// Creates or renames a definition an import makes (the caller has checked the right to write its owner's data), with
    /// its audit row, in the import's transaction. False when the code belongs to someone else.
    /// </summary>
    public async Task<bool> UpsertImportedAsync(NpgsqlConnection conn, NpgsqlTransaction tx, Indicator d, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(UpsertImportedSql, conn, tx);
        Bind(cmd, d);
        cmd.Parameters.AddWithValue("source", d.Source);
        cmd.Parameters.AddWithValue("owner", d.OwnerMunicipality!);
        cmd.Parameters.AddWithValue("state", d.State);
        int? before, after;
        await using (var r = await cmd.ExecuteReaderAsync(ct))
        {
            if (!await r.ReadAsync(ct)) return false;
            (before, after) = (r.Get<int?>("version_before"), r.Get<int>("version"));
        }
        await audit.WriteAsync(conn, tx, new AuditEntry(Entity, d.Code, before is null ? "create" : "update", d.OwnerMunicipality, before, after), ct);
        return true;
    }

    private sealed record Locked(string? Owner, int Version, string Unit, bool CountBased);

    private static async Task<Locked?> LockAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string code, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(LockSql, conn, tx);
        cmd.Parameters.AddWithValue("code", code);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        return await r.ReadAsync(ct)
            ? new Locked(r.Get<string?>("owner_municipality"), r.Get<int>("version"), r.Get<string>("unit"), r.Get<bool>("count_based"))
            : null;
    }

    private static async Task<bool> MunicipalityExistsAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string code, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(MunicipalityExistsSql, conn, tx);
        cmd.Parameters.AddWithValue("code", code);
        return (bool)(await cmd.ExecuteScalarAsync(ct))!;
    }

    private static void Bind(NpgsqlCommand cmd, Indicator d)
    {
        DefinitionParameters.Add(cmd.Parameters, d.Code, d.NameDa, d.NameEn, d.Unit, d.Polarity, d.Decimals, d.Definition);
        cmd.Parameters.AddWithValue("count_based", d.CountBased);
        cmd.Parameters.AddWithValue("illustrative", d.Illustrative);
        cmd.Parameters.AddWithValue("source_name", (object?)d.SourceName ?? DBNull.Value);
        cmd.Parameters.AddWithValue("source_licence", (object?)d.SourceLicence ?? DBNull.Value);
    }
}
