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

    public static async Task RollUpAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string code, string unit, CancellationToken ct)
    {
        await IndicatorStore.DeleteAggregatedAsync(conn, tx, code, ct);
        foreach (var (child, parent) in Steps)
        {
            var groups = (await IndicatorStore.ChildValuesAsync(conn, tx, code, child, parent, ct))
                .GroupBy(c => (c.ParentId, c.Period))
                .ToDictionary(g => g.Key, g => g.Select(c => new ChildValue("", c.Numerator, c.Denominator, c.Note == "estimated" ? ValueNote.Estimated : ValueNote.None)).ToList());
            foreach (var ((parentId, period), children) in groups)
            {
                var agg = RateAggregation.Aggregate(children, Units.RateMultiplier(unit) ?? 100);
                double? value = unit == "count" ? agg.Numerator : Units.RateMultiplier(unit) is null ? null : agg.Rate;
                if (value is null) continue; // not computable from these children: no parent value rather than a wrong one
                await IndicatorStore.UpsertAggregatedAsync(conn, tx, code, parentId, period, value.Value, agg.Numerator, agg.Denominator, $"aggregated:{child}", ct);
            }
        }
    }
}
