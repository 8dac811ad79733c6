using Kortlaegning.Api.Accounts;
using Kortlaegning.Api.Audit;
using Kortlaegning.Api.Infrastructure.Localisation;
using Kortlaegning.Api.Infrastructure.Validation;
using Npgsql;

namespace Kortlaegning.Api.Indicators;

/// <summary>
/// Validates an uploaded value CSV against the catalogue and the loaded areas, checks who may write each indicator's
/// values, then writes it all or nothing with one audit row per indicator in the same transaction. Values of a
/// national indicator need <see cref="Permission.EditReference"/> (national admin); values of an own indicator need
/// <see cref="Permission.Import"/> for its municipality and must lie in it. What a user writes carries the user as its
/// source (<c>upload:&lt;who&gt;</c>), never an official dataset's id.
/// </summary>
public sealed class IndicatorImport(IndicatorStore store, NpgsqlDataSource db, ValueWriter writer, ICurrentUser user, AuditLog audit)
{
    /// <summary>The number of values written, or the problems of the file (then nothing is written).</summary>
    public async Task<(int Written, FieldErrors Errors)> ImportAsync(string csv, string? label, CancellationToken ct)
    {
        var targets = await store.UploadTargetsAsync(ct);
        var areas = await store.AreaMunicipalitiesAsync(ct);
        var ownSeen = new HashSet<string>(StringComparer.Ordinal);
        string? OutsideOwner(string indicator, string level, string code)
        {
            if (targets[indicator].OwnerMunicipality is not { } owner) return null;
            ownSeen.Add(indicator);
            var m = areas[(level, code)];
            return m == owner ? null
                : m is null ? Texts.OwnValueInNoMunicipality.Format(Texts.LevelName(level), code, indicator, owner)
                : Texts.OwnValueOtherMunicipality.Format(Texts.LevelName(level), code, m, indicator, owner);
        }
        var (rows, errors) = ValueCsvReader.Parse(csv, targets.ToDictionary(t => t.Key, t => t.Value.Unit), areas.Keys.ToHashSet(), SourceOf(label), OutsideOwner);

        // Who may write comes before what is wrong with the rows: a caller without the right learns nothing more.
        var indicators = rows.Select(r => r.Indicator).Concat(ownSeen).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        foreach (var code in indicators) RequireWrite(targets[code].OwnerMunicipality);
        if (errors.Any) return (0, errors);
        if (rows.Count == 0)
        {
            errors.Add("file", Texts.HeaderNoRows.Get());
            return (0, errors);
        }
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        int written;
        try
        {
            written = await writer.WriteAsync(conn, tx, rows, ct);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ForeignKeyViolation)
        {
            // An own definition deleted between the check and the write: nothing is written.
            errors.Add("file", Texts.IndicatorDeletedDuringImport.Get());
            return (0, errors);
        }
        foreach (var code in indicators)
        {
            await audit.WriteAsync(conn, tx, new AuditEntry("indicator_values", code, "import", targets[code].OwnerMunicipality), ct);
        }
        await writer.CommitAsync(tx, ct);
        return (written, errors);
    }

    /// <summary>National values: a national admin only. Own values: an analyst (or more) of the owner.</summary>
    public void RequireWrite(string? owner)
    {
        if (owner is null) user.Require(Permission.EditReference, null);
        else user.Require(Permission.Import, owner);
    }

    /// <summary>
    /// The source stored with each value: the command line keeps the label it is given (the file name); a person's upload
    /// is <c>upload:&lt;who&gt;</c>, with their label after it, so no upload passes for an official dataset.
    /// </summary>
    public string SourceOf(string? label)
    {
        var actor = user.Actor;
        label = string.IsNullOrWhiteSpace(label) ? null : new string(label.Trim().Where(c => !char.IsControl(c)).ToArray());
        var source = actor.Kind == ActorKinds.System ? label ?? "upload" : $"upload:{actor.Name ?? actor.Kind}{(label is null ? "" : $" ({label})")}";
        return source.Length <= 100 ? source : source[..100];
    }
}
