using System.Globalization;
using Kortlaegning.Api.Areas;
using Kortlaegning.Api.Catalog;
using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Api.Infrastructure.Validation;
using Kortlaegning.Domain.Boundaries;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Kortlaegning.Api.Ogc;

/// <summary>
/// OGC API – Features, Part 1 (Core + GeoJSON), read-only, for analysts' desktop tools: QGIS and GDAL
/// (<c>ogrinfo OAPIF:http://127.0.0.1:8080/ogc</c>) list one collection per area level and page through it with
/// <c>limit</c>/<c>offset</c> and <c>bbox</c> (CRS84). Features are written by the same <see cref="AreaGeoJson"/> as
/// <c>/api/areas</c>, with the code as feature id.
/// </summary>
public static class OgcEndpoints
{
    public const int DefaultLimit = 100, MaxLimit = 10_000;

    private static readonly string[] Conformance =
    [
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
    ];

    public static void MapOgc(this IEndpointRouteBuilder app)
    {
        var ogc = app.MapGroup("/ogc").WithTags("OGC API – Features");
        ogc.MapGet("/", Landing).WithName("OgcLanding");
        ogc.MapGet("/conformance", () => TypedResults.Ok(new { conformsTo = Conformance })).WithName("OgcConformance");
        ogc.MapGet("/collections", Collections).WithName("OgcCollections");
        ogc.MapGet("/collections/{id}", Collection).WithName("OgcCollection");
        ogc.MapGet("/collections/{id}/items", ItemsAsync).WithName("OgcItems").Produces(200, contentType: GeoJsonText.MediaType);
        ogc.MapGet("/collections/{id}/items/{fid}", Item).WithName("OgcItem").Produces(200, contentType: GeoJsonText.MediaType);
    }

    public sealed record Link(string Href, string Rel, string Type, string? Title = null);

    public sealed record SpatialExtent(double[][] Bbox, string Crs);

    public sealed record Extent(SpatialExtent Spatial);

    public sealed record CollectionInfo(string Id, string Title, string ItemType, string[] Crs, Extent Extent, Link[] Links);

    private static string Base(HttpRequest r) => $"{r.Scheme}://{r.Host}{r.PathBase}/ogc";

    internal static Ok<object> Landing(HttpRequest request)
    {
        var b = Base(request);
        return TypedResults.Ok<object>(new
        {
            title = "Kortlægning",
            description = "Danish administrative areas (DAGI) and the areas municipalities load, as OGC API – Features.",
            links = new[]
            {
                new Link(b, "self", "application/json"),
                new Link($"{b}/conformance", "conformance", "application/json"),
                new Link($"{b}/collections", "data", "application/json"),
                new Link($"{request.Scheme}://{request.Host}/openapi/v1.json", "service-desc", "application/vnd.oai.openapi+json;version=3.0"),
            },
        });
    }

    internal static async Task<Ok<object>> Collections(HttpRequest request, AreaStore store, CancellationToken ct)
    {
        var list = await CollectionsAsync(request, store, ct);
        return TypedResults.Ok<object>(new { links = new[] { new Link($"{Base(request)}/collections", "self", "application/json") }, collections = list });
    }

    internal static async Task<Results<Ok<object>, ProblemHttpResult>> Collection(string id, HttpRequest request, AreaStore store, CancellationToken ct)
    {
        var found = (await CollectionsAsync(request, store, ct)).FirstOrDefault(c => c.Id == id);
        return found is null ? Problems.NotFound($"No collection '{id}'; GET /ogc/collections lists them.") : TypedResults.Ok<object>(found);
    }

    private static async Task<List<CollectionInfo>> CollectionsAsync(HttpRequest request, AreaStore store, CancellationToken ct)
    {
        const string crs84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
        return (await store.ExtentsAsync(ct)).Select(l =>
        {
            var items = $"{Base(request)}/collections/{l.Level}/items";
            var e = l.Extent;
            return new CollectionInfo(l.Level, $"Areas: {l.Level} ({l.Areas})", "feature", [crs84],
                new Extent(new SpatialExtent([[e.MinLon, e.MinLat, e.MaxLon, e.MaxLat]], crs84)),
                [new Link(items, "items", GeoJsonText.MediaType), new Link($"{Base(request)}/collections/{l.Level}", "self", "application/json")]);
        }).ToList();
    }

    internal static async Task<Results<ContentHttpResult, ProblemHttpResult>> ItemsAsync(
        string id, [AsParameters] OgcItemsParameters query, HttpRequest request, AreaStore store, DataCatalog catalog, CancellationToken ct)
    {
        if (!EnumNames.TryParse<AreaLevel>(id, out var level)) return Problems.NotFound($"No collection '{id}'.");
        var errors = new FieldErrors();
        if (query.ToFilter(level, errors) is not { } filter) return errors.ToProblem(AreaParameters.ProblemTitle);
        var areas = await store.ListAsync(filter, ct);
        long matched = await store.CountAsync(filter, ct);
        int lim = filter.Limit!.Value, off = filter.Offset;
        string Page(int o) => $"{Base(request)}/collections/{id}/items?limit={lim.ToString(CultureInfo.InvariantCulture)}&offset={o.ToString(CultureInfo.InvariantCulture)}"
            + (query.Bbox is null ? "" : $"&bbox={Uri.EscapeDataString(query.Bbox)}");
        var links = new List<Link> { new(Page(off), "self", GeoJsonText.MediaType) };
        if (off + lim < matched) links.Add(new Link(Page(off + lim), "next", GeoJsonText.MediaType));
        if (off > 0) links.Add(new Link(Page(Math.Max(0, off - lim)), "prev", GeoJsonText.MediaType));
        var sources = Attribution.For(catalog, await store.SourcesAsync(level, ct));
        return GeoJsonText.Ok(AreaGeoJson.Collection(
            [new("numberMatched", matched), new("numberReturned", areas.Count), new("timeStamp", DateTimeOffset.UtcNow), new("links", links), new("sources", sources)],
            areas, AreaGeoJson.OgcId));
    }

    internal static async Task<Results<ContentHttpResult, ProblemHttpResult>> Item(string id, string fid, AreaStore store, DataCatalog catalog, CancellationToken ct)
    {
        if (!EnumNames.TryParse<AreaLevel>(id, out var level)) return Problems.NotFound($"No collection '{id}'.");
        var one = await AreasEndpoints.OneAsync(level.Name(), fid, null, AreaGeoJson.OgcId, store, catalog, ct);
        return one.Result switch
        {
            ContentHttpResult c => c,
            ProblemHttpResult p => p,
            _ => Problems.NotFound($"No feature '{fid}' in '{id}'."),
        };
    }
}

/// <summary>The query string of an OGC items request: bbox (CRS84), limit and offset.</summary>
public sealed record OgcItemsParameters(
    [property: FromQuery(Name = "bbox")] string? Bbox,
    [property: FromQuery(Name = "limit")] string? Limit,
    [property: FromQuery(Name = "offset")] string? Offset)
{
    public AreaFilter? ToFilter(AreaLevel level, FieldErrors errors)
    {
        var bbox = AreaParameters.Bbox(errors, Bbox);
        var limit = AreaParameters.Number(errors, Limit, "limit", 1, OgcEndpoints.MaxLimit) ?? OgcEndpoints.DefaultLimit;
        var offset = AreaParameters.Number(errors, Offset, "offset", 0, int.MaxValue) ?? 0;
        return errors.Any ? null : new AreaFilter(level, Bbox: bbox, Limit: (int)limit, Offset: (int)offset);
    }
}
