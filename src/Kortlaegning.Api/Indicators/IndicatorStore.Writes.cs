using Kortlaegning.Api.Infrastructure.Data;
using Npgsql;
using NpgsqlTypes;

namespace Kortlaegning.Api.Indicators;

public sealed partial class IndicatorStore
{
    private const string CreateStagingSql = """
        CREATE TEMP TABLE IF NOT EXISTS staging_values (indicator text, level text, area_code text, period text, value float8,
          numerator float8, denominator float8, ci_low float8, ci_high float8, note text, source text) ON COMMIT DROP;
        TRUNCATE staging_values;
        """;

    private const string CopyStagingSql =
        "COPY staging_values (indicator, level, area_code, period, value, numerator, denominator, ci_low, ci_high, note, source) FROM STDIN (FORMAT BINARY)";

    private const string UpsertStagedSql = """
        INSERT INTO indicator_values (indicator_code, area_id, period, value, numerator, denominator, ci_low, ci_high, note, suppressed, source)
        SELECT s.indicator, a.id, s.period, s.value, s.numerator, s.denominator, s.ci_low, s.ci_high, s.note, false, s.source
          FROM staging_values s JOIN areas a ON a.level = s.level AND a.code = s.area_code
        ON CONFLICT (indicator_code, area_id, period) DO UPDATE
           SET value = excluded.value, numerator = excluded.numerator, denominator = excluded.denominator,
               ci_low = excluded.ci_low, ci_high = excluded.ci_high, note = excluded.note, source = excluded.source
        """;

    private const string CountBasedUnitsSql = "SELECT code, unit FROM indicators WHERE count_based AND code = ANY(@codes)";

    private const string DeleteAggregatedSql = "DELETE FROM indicator_values WHERE indicator_code = @code AND note = 'aggregated'";

    /// <summary>Child values with their primary parent at the parent level, for parents without a value of their own.</summary>
    private const string ChildValuesSql = """
        SELECT ap.parent_id, v.period, v.numerator, v.denominator, v.note
          FROM indicator_values v
          JOIN areas c ON c.id = v.area_id AND c.level = @child
          JOIN area_parents ap ON ap.child_id = c.id AND ap.is_primary AND ap.parent_level = @parent
         WHERE v.indicator_code = @code
           AND NOT EXISTS (SELECT 1 FROM indicator_values own
                            WHERE own.indicator_code = @code AND own.area_id = ap.parent_id AND own.period = v.period
                              AND own.note IS DISTINCT FROM 'aggregated')
        """;

    private const string UpsertAggregatedSql = """
        INSERT INTO indicator_values (indicator_code, area_id, period, value, numerator, denominator, note, suppressed, source)
        VALUES (@code, @area, @period, @value, @numerator, @denominator, 'aggregated', false, @source)
        ON CONFLICT (indicator_code, area_id, period) DO UPDATE
           SET value = excluded.value, numerator = excluded.numerator, denominator = excluded.denominator,
               note = excluded.note, source = excluded.source
        """;

    /// <summary>
    /// Every count of a count-based indicator with its area's level, code and municipality: disclosure control's cells.
    /// A value of a count indicator is its own numerator, so a small count sent as a value is a cell too.
    /// </summary>
    private const string DisclosureCellsSql = """
        SELECT v.id, v.period, COALESCE(v.numerator, CASE WHEN i.unit = 'count' THEN v.value END) AS numerator, v.denominator, a.level, a.code, a.municipality_code,
               (SELECT p.code FROM area_parents ap JOIN areas p ON p.id = ap.parent_id
                 WHERE ap.child_id = a.id AND ap.is_primary AND ap.parent_level = 'parish' LIMIT 1) AS parish_code
          FROM indicator_values v JOIN areas a ON a.id = v.area_id JOIN indicators i ON i.code = v.indicator_code
         WHERE v.indicator_code = @code AND i.count_based AND COALESCE(v.numerator, CASE WHEN i.unit = 'count' THEN v.value END) IS NOT NULL
        """;

    private const string SetSuppressedSql = "UPDATE indicator_values SET suppressed = (id = ANY(@ids)) WHERE indicator_code = @code";

    /// <summary>A child's value on its way up to its primary parent (see <see cref="Aggregation"/>).</summary>
    public sealed record ChildValueRow(int ParentId, string Period, double? Numerator, double? Denominator, string? Note);

    /// <summary>A stored count, as disclosure control sees it; <see cref="ParishCode"/> is the primary parish of a department or local community.</summary>
    public sealed record DisclosureRow(long Id, string Period, double Numerator, double? Denominator, string Level, string Code, string? MunicipalityCode, string? ParishCode = null);

    /// <summary>Copies the rows into a temporary staging table of the transaction, then upserts them; returns how many were stored.</summary>
    public static async Task<int> UpsertValuesAsync(NpgsqlConnection conn, NpgsqlTransaction tx, IReadOnlyList<ValueRow> rows, CancellationToken ct)
    {
        await using (var create = new NpgsqlCommand(CreateStagingSql, conn, tx))
        {
            await create.ExecuteNonQueryAsync(ct);
        }
        await using (var copy = await conn.BeginBinaryImportAsync(CopyStagingSql, ct))
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
        await using var upsert = new NpgsqlCommand(UpsertStagedSql, conn, tx);
        return await upsert.ExecuteNonQueryAsync(ct);
    }

    /// <summary>(code, unit) of those of <paramref name="codes"/> that are count-based.</summary>
    public static async Task<IReadOnlyList<(string Code, string Unit)>> CountBasedUnitsAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string[] codes, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(CountBasedUnitsSql, conn, tx);
        cmd.Parameters.AddWithValue("codes", codes);
        var units = new List<(string, string)>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) units.Add((r.Get<string>("code"), r.Get<string>("unit")));
        return units;
    }

    public static async Task DeleteAggregatedAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string code, CancellationToken ct)
    {
        await using var delete = new NpgsqlCommand(DeleteAggregatedSql, conn, tx);
        delete.Parameters.AddWithValue("code", code);
        await delete.ExecuteNonQueryAsync(ct);
    }

    public static async Task<IReadOnlyList<ChildValueRow>> ChildValuesAsync(
        NpgsqlConnection conn, NpgsqlTransaction tx, string code, string childLevel, string parentLevel, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(ChildValuesSql, conn, tx);
        cmd.Parameters.AddWithValue("code", code);
        cmd.Parameters.AddWithValue("child", childLevel);
        cmd.Parameters.AddWithValue("parent", parentLevel);
        var list = new List<ChildValueRow>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            list.Add(new ChildValueRow(r.Get<int>("parent_id"), r.Get<string>("period"), r.Get<double?>("numerator"), r.Get<double?>("denominator"), r.Get<string?>("note")));
        }
        return list;
    }

    public static async Task UpsertAggregatedAsync(
        NpgsqlConnection conn, NpgsqlTransaction tx, string code, int areaId, string period, double value, double? numerator, double? denominator, string source,
        CancellationToken ct)
    {
        await using var insert = new NpgsqlCommand(UpsertAggregatedSql, conn, tx);
        insert.Parameters.AddWithValue("code", code);
        insert.Parameters.AddWithValue("area", areaId);
        insert.Parameters.AddWithValue("period", period);
        insert.Parameters.AddWithValue("value", value);
        insert.Parameters.AddWithValue("numerator", (object?)numerator ?? DBNull.Value);
        insert.Parameters.AddWithValue("denominator", (object?)denominator ?? DBNull.Value);
        insert.Parameters.AddWithValue("source", source);
        await insert.ExecuteNonQueryAsync(ct);
    }

    public static async Task<IReadOnlyList<DisclosureRow>> DisclosureCellsAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string code, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(DisclosureCellsSql, conn, tx);
        cmd.Parameters.AddWithValue("code", code);
        var list = new List<DisclosureRow>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            list.Add(new DisclosureRow(r.Get<long>("id"), r.Get<string>("period"), r.Get<double>("numerator"), r.Get<double?>("denominator"),
                r.Get<string>("level"), r.Get<string>("code"), r.Get<string?>("municipality_code"), r.Get<string?>("parish_code")));
        }
        return list;
    }

    /// <summary>Marks exactly <paramref name="ids"/> of the indicator's values as suppressed, and the rest as published.</summary>
    public static async Task SetSuppressedAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string code, long[] ids, CancellationToken ct)
    {
        await using var update = new NpgsqlCommand(SetSuppressedSql, conn, tx);
        update.Parameters.AddWithValue("ids", ids);
        update.Parameters.AddWithValue("code", code);
        await update.ExecuteNonQueryAsync(ct);
    }
}
