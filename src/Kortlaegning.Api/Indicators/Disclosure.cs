using System.Globalization;
using Kortlaegning.Domain.Indicators;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Kortlaegning.Api.Indicators;

/// <summary>
/// Applies the domain's <see cref="DisclosureControl"/> to one count-based indicator as stored: every value with a
/// numerator is a cell; siblings are the areas of one level within one municipality (or all municipalities
/// within Denmark, or the departments and local communities of one parish) for one period, and their published parent value is the group total, so a suppressed
/// count cannot be recovered by subtraction. The decision is stored in <c>suppressed</c>; the
/// <c>indicator_values_public</c> view then withholds value, counts and interval.
/// </summary>
public sealed class Disclosure(IOptions<KortlaegningOptions> options)
{
    private static readonly string[] MunicipalityChildLevels = ["parish", "postcode", "housing_department", "local_community", "custom"];

    private static readonly string[] ParishChildLevels = ["housing_department", "local_community"];

    private static string ParishGroup(string period, string level, string parish) => $"{period}|{level}|parish:{parish}";

    public async Task ApplyAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string indicator, CancellationToken ct)
    {
        var cells = new List<DisclosureCell>();
        var totals = new Dictionary<string, string>();
        foreach (var row in await IndicatorStore.DisclosureCellsAsync(conn, tx, indicator, ct))
        {
            var id = row.Id.ToString(CultureInfo.InvariantCulture);
            string? parentGroup = row.Level switch
            {
                "country" or "region" => null,
                "municipality" => $"{row.Period}|municipality|DK",
                _ => row.MunicipalityCode is null ? null : $"{row.Period}|{row.Level}|{row.MunicipalityCode}",
            };
            var groups = new List<string>(2);
            if (parentGroup is not null) groups.Add(parentGroup);
            // Departments and local communities roll up into their parish, whose value is then their total there too.
            if (row.Level is "housing_department" or "local_community" && row.ParishCode is not null) groups.Add(ParishGroup(row.Period, row.Level, row.ParishCode));
            cells.Add(new DisclosureCell(id, (long)Math.Round(row.Numerator), groups, row.Denominator));
            // This value is the published total of its children's group.
            if (row.Level == "country") totals[$"{row.Period}|municipality|DK"] = id;
            if (row.Level == "municipality")
            {
                foreach (var child in MunicipalityChildLevels) totals[$"{row.Period}|{child}|{row.Code}"] = id;
            }
            if (row.Level == "parish")
            {
                foreach (var child in ParishChildLevels) totals[ParishGroup(row.Period, child, row.Code)] = id;
            }
        }
        if (cells.Count == 0) return;
        var result = DisclosureControl.Apply(cells, new DisclosureOptions
        {
            Threshold = options.Value.DisclosureThreshold,
            GroupTotals = totals,
        });
        var suppressed = result.Cells.Values.Where(d => !d.Published).Select(d => long.Parse(d.Id, CultureInfo.InvariantCulture)).ToArray();
        await IndicatorStore.SetSuppressedAsync(conn, tx, indicator, suppressed, ct);
    }
}
