using System.Text.Json;
using Kortlaegning.Api.Catalog;
using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Api.Infrastructure.Localisation;
using Kortlaegning.Api.Infrastructure.Security;
using Kortlaegning.Api.Infrastructure.Validation;
using Kortlaegning.Domain.Boundaries;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Kortlaegning.Api.Areas;

public static class AreasEndpoints
{
    public static void MapAreas(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/levels", Levels).WithTags("Areas").WithName("ListLevels")
            .WithSummary("Area levels with the number of areas loaded for each.");

        var group = app.MapGroup("/api/areas").WithTags("Areas");
        group.MapGet("/", List).WithName("ListAreas")
            .WithSummary("Areas of one level as an RFC 7946 FeatureCollection (EPSG:4326).")
            .WithDescription("Filters: municipality (kommunekode), bbox=minLon,minLat,maxLon,maxLat. simplify=metres simplifies geometry for display (Douglas–Peucker in EPSG:25832, small parts kept; not for analysis).")
            .Produces(200, contentType: GeoJsonText.MediaType);
        group.MapGet("/at", At).WithName("AreasAtPoint").WithSummary("The areas of every level that contain a point (lon, lat in EPSG:4326).");
        group.MapGet("/{level}/{code}", One).WithName("GetArea")
            .WithSummary("One area as a GeoJSON Feature, with its parent areas and overlap fractions.")
            .Produces(200, contentType: GeoJsonText.MediaType);
        group.MapPost("/import", Import).WithName("ImportAreas").RequireRateLimiting(RateLimitPolicies.Imports)
            .WithSummary("Upload areas of one level (GeoJSON, TopoJSON, GeoPackage, zipped Shapefile, CSV); upserts by code, all-or-nothing; dryRun=true previews.")
            .WithDescription("Content-Type chooses the reader: application/geo+json, application/geopackage+sqlite3, application/zip (Shapefile with .prj), text/csv (WKT or lon/lat columns). " +
                "Own levels (housing_department, local_community, custom) take attributes by name or mapping=homes:BOLIGER,organisation:ORG and need the planner role of the owning municipality; " +
                "official levels need a national admin. Over 50 MB: 413.")
            .Accepts<JsonElement>("application/geo+json", "application/json", BoundaryFormats.GeoPackageType, "application/zip", "text/csv")
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(AreaImportParameters.MaxBytes + 1))
            .RequireAuthorization(Policies.Planner)
            .DisableAntiforgery();
        group.MapOwnAreas();
    }

    internal static async Task<Ok<IEnumerable<LevelCount>>> Levels(AreaStore store, CancellationToken ct)
    {
        var counts = await store.LevelCountsAsync(ct);
        return TypedResults.Ok(AreaLevels.All.Select(l => new LevelCount(l, counts.GetValueOrDefault(l))));
    }

    internal static async Task<Results<ContentHttpResult, ProblemHttpResult>> List(
        [AsParameters] AreaQueryParameters query, AreaStore store, DataCatalog catalog, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (query.ToFilter(errors) is not { } filter) return errors.ToProblem(AreaParameters.ProblemTitle);
        var areas = await store.ListAsync(filter, ct);
        var sources = Attribution.For(catalog, areas.Select(a => a.Source));
        return GeoJsonText.Ok(AreaGeoJson.Collection([new("sources", sources)], areas, AreaGeoJson.ApiId));
    }

    /// <summary>One area; an own area with its ETag (the version PUT and DELETE expect in If-Match).</summary>
    internal static async Task<Results<ContentHttpResult, ProblemHttpResult>> One(
        string level, string code, string? simplify, HttpResponse response, AreaStore store, DataCatalog catalog, CancellationToken ct)
    {
        return await OneAsync(level, code, simplify, AreaGeoJson.ApiId, store, catalog, ct, area =>
        {
            if (area.Facts is null) return;
            response.Headers.ETag = Preconditions.ETag(area.Version);
            response.Headers.CacheControl = "no-cache";
        });
    }

    /// <summary>One area with its parents and source; shared with the OGC item, which names the feature by its code only.</summary>
    internal static async Task<Results<ContentHttpResult, ProblemHttpResult>> OneAsync(
        string level, string code, string? simplify, Func<AreaRow, string> id, AreaStore store, DataCatalog catalog, CancellationToken ct, Action<AreaRow>? found = null)
    {
        var errors = new FieldErrors();
        var lvl = AreaParameters.Level(errors, level);
        var normalised = lvl is { } l ? AreaParameters.Code(errors, l, code, "code") : null;
        var tolerance = AreaParameters.Simplify(errors, simplify);
        if (errors.Any || lvl is null || normalised is null) return errors.ToProblem(AreaParameters.ProblemTitle);

        if (await store.FindAsync(lvl.Value, normalised, tolerance, ct) is not { } area)
        {
            return Problems.NotFound(Texts.NoAreaWithCode.Format(Texts.LevelName(lvl.Value), normalised));
        }
        found?.Invoke(area);
        var parents = await store.ParentsAsync(area.Id, ct);
        return GeoJsonText.Ok(AreaGeoJson.One(area, id, parents, Attribution.For(catalog, [area.Source])));
    }

    internal static async Task<Results<Ok<AreasAtPoint>, ProblemHttpResult>> At(string? lon, string? lat, AreaStore store, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (AreaParameters.LonLat(errors, lon, lat) is not var (x, y)) return errors.ToProblem(AreaParameters.ProblemTitle);
        return TypedResults.Ok(new AreasAtPoint(x, y, await store.AtAsync(x, y, ct)));
    }

    internal static async Task<Results<Ok<AreaImportSummary>, Ok<OwnAreaImportResult>, ProblemHttpResult>> Import(
        HttpRequest request, [AsParameters] AreaImportParameters query, AreaImporter importer, OwnAreaImporter own, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (BoundaryFormats.FromContentType(request.ContentType) is not { } format)
        {
            return Problems.Status(StatusCodes.Status415UnsupportedMediaType, "Unsupported file type",
                Texts.NotBoundaryFile.Format(request.ContentType, BoundaryFormats.Accepted));
        }
        if (query.ToRequest(errors, format) is not { } import) return errors.ToProblem(AreaParameters.ProblemTitle);
        if (await UploadBody.ReadAsync(request, AreaImportParameters.MaxBytes, ct) is not { } body) return UploadBody.TooLarge(AreaImportParameters.MaxBytes);
        using (body)
        {
            try
            {
                if (!import.Level.IsOwn()) return TypedResults.Ok(await importer.ImportAsync(body, import, ct));
                var result = await own.ImportAsync(body, import, ct);
                return result.DryRun || result.Committed ? TypedResults.Ok(result) : AreaImportParameters.Rejected(result);
            }
            catch (BoundaryCrsException e)
            {
                errors.Add(import.Srid is null ? "srid" : AreaImportParameters.BodyField, DomainMessages.Localise(e.Message));
                return errors.ToProblem("Unknown coordinate reference system", StatusCodes.Status422UnprocessableEntity);
            }
            catch (BoundaryFormatException e)
            {
                errors.Add(AreaImportParameters.BodyField, DomainMessages.Localise(e.Message));
                return errors.ToProblem("Unreadable boundary file");
            }
            catch (AreaImportRejectedException e)
            {
                return AreaImportParameters.Rejected(e.Result);
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InvalidParameterValue or PostgresErrorCodes.InternalError)
            {
                // e.g. an SRID PostGIS does not know, or coordinates it cannot transform
                errors.Add(import.Srid is null ? AreaImportParameters.BodyField : "srid", e.MessageText);
                return errors.ToProblem("Geometry could not be stored");
            }
        }
    }
}
