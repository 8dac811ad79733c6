using Kortlaegning.Domain.Indicators;
using Npgsql;

namespace Kortlaegning.Api.Indicators;

/// <summary>
/// Writes indicator values: COPY into a staging table, upsert by (indicator, area, period), roll count-based values up
/// the area hierarchy (<see cref="Aggregation"/>), then re-run disclosure control for the indicators touched. Always
/// inside the caller's transaction, so an import is all-or-nothing; commit it with <see cref="CommitAsync"/>, which
/// clears the catalogue cache after the commit.
/// </summary>
public sealed class ValueWriter(Disclosure disclosure, IndicatorCatalogue catalogue)
{
    /// <summary>Writes the rows; returns how many were stored (rows whose area is unknown are not).</summary>
    public async Task<int> WriteAsync(NpgsqlConnection conn, NpgsqlTransaction tx, IReadOnlyList<ValueRow> rows, CancellationToken ct)
    {
        int written = await IndicatorStore.UpsertValuesAsync(conn, tx, rows, ct);
        var codes = rows.Select(r => r.Indicator).Distinct().ToArray();
        foreach (var (code, unit) in await IndicatorStore.CountBasedUnitsAsync(conn, tx, codes, ct))
        {
            await Aggregation.RollUpAsync(conn, tx, code, unit, ct);
        }
        foreach (var code in codes)
        {
            await disclosure.ApplyAsync(conn, tx, code, ct);
        }
        // The catalogue is cleared by CommitAsync, after the commit, not here: a read between here and the commit still sees
        // the old levels and periods. Every caller commits through CommitAsync (or invalidates after its own commit).
        return written;
    }

    /// <summary>
    /// Commits a transaction that <see cref="WriteAsync"/> wrote into, then clears the catalogue cache: only after the
    /// commit can a read no longer see the old levels and periods.
    /// </summary>
    public async Task CommitAsync(NpgsqlTransaction tx, CancellationToken ct)
    {
        await tx.CommitAsync(ct);
        catalogue.Invalidate();
    }

    /// <summary>Fills Value from numerator/denominator where it is missing (percent, per 1,000, count).</summary>
    public static ValueRow WithComputedValue(ValueRow row, string unit) =>
        row.Value is null && Units.FromCounts(unit, row.Numerator, row.Denominator) is { } v ? row with { Value = v } : row;
}
