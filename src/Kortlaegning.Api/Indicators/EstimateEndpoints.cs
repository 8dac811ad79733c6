using System.Text.Json;
using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Api.Infrastructure.Localisation;
using Kortlaegning.Api.Infrastructure.Security;
using Kortlaegning.Domain.Indicators;
using Kortlaegning.Domain.Spatial;
using Microsoft.AspNetCore.Http.HttpResults;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using NetTopologySuite.IO.Converters;

namespace Kortlaegning.Api.Indicators;

/// <summary>
/// Indicator estimates for any polygon (a housing area drawn in a workshop, say) by population-weighted
/// interpolation from the 1 km grid: each overlapping cell contributes its residents × overlap share, and the value of
/// the area (parish, else municipality) that holds most of the cell. Always marked "estimated".
/// </summary>
public static class EstimateEndpoints
{
    public const int MaxVertices = PolygonEstimateLimits.MaxVertices;
    public const double MaxKm2 = PolygonEstimateLimits.MaxKm2;

    public const string Method =
        "Population-weighted interpolation from the Census 2021 1 km grid: population = Σ cell residents × share of the cell inside " +
        "the polygon; a rate = Σ (residents inside × value of the cell's area) / Σ residents inside, using the finest level with values " +
        "(parish, else municipality). An estimate: cells are 1 km, and residents are assumed to spread evenly within a cell.";

    public sealed record EstimateRequest(JsonElement Geometry, IReadOnlyList<string>? Indicators, string? Period);

    public sealed record Estimate(string Code, LocalisedName Name, string Unit, string? Period, string? SourceLevel, double? Value, double Coverage, string Note);

    public sealed record EstimateResult(double Population, double AreaKm2, int Cells, IReadOnlyList<Estimate> Estimates, string Method, IReadOnlyList<SourceNote> Sources);

    public static void MapEstimates(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/areas/estimate", EstimateAsync).WithTags("Areas", "Indicators").WithName("EstimateForPolygon").RequireRateLimiting(RateLimitPolicies.Estimates)
            .WithSummary("Population and indicator estimates for a GeoJSON polygon (EPSG:4326), interpolated from the 1 km grid.");

    internal static async Task<Results<Ok<EstimateResult>, ProblemHttpResult>> EstimateAsync(
        EstimateRequest body, IndicatorStore store, IndicatorCatalogue catalogue, CancellationToken ct)
    {
        if (ParsePolygon(body.Geometry, out var problem) is not { } polygon) return problem!;
        var codes = body.Indicators ?? [];
        var infos = (await catalogue.ListAsync(null, ct)).ToDictionary(i => i.Code);
        var unknown = codes.Where(c => !infos.ContainsKey(c)).ToList();
        if (unknown.Count > 0) return Problems.BadParameter("indicators", Texts.UnknownIndicators.Format(string.Join(", ", unknown)));
        if (codes.Count > PolygonEstimateLimits.MaxIndicators) return Problems.BadParameter("indicators", Texts.AtMostIndicators.Format(PolygonEstimateLimits.MaxIndicators));

        var (pieces, km2) = await store.GridPiecesAsync(new WKBWriter().Write(polygon), ct);
        if (km2 > MaxKm2)
        {
            return Problems.Validation(new Dictionary<string, string[]> { ["geometry"] = [Texts.EstimateTooLarge.Format(km2, MaxKm2)] },
                "Polygon too large", StatusCodes.Status422UnprocessableEntity);
        }
        var population = PopulationWeightedEstimate.Estimate(pieces.Select(p => p.Piece));
        var ids = pieces.Select(p => p.CellId).ToArray();
        var estimates = new List<Estimate>();
        foreach (var code in codes.Distinct())
        {
            var info = infos[code];
            if (code == "grid.population")
            {
                estimates.Add(new Estimate(code, info.Name, info.Unit, "2021", "grid", population.Population, 1, "estimated"));
                continue;
            }
            if (info.Unit == "count")
            {
                estimates.Add(new Estimate(code, info.Name, info.Unit, body.Period, null, null, 0, "not estimated: only rates and population are interpolated"));
                continue;
            }
            var rate = RateEstimate.For(pieces, await store.CellValuesAsync(ids, code, body.Period, ct));
            estimates.Add(new Estimate(code, info.Name, info.Unit, rate.Period, rate.SourceLevel, rate.Value, rate.Coverage, "estimated"));
        }
        var sources = codes.Select(c => infos[c].Source).Append(catalogue.Source("eurostat-census-grid-2021")).DistinctBy(s => s.Id).ToList();
        return TypedResults.Ok(new EstimateResult(population.Population, km2, pieces.Count, estimates, Method, sources));
    }

    private static Geometry? ParsePolygon(JsonElement json, out ProblemHttpResult? problem)
    {
        problem = null;
        Geometry? g;
        try
        {
            var options = new JsonSerializerOptions { Converters = { new GeoJsonConverterFactory() } };
            g = json.ValueKind == JsonValueKind.Object ? json.Deserialize<Geometry>(options) : null;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or IndexOutOfRangeException or InvalidCastException or OverflowException)
        {
            problem = Problems.BadParameter("geometry", Texts.NotGeoJsonGeometry.Format(TechnicalReasons.Localise(e.Message)));
            return null;
        }
        catch (ArgumentException e)
        {
            // NetTopologySuite refuses a ring that does not close, or one with fewer than four positions.
            problem = Problems.Status(422, "Unusable geometry", Texts.NotUsablePolygon.Format(TechnicalReasons.Localise(e.Message)), new Dictionary<string, object?> { ["parameter"] = "geometry" });
            return null;
        }
        string? error = g switch
        {
            null => Texts.PolygonRequired.Get(),
            not (Polygon or MultiPolygon) => Texts.NotAPolygon.Format(g.GeometryType),
            { NumPoints: > MaxVertices } => Texts.EstimateVertices.Format(g.NumPoints, MaxVertices),
            _ when g.Coordinates.Any(c => !double.IsFinite(c.X) || !double.IsFinite(c.Y)) => Texts.CoordinatesFinite.Get(),
            _ when ApproximateKm2(g) > MaxKm2 * 1.05 =>
                Texts.EstimateAboutTooLarge.Format(ApproximateKm2(g), MaxKm2),
            _ when !g.IsValid => Texts.EstimatePolygonInvalid.Get(),
            _ when !Crs.InDenmark(g.EnvelopeInternal.MinX, g.EnvelopeInternal.MinY) || !Crs.InDenmark(g.EnvelopeInternal.MaxX, g.EnvelopeInternal.MaxY) =>
                Texts.PolygonOutsideDenmark.Get(),
            _ => null,
        };
        if (error is not null)
        {
            problem = Problems.Status(422, "Unusable geometry", error, new Dictionary<string, object?> { ["parameter"] = "geometry" });
            return null;
        }
        g!.SRID = Crs.Wgs84;
        return g;
    }

    /// <summary>
    /// The polygon's area from lon/lat alone (degrees² scaled by the metres of a degree at its mean latitude), so a
    /// polygon far over the limit is refused before any database work (issue 18); the exact area is PostGIS's, after.
    /// </summary>
    internal static double ApproximateKm2(Geometry g)
    {
        double lat = g.EnvelopeInternal.Centre.Y * Math.PI / 180;
        return g.Area * 111.32 * 111.32 * Math.Cos(lat);
    }
}
