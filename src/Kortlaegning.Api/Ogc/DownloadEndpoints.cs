using System.ComponentModel;
using Kortlaegning.Api.Areas;
using Kortlaegning.Api.Indicators;
using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Api.Infrastructure.Validation;
using Kortlaegning.Domain.Boundaries;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Kortlaegning.Api.Ogc;

/// <summary>GeoPackage downloads for GIS: every area of a level, in EPSG:25832, optionally with one indicator's values.</summary>
public static class DownloadEndpoints
{
    private static readonly string[] Known = ["indicator", "period"];

    public static void MapDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/downloads/{level}.gpkg", GeoPackageAsync).WithTags("Areas").WithName("DownloadGeoPackage")
            .WithSummary("A GeoPackage of every area of a level, optionally with an indicator's values.")
            .WithDescription("OGC GeoPackage 1.3, one MultiPolygon table named after the level in EPSG:25832 (ETRS89 / UTM 32N). With indicator=, " +
                             "columns indicator, period, value, numerator, denominator, ci_low, ci_high and note; areas without a value are listed with empty cells. " +
                             "Suppressed values are empty, as everywhere.")
            .Produces(200, contentType: GeoPackageFile.MediaType).ProducesProblem(400).ProducesProblem(404)
            .RequireCors(OgcEndpoints.CorsPolicy);
    }

    internal static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GeoPackageAsync(
        [Description("Area level: region, municipality, parish, postcode …")] string level,
        [FromQuery(Name = "indicator"), Description("Indicator code (e.g. sp.loneliness) whose values to add; default none.")] string? indicator,
        [FromQuery(Name = "period"), Description("Period of the indicator's values; default the latest at this level.")] string? period,
        HttpRequest request, GeoPackageSource source, IndicatorCatalogue catalogue, IndicatorStore indicators, CancellationToken ct)
    {
        if (!EnumNames.TryParse<AreaLevel>(level, out var lvl)) return Problems.NotFound($"No level '{level}'; one of: {EnumNames.List<AreaLevel>()}.");
        var errors = new FieldErrors();
        foreach (var key in request.Query.Keys.Where(k => !Known.Contains(k, StringComparer.Ordinal)))
        {
            errors.Add(key, $"Unknown query parameter '{key}'; this download takes: {string.Join(", ", Known)}.");
        }
        string? usedPeriod = null;
        if (indicator is not null)
        {
            if (await catalogue.FindAsync(indicator, ct) is not { } info) errors.Add("indicator", $"No indicator '{indicator}'; GET /api/indicators lists them.");
            else if (period is not null && !info.Periods.Contains(period)) errors.Add("period", $"{indicator} has no period '{period}'; it has: {string.Join(", ", info.Periods)}.");
            else if ((usedPeriod = period ?? await indicators.LatestPeriodAsync(indicator, lvl.Name(), ct)) is null)
            {
                errors.Add("indicator", $"{indicator} has no values at level {lvl.Name()}.");
            }
        }
        else if (period is not null)
        {
            errors.Add("period", "period needs indicator.");
        }
        if (errors.Any) return errors.ToProblem(AreaParameters.ProblemTitle);
        var rows = await source.RowsAsync(lvl.Name(), indicator, usedPeriod, ct);
        var description = indicator is null ? $"Kortlægning: {lvl.Name()} areas" : $"Kortlægning: {lvl.Name()} areas with {indicator} {usedPeriod}";
        var bytes = await GeoPackageFile.WriteAsync(lvl.Name(), description, await source.SrsWktAsync(GeoPackageFile.Srid, ct), indicator, usedPeriod, rows, ct);
        var name = indicator is null ? $"{lvl.Name()}.gpkg" : $"{lvl.Name()}-{indicator}-{usedPeriod}.gpkg";
        return TypedResults.File(bytes, GeoPackageFile.MediaType, name);
    }
}
