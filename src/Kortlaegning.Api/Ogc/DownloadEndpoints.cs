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
    private static readonly string[] Known = ["indicator", "period", "f"];

    public static void MapDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/downloads/{level}.gpkg", GeoPackageAsync).WithTags("Areas").WithName("DownloadGeoPackage")
            .WithSummary("A GeoPackage of every area of a level, optionally with an indicator's values.")
            .WithDescription("OGC GeoPackage 1.3, one MultiPolygon table named after the level in EPSG:25832 (ETRS89 / UTM 32N). With indicator=, " +
                             "columns indicator, period, value, numerator, denominator, ci_low, ci_high and note; areas without a value are listed with empty cells. " +
                             "Suppressed values are empty, as everywhere.")
            .Produces(200, contentType: GeoPackageFile.MediaType).ProducesProblem(400).ProducesProblem(404)
            .RequireCors(OgcEndpoints.CorsPolicy);
        app.MapGet("/api/downloads/{level}.shp.zip", ShapefileAsync).WithTags("Areas").WithName("DownloadShapefile")
            .WithSummary("A zipped Esri Shapefile of every area of a level, optionally with an indicator's values.")
            .WithDescription("Polygons in EPSG:25832 with .prj and a UTF-8 .cpg; the columns of the GeoPackage download, cut to DBF's 10 characters " +
                             "(muni_code, denominatr). Suppressed values are empty, as everywhere.")
            .Produces(200, contentType: ShapefileFile.MediaType).ProducesProblem(400).ProducesProblem(404)
            .RequireCors(OgcEndpoints.CorsPolicy);
        app.MapGet("/api/downloads/{level}", NegotiatedAsync).WithTags("Areas").WithName("DownloadAreas")
            .WithSummary("Every area of a level as a GIS file: f=gpkg (GeoPackage) or f=shp (zipped Shapefile), or by Accept.")
            .WithDescription("The same files as /api/downloads/{level}.gpkg and .shp.zip. An unsupported f is a 400; an Accept naming neither format a 406.")
            .Produces(200, contentType: GeoPackageFile.MediaType).Produces(200, contentType: ShapefileFile.MediaType)
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(406)
            .RequireCors(OgcEndpoints.CorsPolicy);
    }

    internal static Task<Results<FileContentHttpResult, ProblemHttpResult>> GeoPackageAsync(
        [Description("Area level: region, municipality, parish, postcode …")] string level,
        [FromQuery(Name = "indicator"), Description("Indicator code (e.g. sp.loneliness) whose values to add; default none.")] string? indicator,
        [FromQuery(Name = "period"), Description("Period of the indicator's values; default the latest at this level.")] string? period,
        HttpRequest request, GeoPackageSource source, IndicatorCatalogue catalogue, IndicatorStore indicators, CancellationToken ct) =>
        DownloadAsync("gpkg", level, indicator, period, request, source, catalogue, indicators, ct);

    internal static Task<Results<FileContentHttpResult, ProblemHttpResult>> ShapefileAsync(
        [Description("Area level: region, municipality, parish, postcode …")] string level,
        [FromQuery(Name = "indicator"), Description("Indicator code (e.g. sp.loneliness) whose values to add; default none.")] string? indicator,
        [FromQuery(Name = "period"), Description("Period of the indicator's values; default the latest at this level.")] string? period,
        HttpRequest request, GeoPackageSource source, IndicatorCatalogue catalogue, IndicatorStore indicators, CancellationToken ct) =>
        DownloadAsync("shp", level, indicator, period, request, source, catalogue, indicators, ct);

    /// <summary>
    /// <c>/api/downloads/{level}?f=gpkg|shp</c>, or without <c>f</c> by <c>Accept</c> (GeoPackage or zip): an
    /// unsupported <c>f</c> is a 400, an <c>Accept</c> naming neither a 406 — never another format with 200.
    /// </summary>
    internal static async Task<Results<FileContentHttpResult, ProblemHttpResult>> NegotiatedAsync(
        [Description("Area level: region, municipality, parish, postcode …")] string level,
        [FromQuery(Name = "f"), Description("Format: gpkg (GeoPackage) or shp (zipped Shapefile); default from Accept, else gpkg.")] string? f,
        [FromQuery(Name = "indicator"), Description("Indicator code (e.g. sp.loneliness) whose values to add; default none.")] string? indicator,
        [FromQuery(Name = "period"), Description("Period of the indicator's values; default the latest at this level.")] string? period,
        HttpRequest request, GeoPackageSource source, IndicatorCatalogue catalogue, IndicatorStore indicators, CancellationToken ct)
    {
        string? format = f;
        if (format is null)
        {
            var accept = request.GetTypedHeaders().Accept;
            if (accept.Count == 0 || accept.Any(a => a.MediaType.Value is "*/*" or GeoPackageFile.MediaType)) format = "gpkg";
            else if (accept.Any(a => a.MediaType.Value is ShapefileFile.MediaType or "application/x-shapefile")) format = "shp";
            else return Problems.Status(406, "Not acceptable", $"Downloads are {GeoPackageFile.MediaType} (f=gpkg) or {ShapefileFile.MediaType} (f=shp, a zipped Shapefile).");
        }
        if (format is not ("gpkg" or "shp")) return Problems.BadParameter("f", $"'{format}' is not a download format here; f=gpkg or f=shp. (FlatGeobuf is not offered.)");
        return await DownloadAsync(format, level, indicator, period, request, source, catalogue, indicators, ct);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadAsync(
        string format, string level, string? indicator, string? period,
        HttpRequest request, GeoPackageSource source, IndicatorCatalogue catalogue, IndicatorStore indicators, CancellationToken ct)
    {
        if (!EnumNames.TryParse<AreaLevel>(level, out var lvl)) return Problems.NotFound($"No level '{level}'; one of: {EnumNames.List<AreaLevel>()}.");
        var errors = new FieldErrors();
        foreach (var key in request.Query.Keys.Where(k => !Known.Contains(k, StringComparer.Ordinal)))
        {
            errors.Add(key, $"Unknown query parameter '{key}'; this download takes: {string.Join(", ", Known)}.");
        }
        if (request.Query.TryGetValue("f", out var f) && f.ToString() != format)
        {
            errors.Add("f", $"'{f}' is not a download format here; f=gpkg or f=shp (on /api/downloads/{{level}}). (FlatGeobuf is not offered.)");
        }
        if (errors.Any) return errors.ToProblem(AreaParameters.ProblemTitle);
        return await FileAsync(format, lvl, indicator, period, source, catalogue, indicators, ct);
    }

    /// <summary>The file of a level (checked), with an indicator's values when one is named; also /ogc items with f=gpkg.</summary>
    internal static async Task<Results<FileContentHttpResult, ProblemHttpResult>> FileAsync(
        string format, AreaLevel lvl, string? indicator, string? period, GeoPackageSource source, IndicatorCatalogue catalogue, IndicatorStore indicators, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var usedPeriod = (await IndicatorPeriod.ResolveAsync(indicator, period, lvl.Name(), errors, catalogue, indicators, ct))?.Period;
        if (errors.Any) return errors.ToProblem(AreaParameters.ProblemTitle);
        var rows = await source.RowsAsync(lvl.Name(), indicator, usedPeriod, ct);
        var stem = indicator is null ? lvl.Name() : $"{lvl.Name()}-{indicator}-{usedPeriod}";
        var wkt = await source.SrsWktAsync(GeoPackageFile.Srid, ct);
        if (format == "shp")
        {
            return TypedResults.File(await ShapefileFile.WriteAsync(lvl.Name(), wkt, indicator, usedPeriod, rows, ct), ShapefileFile.MediaType, stem + ".shp.zip");
        }
        var description = indicator is null ? $"Kortlægning: {lvl.Name()} areas" : $"Kortlægning: {lvl.Name()} areas with {indicator} {usedPeriod}";
        var bytes = await GeoPackageFile.WriteAsync(lvl.Name(), description, wkt, indicator, usedPeriod, rows, ct);
        return TypedResults.File(bytes, GeoPackageFile.MediaType, stem + ".gpkg");
    }
}
