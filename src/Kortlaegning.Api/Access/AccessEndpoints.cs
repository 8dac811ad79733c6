using Kortlaegning.Api.Areas;
using Kortlaegning.Api.Catalog;
using Kortlaegning.Api.Facilities;
using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Api.Infrastructure.Localisation;
using Kortlaegning.Api.Infrastructure.Validation;
using Kortlaegning.Api.Network;
using Kortlaegning.Domain.Boundaries;
using Kortlaegning.Domain.Network;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Kortlaegning.Api.Access;

public static class AccessEndpoints
{
    public static void MapAccess(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/access", Get).WithTags("Access").WithName("GetAccess")
            .WithSummary("Access to one facility type per area, computed now: distance from the population-weighted centre to the nearest facility, mean distance, share within X m, 2SFCA score.")
            .WithDescription("type (required), level (parish default; parish, postcode, municipality from the grid allocation; housing_department, local_community, custom as one point each with their residents), municipality (filters the output; the computation is national so nearest facilities and catchments cross borders), " +
                             "within (metres, default 1000), catchment (metres, default Kortlaegning:AccessCatchmentMetres = 10000), decay=none (2SFCA, default) or gaussian (E2SFCA, thirds of the catchment), mode=straight (default: straight lines in EPSG:25832) or walk / bike " +
                             "(the imported street network, snapping distance added; unreachable points are counted in methodNote; 409 when that network is not loaded). 'distance' names the provider used.");
    }

    internal static async Task<Results<Ok<AccessResponse>, ProblemHttpResult>> Get(
        [AsParameters] AccessQuery query, HttpContext http, FacilityTypes types, AccessCalculator calculator, DataCatalog catalog,
        DistanceProviders providers, IOptions<KortlaegningOptions> options, CancellationToken ct)
    {
        var (type, level, municipality, within, catchment, decayText, modeText) = query;
        if (types.Find(type) is not { } facilityType)
        {
            return Problems.BadParameter("type", string.IsNullOrWhiteSpace(type) ? Texts.TypeRequiredField.Format(types.Choices) : Texts.UnknownType.Format(type, types.Choices));
        }
        var lvl = AreaLevel.Parish;
        ProblemHttpResult? problem = null;
        if (level is not null && !AreaQueryParameters.TryLevel(level, out lvl, out problem)) return problem!;
        if (lvl is not (AreaLevel.Parish or AreaLevel.Municipality or AreaLevel.Postcode or AreaLevel.HousingDepartment or AreaLevel.LocalCommunity or AreaLevel.Custom))
        {
            return Problems.BadParameter("level", Texts.AccessLevels.Format(lvl.Name()));
        }
        string? muni = null;
        if (municipality is not null && !AreaQueryParameters.TryCode(AreaLevel.Municipality, municipality, "municipality", out muni, out problem)) return problem!;
        double withinMetres = 1000, catchmentMetres = options.Value.AccessCatchmentMetres;
        if (within is not null && !AreaQueryParameters.TryNumber(within, "within", 0, 100_000, out withinMetres, out problem)) return problem!;
        if (catchment is not null && !AreaQueryParameters.TryNumber(catchment, "catchment", 100, 50_000, out catchmentMetres, out problem)) return problem!;
        var decay = AccessDecay.None;
        if (decayText is not null && !EnumNames.TryParse(decayText, out decay))
        {
            return Problems.BadParameter("decay", Texts.DecayRule.Format(decayText, EnumNames.List<AccessDecay>()));
        }
        bool gaussian = decay == AccessDecay.Gaussian;
        var mode = DistanceMode.Straight;
        if (modeText is not null && !EnumNames.TryParse(modeText, out mode))
        {
            return Problems.BadParameter("mode", Texts.NotOneOf.Format(modeText, EnumNames.List<DistanceMode>()));
        }
        Domain.Distance.IDistanceProvider distances;
        try
        {
            distances = await providers.GetAsync(mode, ct);
        }
        catch (NetworkMissingException e)
        {
            return DistanceProviders.Missing(e);
        }

        var computed = await calculator.ComputeAsync(new AccessRequest(facilityType.Code, lvl.Name(), withinMetres, catchmentMetres, gaussian), ct, distances);
        // Server-Timing lets a benchmark separate reading (points, facilities) from the computation on a shared machine.
        http.Response.Headers["Server-Timing"] = FormattableString.Invariant($"read;dur={computed.ReadMilliseconds:0.0}, compute;dur={computed.ComputeMilliseconds:0.0}");
        if (muni is not null && !computed.Population.Areas.Any(a => a.MunicipalityCode == muni))
        {
            return Problems.NotFound(Texts.NoLevelInMunicipality.Format(Texts.LevelName(lvl), muni));
        }
        int threshold = options.Value.DisclosureThreshold;
        var rows = new List<AreaAccessRow>();
        for (int i = 0; i < computed.Population.Areas.Count; i++)
        {
            var area = computed.Population.Areas[i];
            if (muni is not null && area.MunicipalityCode != muni) continue;
            var r = computed.Results[i];
            // Grid-derived residents per area are a count: below the disclosure threshold they are withheld, as grid.population is.
            double? population = r.Population >= threshold ? Math.Round(r.Population) : null;
            rows.Add(new AreaAccessRow(area.Code, area.Name, area.MunicipalityCode, population,
                Round(r.CentreToNearestMetres, 0), Round(r.MeanNearestMetres, 0), Round(r.ShareWithin * 100, 2), Round(r.Score, 4),
                r.Population > 0 ? null : "no_residents"));
        }
        return TypedResults.Ok(new AccessResponse(facilityType.Code, facilityType.NameEn, lvl.Name(), muni, withinMetres, catchmentMetres,
            gaussian ? "e2sfca" : "2sfca", distances.Name, computed.Facilities, computed.WithoutCapacity, computed.MethodNote,
            "docs/indicators-method.md#access-to-facilities", rows.Count, rows,
            [new SourceNote("facilities", "Facilities", "Facilities loaded by users of this service; see each facility's source.", "unknown"),
             .. Attribution.For(catalog, ["eurostat-census-grid-2021"])]));
    }

    private static double? Round(double? v, int digits) => v is { } x ? Math.Round(x, digits) : null;
}

/// <summary>The query string of <c>GET /api/access</c> (all checked by the endpoint; type is required).</summary>
public sealed record AccessQuery(
    [FromQuery(Name = "type")] string? Type,
    [FromQuery(Name = "level")] string? Level,
    [FromQuery(Name = "municipality")] string? Municipality,
    [FromQuery(Name = "within")] string? Within,
    [FromQuery(Name = "catchment")] string? Catchment,
    [FromQuery(Name = "decay")] string? Decay,
    [FromQuery(Name = "mode")] string? Mode);

/// <summary>Access per area. Distances in metres; shareWithinPercent 0–100; score = capacity per 1,000 residents in reach.</summary>
public sealed record AreaAccessRow(string Code, string Name, string? MunicipalityCode, double? Population,
    double? CentreToNearestMetres, double? MeanNearestMetres, double? ShareWithinPercent, double? Score, string? Note);

public sealed record AccessResponse(string Type, string TypeName, string Level, string? Municipality, double WithinMetres, double CatchmentMetres,
    string Method, string Distance, int Facilities, int FacilitiesWithoutCapacity, string MethodNote, string MethodDoc, int Count,
    IReadOnlyList<AreaAccessRow> Areas, IReadOnlyList<SourceNote> Sources);
