using Kortlaegning.Api.Infrastructure.Validation;
using Npgsql;

namespace Kortlaegning.Api.Indicators;

/// <summary>Validates an uploaded value CSV against the catalogue and the loaded areas, then writes it all or nothing.</summary>
public sealed class IndicatorImport(IndicatorStore store, NpgsqlDataSource db, ValueWriter writer)
{
    /// <summary>The number of values written, or the problems of the file (then nothing is written).</summary>
    public async Task<(int Written, FieldErrors Errors)> ImportAsync(string csv, string source, CancellationToken ct)
    {
        var units = await store.UnitsAsync(ct);
        var areas = await store.AreaKeysAsync(ct);
        var (rows, errors) = ValueCsvReader.Parse(csv, units, areas, source);
        if (errors.Any) return (0, errors);
        if (rows.Count == 0)
        {
            errors.Add("file", "The file has a header but no rows.");
            return (0, errors);
        }
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        int written = await writer.WriteAsync(conn, tx, rows, ct);
        await writer.CommitAsync(tx, ct);
        return (written, errors);
    }
}
