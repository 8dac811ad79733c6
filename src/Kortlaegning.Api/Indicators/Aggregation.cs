using Kortlaegning.Domain.Indicators;
using Npgsql;

namespace Kortlaegning.Api.Indicators;

/// <summary>
/// Rolls count-based values up the area hierarchy — housing department and local community → parish → municipality —
/// wherever the parent has no value of its own for that period: counts sum, rates are recomputed from the summed
/// numerators and denominators (<see cref="RateAggregation"/>), never averaged. Rolled-up rows carry the note
/// "aggregated" and are rebuilt on every write, so they always follow their children; disclosure control then
/// treats them like any other value. A parish built from two of its housing departments is those departments'
/// total, not the parish's: the note and the source ("aggregated:housing_department") say so.
/// </summary>
public static class Aggregation
{
    /// <summary>Child level → parent level, in the order they are rolled up (lower levels first).</summary>
    private static readonly (string Child, string Parent)[] Steps =
    [
        ("housing_department", "parish"),
        ("local_community", "parish"),
        ("parish", "municipality"),
    ];

    private const string DeleteDerived = "DELETE FROM indicator_values WHERE indicator_code = @code AND note = 'aggregated'";

    /// <summary>Child values with their primary parent at the parent level, for parents without a value of their own.</summary>
    private const string Children = """
        SELECT ap.parent_id, v.period, v.numerator, v.denominator, v.note
          FROM indicator_values v
          JOIN areas c ON c.id = v.area_id AND c.level = @child
          JOIN area_parents ap ON ap.child_id = c.id AND ap.is_primary AND ap.parent_level = @parent
         WHERE v.indicator_code = @code
           AND NOT EXISTS (SELECT 1 FROM indicator_values own
                            WHERE own.indicator_code = @code AND own.area_id = ap.parent_id AND own.period = v.period
                              AND own.note IS DISTINCT FROM 'aggregated')
        """;

    private const string Insert = """
        INSERT INTO indicator_values (indicator_code, area_id, period, value, numerator, denominator, note, suppressed, source)
        VALUES (@code, @area, @period, @value, @numerator, @denominator, 'aggregated', false, @source)
        ON CONFLICT (indicator_code, area_id, period) DO UPDATE
           SET value = excluded.value, numerator = excluded.numerator, denominator = excluded.denominator,
               note = excluded.note, source = excluded.source
        """;

    public static async Task RollUpAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string code, string unit, CancellationToken ct)
    {
        await using (var delete = new NpgsqlCommand(DeleteDerived, conn, tx))
        {
            delete.Parameters.AddWithValue("code", code);
            await delete.ExecuteNonQueryAsync(ct);
        }
        foreach (var (child, parent) in Steps)
        {
            var groups = new Dictionary<(int Parent, string Period), List<ChildValue>>();
            await using (var cmd = new NpgsqlCommand(Children, conn, tx))
            {
                cmd.Parameters.AddWithValue("code", code);
                cmd.Parameters.AddWithValue("child", child);
                cmd.Parameters.AddWithValue("parent", parent);
                await using var r = await cmd.ExecuteReaderAsync(ct);
                while (await r.ReadAsync(ct))
                {
                    var key = (r.GetInt32(0), r.GetString(1));
                    if (!groups.TryGetValue(key, out var list)) groups[key] = list = [];
                    var note = r.IsDBNull(4) ? null : r.GetString(4);
                    list.Add(new ChildValue("", r.IsDBNull(2) ? null : r.GetDouble(2), r.IsDBNull(3) ? null : r.GetDouble(3),
                        note == "estimated" ? ValueNote.Estimated : ValueNote.None));
                }
            }
            foreach (var ((parentId, period), children) in groups)
            {
                var agg = RateAggregation.Aggregate(children, Units.RateMultiplier(unit) ?? 100);
                double? value = unit == "count" ? agg.Numerator : Units.RateMultiplier(unit) is null ? null : agg.Rate;
                if (value is null) continue; // not computable from these children: no parent value rather than a wrong one
                await using var insert = new NpgsqlCommand(Insert, conn, tx);
                insert.Parameters.AddWithValue("code", code);
                insert.Parameters.AddWithValue("area", parentId);
                insert.Parameters.AddWithValue("period", period);
                insert.Parameters.AddWithValue("value", value.Value);
                insert.Parameters.AddWithValue("numerator", (object?)agg.Numerator ?? DBNull.Value);
                insert.Parameters.AddWithValue("denominator", (object?)agg.Denominator ?? DBNull.Value);
                insert.Parameters.AddWithValue("source", $"aggregated:{child}");
                await insert.ExecuteNonQueryAsync(ct);
            }
        }
    }
}
