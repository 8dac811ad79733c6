using Kortlaegning.Api.Areas;
using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Api.Infrastructure.Localisation;
using Kortlaegning.Api.Infrastructure.Validation;
using Kortlaegning.Domain.Boundaries;
using Kortlaegning.Domain.Indicators;
using Kortlaegning.Domain.OwnAreas;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
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
        "(survey percentages from the health profile carry none here). Wilson score interval from numerator/denominator. " +
        "Housing departments, local communities and custom areas are also compared with their primary parish (the parish " +
        "holding most of them); their facts and the applications' quoted facts follow the same disclosure threshold.";

    public static void MapProfiles(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/areas/{level}/{code}/profile", Profile).WithTags("Areas", "Indicators").WithName("AreaProfile")
            .WithSummary("Every indicator for an area against its municipality and Denmark, with comparison, trend and sources.");

    /// <summary>The route and query string of GET /api/areas/{level}/{code}/profile.</summary>
    public sealed record ProfileQuery(string Level, string Code, string? Period);

    internal static async Task<Results<Ok<AreaProfile>, ProblemHttpResult>> Profile(
        [AsParameters] ProfileQuery q, IndicatorStore store, IndicatorCatalogue catalogue, AreaStore areas, HousingFactsFile housingFacts,
        IOptions<KortlaegningOptions> options, CancellationToken ct)
    {
        if (!AreaQueryParameters.TryLevel(q.Level, out var lvl, out var problem)) return problem!;
        if (!AreaQueryParameters.TryCode(lvl, q.Code, "code", out var normalised, out problem)) return problem!;
        if (await store.AreaAsync(lvl.Name(), normalised!, ct) is not { } area) return Problems.NotFound(Texts.NoAreaWithCode.Format(Texts.LevelName(lvl), normalised));
        var rows = await store.ProfileRowsAsync(area.Level, area.Code, ct);
        var infos = (await catalogue.ListAsync(null, ct)).ToDictionary(i => i.Code);
        var period = q.Period;
        var entries = new List<ProfileEntry>();
        foreach (var byIndicator in rows.GroupBy(r => r.Indicator))
        {
            // A draft definition the caller may not see is left out with its values (IndicatorCatalogue).
            if (infos.GetValueOrDefault(byIndicator.Key) is not { } info) continue;
            var own = byIndicator.Where(r => r.Role == "area").OrderBy(r => r.Period, StringComparer.Ordinal).ToList();
            // No value at this level (the health profile has no parishes): show the municipality's and Denmark's
            // values for context, with the area's own value empty and said so, rather than leaving the row out.
            var current = own.Count > 0
                ? (period is null ? own.LastOrDefault(r => r.Value is not null) ?? own[^1] : own.FirstOrDefault(r => r.Period == period))
                : ContextOnly(byIndicator, period, area.Level);
            if (current is null) continue;
            var muni = byIndicator.FirstOrDefault(r => r.Role == "municipality" && r.Period == current.Period);
            var dk = byIndicator.FirstOrDefault(r => r.Role == "denmark" && r.Period == current.Period);
            var parish = byIndicator.FirstOrDefault(r => r.Role == "parish" && r.Period == current.Period);
            entries.Add(new ProfileEntry(info.Code, info.Name, info.Unit, info.Polarity, info.Decimals, info.Illustrative,
                current.Period, current.Value, current.CiLow, current.CiHigh, current.Numerator, current.Denominator, current.Note,
                Comparator(muni), Comparator(dk),
                Compare(current, muni, info), Compare(current, dk, info),
                own.Select(r => new TrendPoint(r.Period, r.Value, r.Note)).ToList(), info.Source)
            {
                Parish = Comparator(parish),
                ComparedWithParish = lvl.IsOwn() ? Compare(current, parish, info) : null,
            });
        }
        int threshold = options.Value.DisclosureThreshold;
        AreaRefDto? primaryParish = null;
        ProfileFacts? facts = null;
        IReadOnlyList<PlacedFact> placed = [];
        if (lvl.IsOwn())
        {
            primaryParish = await store.PrimaryParishAsync(area.Level, area.Code, ct);
            // Simplified to 1 km: only the facts are read here, the geometry is not answered.
            if (await areas.FindAsync(lvl, area.Code, 1000, ct) is { Facts: { } f } row)
            {
                facts = Facts(f, threshold);
                if (lvl == AreaLevel.HousingDepartment)
                {
                    placed = HousingFactPlacement.ForDepartment(housingFacts.Facts, area.MunicipalityCode,
                        new DepartmentKey(row.Code, row.Name, f.Organisation, f.DepartmentNumber), threshold);
                }
            }
        }
        else if (lvl == AreaLevel.Municipality)
        {
            placed = HousingFactPlacement.ForMunicipality(housingFacts.Facts, area.Code, await areas.DepartmentKeysAsync(area.Code, ct), threshold);
        }
        var curated = placed.Select(p => new CuratedFact(p.Fact.Subject, p.Fact.Fact, p.Value, p.Fact.Unit, EnumNames.Name(p.Scope), p.Withheld,
            p.Fact.Reference is { } reference ? new CuratedReference(reference, p.Fact.ReferenceSubject, p.ComparedWithReference) : null,
            catalogue.Source(p.Fact.Source))).ToList();
        var sources = entries.Select(e => e.Source).Concat(curated.Select(c => c.Source)).DistinctBy(s => s.Id).ToList();
        return TypedResults.Ok(new AreaProfile(area, period, entries, Method, sources) { Parish = primaryParish, Facts = facts, CuratedFacts = curated });
    }

    /// <summary>An own area's facts with disclosure applied to its residents (a count of people; homes are not).</summary>
    private static ProfileFacts Facts(AreaFacts f, int threshold)
    {
        bool withheld = f.Residents is { } n && !DisclosureControl.Apply([new DisclosureCell("residents", n, [])], new DisclosureOptions { Threshold = threshold })
            .Cells["residents"].Published;
        return new ProfileFacts(f.Organisation, f.DepartmentNumber, f.Homes, withheld ? null : f.Residents, f.ResidentsYear, f.ResidentsEstimated,
            f.Residents is null ? "unknown" : f.ResidentsEstimated ? "estimate" : "entered", f.ResidentsNote, withheld, f.Board, f.CommonRoom, f.Address, f.Source,
            f.Illustrative);
    }

    private static IndicatorStore.ProfileRow? ContextOnly(IEnumerable<IndicatorStore.ProfileRow> rows, string? period, string level)
    {
        var context = rows.Where(r => r.Role != "area" && (period is null || r.Period == period)).OrderBy(r => r.Period, StringComparer.Ordinal).LastOrDefault();
        return context is null ? null : new IndicatorStore.ProfileRow("area", context.Indicator, context.Period, null, null, null, null, null, $"no {level} data");
    }

    private static ComparatorValue? Comparator(IndicatorStore.ProfileRow? r) => r is null ? null : new ComparatorValue(r.Period, r.Value, r.CiLow, r.CiHigh, r.Note);

    /// <summary>The domain's <see cref="ProfileComparison"/>, named as the JSON says it ("better", "not_compared", …).</summary>
    private static string Compare(IndicatorStore.ProfileRow area, IndicatorStore.ProfileRow? comparator, IndicatorInfo info)
    {
        var polarity = EnumNames.TryParse<Polarity>(info.Polarity, out var p) ? p : Polarity.NoJudgement;
        var interval = area.CiLow is { } lo && area.CiHigh is { } hi ? new ConfidenceInterval(lo, hi) : (ConfidenceInterval?)null;
        var outcome = ProfileComparison.Compare(new DomainValue(area.Value, interval, area.Numerator, area.Denominator), comparator?.Value, polarity, info.Unit);
        return EnumNames.Name(outcome);
    }
}
