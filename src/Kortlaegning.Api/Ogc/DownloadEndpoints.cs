using System.ComponentModel;
using Kortlaegning.Api.Areas;
using Kortlaegning.Api.Indicators;
using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Api.Infrastructure.Localisation;
using Kortlaegning.Api.Infrastructure.Validation;
using Kortlaegning.Api.Ogc.Files;
using Kortlaegning.Domain.Boundaries;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Kortlaegning.Api.Ogc;

/// <summary>
/// GIS downloads of a level's areas, in EPSG:25832, optionally with one indicator's values: GeoPackage, FlatGeobuf or a
/// zipped Shapefile, by the path's suffix, by <c>f=</c> or by <c>Accept</c> (<see cref="GisFormats"/>).
/// </summary>
public static class DownloadEndpoints
{
    private static readonly string[] Known = ["indicator", "period", "f"];

    private const string Columns = "Columns code, name, municipality_code, area_km2 and, with indicator=, indicator, period, value, numerator, " +
                                   "denominator, ci_low, ci_high and note; areas without a value are listed with empty cells. Suppressed values are empty, as everywhere.";

    private static readonly Dictionary<GisFormat, string> Descriptions = new()
    {
        [GisFormat.GeoPackage] = "OGC GeoPackage 1.3, one MultiPolygon table named after the level in EPSG:25832 (ETRS89 / UTM 32N). " + Columns,
        [GisFormat.FlatGeobuf] = "FlatGeobuf 3 (MultiPolygon, EPSG:25832, no spatial index: read whole by GDAL, QGIS or the flatgeobuf JavaScript reader). " + Columns,
        [GisFormat.Shapefile] = "Polygons in EPSG:25832 with .prj and a UTF-8 .cpg; the columns of the GeoPackage download, cut to DBF's 10 characters " +
                                "(muni_code, denominatr). Suppressed values are empty, as everywhere.",
    };

    public static void MapDownloads(this IEndpointRouteBuilder app)
    {
        foreach (var format in Enum.GetValues<GisFormat>())
        {
            app.MapGet("/api/downloads/{level}" + format.Suffix(), ([AsParameters] DownloadQuery q, HttpRequest request, AreaDownload download, CancellationToken ct) =>
                    DownloadAsync(format, q.Level, q.Indicator, q.Period, request, download, ct))
                .WithTags("Areas").WithName("Download" + format)
                .WithSummary($"Every area of a level as {format.Title()}, optionally with an indicator's values.")
                .WithDescription(Descriptions[format])
                .Produces(200, contentType: format.MediaType()).ProducesProblem(400).ProducesProblem(404)
                .RequireCors(OgcEndpoints.CorsPolicy);
        }
        app.MapGet("/api/downloads/{level}", NegotiatedAsync).WithTags("Areas").WithName("DownloadAreas")
            .WithSummary("Every area of a level as a GIS file: f=gpkg (GeoPackage), f=fgb (FlatGeobuf) or f=shp (zipped Shapefile), or by Accept.")
            .WithDescription("The same files as /api/downloads/{level}.gpkg, .fgb and .shp.zip. An unsupported f is a 400; an Accept naming none of the formats a 406.")
            .ProducesGisFiles()
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(406)
            .RequireCors(OgcEndpoints.CorsPolicy);
    }

    /// <summary>
    /// <c>/api/downloads/{level}?f=gpkg|fgb|shp</c>, or without <c>f</c> by <c>Accept</c> (GeoPackage when it names
    /// none in particular): an unsupported <c>f</c> is a 400, an <c>Accept</c> naming no format a 406 — never another
    /// format with 200.
    /// </summary>
    internal static async Task<Results<FileContentHttpResult, ProblemHttpResult>> NegotiatedAsync(
        [Description("Area level: region, municipality, parish, postcode, housing_department …")] string level,
        [FromQuery(Name = "f"), Description("Format: " + GisFormats.Names + "; default from Accept, else gpkg.")] string? f,
        [FromQuery(Name = "indicator"), Description("Indicator code (e.g. sp.loneliness) whose values to add; default none.")] string? indicator,
        [FromQuery(Name = "period"), Description("Period of the indicator's values; default the latest at this level.")] string? period,
        HttpRequest request, AreaDownload download, CancellationToken ct)
    {
        if (f is not null) return GisFormats.TryParse(f, out var named) ? await DownloadAsync(named, level, indicator, period, request, download, ct) : NotAFormat(f);
        return Negotiate(request) is { } format ? await DownloadAsync(format, level, indicator, period, request, download, ct) : NotAcceptable();
    }

    /// <summary>The format <c>Accept</c> asks for: GeoPackage for none or <c>*/*</c>, null when it names only other types.</summary>
    internal static GisFormat? Negotiate(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (GisFormats.FromAccept(request) is { } format) return format;
        return accept.Count == 0 || accept.Any(a => a.MediaType.Value is "*/*" or "application/*") ? GisFormat.GeoPackage : null;
    }

    internal static ProblemHttpResult NotAFormat(string f) => Problems.BadParameter("f", Texts.DownloadNotAFormat.Format(f));

    internal static ProblemHttpResult NotAcceptable() =>
        Problems.Status(406, "Not acceptable", Texts.DownloadNotAcceptable.Format(GeoPackageFile.MediaType, FlatGeobufFile.MediaType, ShapefileFile.MediaType));

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadAsync(
        GisFormat format, string level, string? indicator, string? period, HttpRequest request, AreaDownload download, CancellationToken ct)
    {
        if (!EnumNames.TryParse<AreaLevel>(level, out var lvl)) return Problems.NotFound(Texts.DownloadNoLevel.Format(level, EnumNames.List<AreaLevel>()));
        var errors = new FieldErrors();
        foreach (var key in request.Query.Keys.Where(k => !Known.Contains(k, StringComparer.Ordinal)))
        {
            errors.Add(key, Texts.DownloadUnknownParameter.Format(key, string.Join(", ", Known)));
        }
        if (request.Query.TryGetValue("f", out var f) && f.ToString() != format.Name())
        {
            errors.Add("f", Texts.DownloadNotAFormat.Format(f.ToString()));
        }
        if (errors.Any) return errors.ToProblem(AreaParameters.ProblemTitle);
        return await download.FileAsync(format, lvl, indicator, period, ct);
    }
}

/// <summary>The route and query of the suffixed downloads (<c>/api/downloads/{level}.gpkg</c> …).</summary>
public sealed record DownloadQuery(
    [property: Description("Area level: region, municipality, parish, postcode, housing_department …")] string Level,
    [property: FromQuery(Name = "indicator"), Description("Indicator code (e.g. sp.loneliness) whose values to add; default none.")] string? Indicator,
    [property: FromQuery(Name = "period"), Description("Period of the indicator's values; default the latest at this level.")] string? Period);

/// <summary>A level's areas as a GIS file (also <c>/ogc/collections/{id}/items?f=</c>): the period resolved, the layer read, the file written.</summary>
public sealed class AreaDownload(AreaFileSource source, GisFiles files, IndicatorCatalogue catalogue, IndicatorStore indicators)
{
    public async Task<Results<FileContentHttpResult, ProblemHttpResult>> FileAsync(GisFormat format, AreaLevel level, string? indicator, string? period, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var usedPeriod = (await IndicatorPeriod.ResolveAsync(indicator, period, level.Name(), errors, catalogue, indicators, ct))?.Period;
        if (errors.Any) return errors.ToProblem(AreaParameters.ProblemTitle);
        var description = indicator is null ? $"Kortlægning: {level.Name()} areas" : $"Kortlægning: {level.Name()} areas with {indicator} {usedPeriod}";
        var layer = await source.LayerAsync(level.Name(), indicator, usedPeriod, description, ct);
        var stem = indicator is null ? level.Name() : $"{level.Name()}-{indicator}-{usedPeriod}";
        return await files.FileAsync(format, layer, stem, ct);
    }
}
