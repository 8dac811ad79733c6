using Npgsql;

namespace Kortlaegning.Api.Indicators;

/// <summary>Validates an uploaded value CSV against the catalogue and the loaded areas, then writes it all or nothing.</summary>
public sealed class IndicatorImport(NpgsqlDataSource db, ValueWriter writer)
{
    public async Task<(int Written, IReadOnlyList<RowError> Errors)> ImportAsync(string csv, string source, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var units = new Dictionary<string, string>();
        await using (var cmd = new NpgsqlCommand("SELECT code, unit FROM indicators", conn))
        await using (var r = await cmd.ExecuteReaderAsync(ct))
        {
            while (await r.ReadAsync(ct)) units[r.GetString(0)] = r.GetString(1);
        }
        var areas = new HashSet<(string, string)>();
        await using (var cmd = new NpgsqlCommand("SELECT level, code FROM areas", conn))
        await using (var r = await cmd.ExecuteReaderAsync(ct))
        {
            while (await r.ReadAsync(ct)) areas.Add((r.GetString(0), r.GetString(1)));
        }
        var (rows, errors) = ValueCsvReader.Parse(csv, units, areas, source);
        if (errors.Count > 0) return (0, errors);
        if (rows.Count == 0) return (0, [new RowError(2, "file", "The file has a header but no rows.")]);
        await using var tx = await conn.BeginTransactionAsync(ct);
        int written = await writer.WriteAsync(conn, tx, rows, ct);
        await tx.CommitAsync(ct);
        return (written, []);
    }
}
