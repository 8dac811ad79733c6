using Kortlaegning.Domain.Indicators;
using Npgsql;
using NpgsqlTypes;

namespace Kortlaegning.Api.Indicators;

/// <summary>
/// Writes indicator values: COPY into a staging table, upsert by (indicator, area, period), roll count-based values up
/// the area hierarchy (<see cref="Aggregation"/>), then re-run disclosure control for the indicators touched. Always inside the caller's transaction,
/// so an import is all-or-nothing.
/// </summary>
public sealed class ValueWriter(Disclosure disclosure, IndicatorCatalogue catalogue)
{
    private const string Upsert = """
        INSERT INTO indicator_values (indicator_code, area_id, period, value, numerator, denominator, ci_low, ci_high, note, suppressed, source)
        SELECT s.indicator, a.id, s.period, s.value, s.numerator, s.denominator, s.ci_low, s.ci_high, s.note, false, s.source
          FROM staging_values s JOIN areas a ON a.level = s.level AND a.code = s.area_code
        ON CONFLICT (indicator_code, area_id, period) DO UPDATE
           SET value = excluded.value, numerator = excluded.numerator, denominator = excluded.denominator,
               ci_low = excluded.ci_low, ci_high = excluded.ci_high, note = excluded.note, source = excluded.source
        """;

    /// <summary>Writes the rows; returns how many were stored (rows whose area is unknown are not).</summary>
    public async Task<int> WriteAsync(NpgsqlConnection conn, NpgsqlTransaction tx, IReadOnlyList<ValueRow> rows, CancellationToken ct)
    {
        await using (var create = new NpgsqlCommand("""
            CREATE TEMP TABLE IF NOT EXISTS staging_values (indicator text, level text, area_code text, period text, value float8,
              numerator float8, denominator float8, ci_low float8, ci_high float8, note text, source text) ON COMMIT DROP;
            TRUNCATE staging_values;
            """, conn, tx))
        {
            await create.ExecuteNonQueryAsync(ct);
        }
        await using (var copy = await conn.BeginBinaryImportAsync(
            "COPY staging_values (indicator, level, area_code, period, value, numerator, denominator, ci_low, ci_high, note, source) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var r in rows)
            {
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(r.Indicator, NpgsqlDbType.Text, ct);
                await copy.WriteAsync(r.Level, NpgsqlDbType.Text, ct);
                await copy.WriteAsync(r.AreaCode, NpgsqlDbType.Text, ct);
                await copy.WriteAsync(r.Period, NpgsqlDbType.Text, ct);
                foreach (var d in new[] { r.Value, r.Numerator, r.Denominator, r.CiLow, r.CiHigh })
                {
                    if (d is { } x) await copy.WriteAsync(x, NpgsqlDbType.Double, ct); else await copy.WriteNullAsync(ct);
                }
                if (r.Note is null) await copy.WriteNullAsync(ct); else await copy.WriteAsync(r.Note, NpgsqlDbType.Text, ct);
                await copy.WriteAsync(r.Source, NpgsqlDbType.Text, ct);
            }
            await copy.CompleteAsync(ct);
        }
        int written;
        await using (var upsert = new NpgsqlCommand(Upsert, conn, tx))
        {
            written = await upsert.ExecuteNonQueryAsync(ct);
        }
        var codes = rows.Select(r => r.Indicator).Distinct().ToArray();
        await using (var countBased = new NpgsqlCommand("SELECT code, unit FROM indicators WHERE count_based AND code = ANY(@codes)", conn, tx))
        {
            countBased.Parameters.AddWithValue("codes", codes);
            var units = new List<(string Code, string Unit)>();
            await using (var r = await countBased.ExecuteReaderAsync(ct))
            {
                while (await r.ReadAsync(ct)) units.Add((r.GetString(0), r.GetString(1)));
            }
            foreach (var (code, unit) in units)
            {
                await Aggregation.RollUpAsync(conn, tx, code, unit, ct);
            }
        }
        foreach (var code in codes)
        {
            await disclosure.ApplyAsync(conn, tx, code, ct);
        }
        catalogue.Invalidate();
        return written;
    }

    /// <summary>Fills Value from numerator/denominator where it is missing (percent, per 1,000, count).</summary>
    public static ValueRow WithComputedValue(ValueRow row, string unit) =>
        row.Value is null && Units.FromCounts(unit, row.Numerator, row.Denominator) is { } v ? row with { Value = v } : row;
}
