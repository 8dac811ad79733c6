using Kortlaegning.Domain.Indicators;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Kortlaegning.Api.Indicators;

/// <summary>
/// Applies the domain's <see cref="DisclosureControl"/> to one count-based indicator as stored: every value with a
/// numerator is a cell; siblings are the areas of one level within one municipality (or all municipalities
/// within Denmark) for one period, and their published parent value is the group total, so a suppressed
/// count cannot be recovered by subtraction. The decision is stored in <c>suppressed</c>; the
/// <c>indicator_values_public</c> view then withholds value, counts and interval.
/// </summary>
public sealed class Disclosure(IOptions<KortlaegningOptions> options)
{
    private const string Cells = """
        SELECT v.id, v.period, v.numerator, v.denominator, a.level, a.code, a.municipality_code
          FROM indicator_values v JOIN areas a ON a.id = v.area_id JOIN indicators i ON i.code = v.indicator_code
         WHERE v.indicator_code = @code AND i.count_based AND v.numerator IS NOT NULL
        """;

    public async Task ApplyAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string indicator, CancellationToken ct)
    {
        var cells = new List<DisclosureCell>();
        var totals = new Dictionary<string, string>();
        await using (var cmd = new NpgsqlCommand(Cells, conn, tx))
        {
            cmd.Parameters.AddWithValue("code", indicator);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
            {
                var (id, period, count, level, code) = (r.GetInt64(0).ToString(System.Globalization.CultureInfo.InvariantCulture), r.GetString(1), r.GetDouble(2), r.GetString(4), r.GetString(5));
                string? parentGroup = level switch
                {
                    "country" or "region" => null,
                    "municipality" => $"{period}|municipality|DK",
                    _ => r.IsDBNull(6) ? null : $"{period}|{level}|{r.GetString(6)}",
                };
                cells.Add(new DisclosureCell(id, (long)Math.Round(count), parentGroup is null ? [] : [parentGroup], r.IsDBNull(3) ? null : r.GetDouble(3)));
                // This value is the published total of its children's group.
                if (level == "country") totals[$"{period}|municipality|DK"] = id;
                if (level == "municipality")
                {
                    foreach (var child in new[] { "parish", "postcode", "housing_department", "local_community", "custom" })
                    {
                        totals[$"{period}|{child}|{code}"] = id;
                    }
                }
            }
        }
        if (cells.Count == 0) return;
        var result = DisclosureControl.Apply(cells, new DisclosureOptions
        {
            Threshold = options.Value.DisclosureThreshold,
            GroupTotals = totals,
        });
        var suppressed = result.Cells.Values.Where(d => !d.Published).Select(d => long.Parse(d.Id, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        await using var update = new NpgsqlCommand("UPDATE indicator_values SET suppressed = (id = ANY(@ids)) WHERE indicator_code = @code", conn, tx);
        update.Parameters.AddWithValue("ids", suppressed);
        update.Parameters.AddWithValue("code", indicator);
        await update.ExecuteNonQueryAsync(ct);
    }
}
