using Kortlaegning.Api.Areas;
using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Domain.Boundaries;
using Kortlaegning.Domain.Indicators;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;
using DomainValue = Kortlaegning.Domain.Indicators.IndicatorValue;

namespace Kortlaegning.Api.Indicators;

/// <summary>
/// The area profile ("spine chart"): every indicator for one area against its municipality and Denmark,
/// compared Fingertips-style on the 95 % interval (Wilson from counts when no interval is given).
/// </summary>
public static class ProfileEndpoints
{
    public const string Method =
        "Each value is compared with the municipality's and Denmark's value for the same period: 'better'/'worse' when the " +
        "area's 95 % confidence interval excludes the comparator (direction by polarity), 'similar' when it includes it, " +
        "'higher'/'lower' for indicators without a good direction, 'not_compared' without an interval or counts " +
        "(survey percentages from the health profile carry none here). Wilson score interval from numerator/denominator.";

    public static void MapProfiles(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/areas/{level}/{code}/profile", Profile).WithTags("Areas", "Indicators").WithName("AreaProfile")
            .WithSummary("Every indicator for an area against its municipality and Denmark, with comparison, trend and sources.");

    private sealed record Row(string Role, string Indicator, string Period, double? Value, double? Num, double? Den, double? Lo, double? Hi, string? Note);

    internal static async Task<Results<Ok<AreaProfile>, ProblemHttpResult>> Profile(
        string level, string code, string? period, NpgsqlDataSource db, IndicatorCatalogue catalogue, CancellationToken ct)
    {
        if (!AreaQueryParameters.TryLevel(level, out var lvl, out var problem)) return problem!;
        if (!AreaQueryParameters.TryCode(lvl, code, "code", out var normalised, out problem)) return problem!;
        await using var conn = await db.OpenConnectionAsync(ct);
        AreaRefDto area;
        await using (var cmd = new NpgsqlCommand(IndicatorQueries.AreaHeader, conn))
        {
            cmd.Parameters.AddWithValue("level", lvl.Name());
            cmd.Parameters.AddWithValue("code", normalised);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            if (!await r.ReadAsync(ct)) return Problems.NotFound($"No {lvl.Name()} with code {normalised}.");
            area = new AreaRefDto(r.GetString(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3));
        }
        var rows = new List<Row>();
        await using (var cmd = new NpgsqlCommand(IndicatorQueries.Profile, conn))
        {
            cmd.Parameters.AddWithValue("level", area.Level);
            cmd.Parameters.AddWithValue("code", area.Code);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
            {
                double? D(int i) => r.IsDBNull(i) ? null : r.GetDouble(i);
                rows.Add(new Row(r.GetString(0), r.GetString(1), r.GetString(2), D(3), D(4), D(5), D(6), D(7), r.IsDBNull(8) ? null : r.GetString(8)));
            }
        }
        var infos = (await catalogue.ListAsync(null, ct)).ToDictionary(i => i.Code);
        var entries = new List<ProfileEntry>();
        foreach (var byIndicator in rows.GroupBy(r => r.Indicator))
        {
            var info = infos[byIndicator.Key];
            var own = byIndicator.Where(r => r.Role == "area").OrderBy(r => r.Period, StringComparer.Ordinal).ToList();
            // No value at this level (the health profile has no parishes): show the municipality's and Denmark's
            // values for context, with the area's own value empty and said so, rather than leaving the row out.
            var current = own.Count > 0
                ? (period is null ? own.LastOrDefault(r => r.Value is not null) ?? own[^1] : own.FirstOrDefault(r => r.Period == period))
                : ContextOnly(byIndicator, period, area.Level);
            if (current is null) continue;
            var muni = byIndicator.FirstOrDefault(r => r.Role == "municipality" && r.Period == current.Period);
            var dk = byIndicator.FirstOrDefault(r => r.Role == "denmark" && r.Period == current.Period);
            entries.Add(new ProfileEntry(info.Code, info.Name, info.Unit, info.Polarity, info.Decimals, info.Illustrative,
                current.Period, current.Value, current.Lo, current.Hi, current.Num, current.Den, current.Note,
                Comparator(muni), Comparator(dk),
                Compare(current, muni, info), Compare(current, dk, info),
                own.Select(r => new TrendPoint(r.Period, r.Value, r.Note)).ToList(), info.Source));
        }
        var sources = entries.Select(e => e.Source).DistinctBy(s => s.Id).ToList();
        return TypedResults.Ok(new AreaProfile(area, period, entries, Method, sources));
    }

    private static Row? ContextOnly(IEnumerable<Row> rows, string? period, string level)
    {
        var context = rows.Where(r => r.Role != "area" && (period is null || r.Period == period)).OrderBy(r => r.Period, StringComparer.Ordinal).LastOrDefault();
        return context is null ? null : new Row("area", context.Indicator, context.Period, null, null, null, null, null, $"no {level} data");
    }

    private static ComparatorValue? Comparator(Row? r) => r is null ? null : new ComparatorValue(r.Period, r.Value, r.Lo, r.Hi, r.Note);

    private static string Compare(Row area, Row? comparator, IndicatorInfo info)
    {
        if (comparator?.Value is null || area.Value is null) return "not_compared";
        var polarity = info.Polarity switch { "high_is_good" => Polarity.HighIsGood, "low_is_good" => Polarity.LowIsGood, _ => Polarity.NoJudgement };
        var interval = area.Lo is { } lo && area.Hi is { } hi ? new ConfidenceInterval(lo, hi) : (ConfidenceInterval?)null;
        var multiplier = Units.RateMultiplier(info.Unit);
        if (interval is null && multiplier is null) return "not_compared"; // counts, years: no interval to judge by
        var outcome = Comparison.Compare(new DomainValue(area.Value, interval, area.Num, area.Den), comparator.Value, polarity, multiplier: multiplier ?? 100);
        return outcome switch
        {
            ComparisonOutcome.Better => "better",
            ComparisonOutcome.Worse => "worse",
            ComparisonOutcome.Similar => "similar",
            ComparisonOutcome.Higher => "higher",
            ComparisonOutcome.Lower => "lower",
            _ => "not_compared",
        };
    }
}
