using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kortlaegning.Api.Areas;
using Kortlaegning.Api.Catalog;
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
/// OGC API – Features, Part 1 (Core + GeoJSON) and Part 2 (CRS by reference), read-only, for analysts' desktop tools:
/// QGIS and GDAL (<c>ogrinfo OAPIF:http://127.0.0.1:8080/ogc</c>) list one collection per area level and page through
/// it with <c>limit</c>/<c>offset</c>, <c>bbox</c> (on the geometry, in <c>bbox-crs</c>), <c>crs</c>, <c>sortby</c> and
/// <c>properties</c>. Every other query parameter is a 400 (Part 1 §7.15.1 / Req. 7.3). Features are written by the
/// same <see cref="AreaGeoJson"/> as <c>/api/areas</c>, with the code as feature id; docs/ogc.md says what conforms.
/// </summary>
public static class OgcEndpoints
{
    public const int DefaultLimit = 100, MaxLimit = 10_000;

    /// <summary>The CORS policy of the read-only open-data endpoints (/ogc, /tiles): any origin, without credentials.</summary>
    public const string CorsPolicy = "open-data";

    private static readonly string[] Conformance =
    [
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
        "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs",
        // Part 3 (filtering) and CQL2, as far as Cql2Parser goes: text encoding, basic CQL2, LIKE/BETWEEN/IN, S_INTERSECTS.
        "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables",
        "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/filter",
        "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/features-filter",
        "http://www.opengis.net/spec/cql2/1.0/conf/cql2-text",
        "http://www.opengis.net/spec/cql2/1.0/conf/basic-cql2",
        "http://www.opengis.net/spec/cql2/1.0/conf/advanced-comparison-operators",
        "http://www.opengis.net/spec/cql2/1.0/conf/basic-spatial-functions",
        .. OgcTiles.Conformance,
    ];

    private static readonly string[] MetaParameters = ["f"];
    private static readonly string[] ItemsParameters = ["bbox", "bbox-crs", "limit", "offset", "crs", "sortby", "properties", "filter", "filter-lang", "filter-crs", "f"];
    private static readonly string[] ItemParameters = ["crs", "properties", "f"];

    /// <summary>The feature properties <c>properties=</c> may name (the JSON names of <see cref="AreaGeoJson.Properties"/>).</summary>
    private static readonly string[] PropertyNames = ["level", "code", "name", "municipalityCode", "areaKm2", "source", "sourceYear", "parents"];

    public static void MapOgc(this IEndpointRouteBuilder app)
    {
        app.MapDownloads();
        var ogc = app.MapGroup("/ogc").WithTags("OGC API – Features").RequireCors(CorsPolicy).AddEndpointFilter(OgcHtml.FilterAsync);
        // Every page is also HTML (f=html or a browser's Accept): declared so the OpenAPI document lists text/html.
        ogc.WithMetadata(new ProducesResponseTypeMetadata(200, typeof(string), [OgcHtml.MediaType]));
        ogc.MapGet("/", Landing).WithName("OgcLanding")
            .WithSummary("Landing page of the OGC API – Features service.")
            .WithDescription("Links to the conformance declaration, the collections and this OpenAPI document.")
            .ProducesProblem(400);
        ogc.MapGet("/conformance", ConformanceDeclaration).WithName("OgcConformance")
            .WithSummary("The conformance classes the service implements.")
            .WithDescription("OGC API – Features Part 1 Core, GeoJSON and OpenAPI 3.0, and Part 2 (CRS by reference).")
            .ProducesProblem(400);
        ogc.MapGet("/collections", Collections).WithName("OgcCollections")
            .WithSummary("The feature collections: one per loaded area level.")
            .WithDescription("Each with its extent (CRS84), the CRSs it can be read in and its storage CRS (EPSG:25832).")
            .ProducesProblem(400);
        ogc.MapGet("/collections/{id}", Collection).WithName("OgcCollection")
            .WithSummary("One feature collection (an area level).")
            .WithDescription("Extent, CRS list, storage CRS and links to its items.")
            .ProducesProblem(400).ProducesProblem(404);
        ogc.MapGet("/collections/{id}/queryables", QueryablesAsync).WithName("OgcQueryables")
            .WithSummary("The properties a filter may name (OGC API – Features Part 3).")
            .WithDescription("A JSON Schema (draft 2020-12) of the queryables of the collection; filter= on its items (CQL2 text) may name only these.")
            .Produces(200, contentType: QueryablesMediaType).ProducesProblem(400).ProducesProblem(404);
        ogc.MapGet("/collections/{id}/items", ItemsAsync).WithName("OgcItems")
            .WithSummary("The features of a collection, paged.")
            .WithDescription("GeoJSON FeatureCollection with numberMatched, numberReturned and next/prev links. Content-Crs names the CRS of the coordinates. Unknown parameters are a 400. f=gpkg, f=fgb or f=shp (or an Accept naming application/geopackage+sqlite3, application/flatgeobuf or application/zip) gives the whole collection as a GeoPackage, FlatGeobuf or zipped Shapefile in EPSG:25832.")
            .Produces(200, contentType: GeoJsonText.MediaType).ProducesGisFiles().ProducesProblem(400).ProducesProblem(404);
        ogc.MapGet("/collections/{id}/items/{fid}", Item).WithName("OgcItem")
            .WithSummary("One feature, by the id it has in the items list (the area code).")
            .WithDescription("GeoJSON Feature with its parents, sources and links; Content-Crs names the CRS of the coordinates.")
            .Produces(200, contentType: GeoJsonText.MediaType).ProducesProblem(400).ProducesProblem(404);
        ogc.MapOgcTiles();
    }

    public const string QueryablesMediaType = "application/schema+json";

    public sealed record Link(string Href, string Rel, string Type, string? Title = null);

    public sealed record SpatialExtent(double[][] Bbox, string Crs);

    public sealed record Extent(SpatialExtent Spatial);

    public sealed record CollectionInfo(string Id, string Title, string ItemType, string[] Crs, string StorageCrs, Extent Extent, Link[] Links);

    public sealed record LandingPage(string Title, string Description, Link[] Links);

    public sealed record ConformanceClasses(string[] ConformsTo);

    public sealed record CollectionList(Link[] Links, IReadOnlyList<CollectionInfo> Collections);

    private static string Base(HttpRequest r) => $"{r.Scheme}://{r.Host}{r.PathBase}/ogc";

    /// <summary>A 400 naming every query parameter that is not one of <paramref name="known"/>, and a bad <c>f</c>.</summary>
    internal static void CheckParameters(HttpRequest request, string[] known, FieldErrors errors)
    {
        foreach (var key in request.Query.Keys.Where(k => !known.Contains(k, StringComparer.Ordinal)))
        {
            errors.Add(key, Texts.UnknownQueryParameter.Format(key, string.Join(", ", known)));
        }
        if (request.Query.TryGetValue("f", out var f) && f.ToString() is not ("json" or "geojson" or "html"))
        {
            errors.Add("f", Texts.FormatNotServed.Format(f.ToString()));
        }
    }

    internal static ProblemHttpResult? Reject(HttpRequest request, string[] known)
    {
        var errors = new FieldErrors();
        CheckParameters(request, known, errors);
        return errors.Any ? errors.ToProblem(AreaParameters.ProblemTitle) : null;
    }

    internal static Results<Ok<LandingPage>, ProblemHttpResult> Landing(HttpRequest request)
    {
        if (Reject(request, MetaParameters) is { } bad) return bad;
        var b = Base(request);
        return TypedResults.Ok(new LandingPage(
            "Kortlægning",
            "Danish administrative areas (DAGI) and the areas municipalities load, as OGC API – Features.",
            [
                new Link(b, "self", "application/json"),
                new Link($"{b}?f=html", "alternate", OgcHtml.MediaType, "HTML"),
                new Link($"{b}/conformance", "conformance", "application/json"),
                new Link($"{b}/collections", "data", "application/json"),
                new Link($"{request.Scheme}://{request.Host}{request.PathBase}/openapi/v1.json", "service-desc", "application/vnd.oai.openapi+json;version=3.0"),
            ]));
    }

    internal static Results<Ok<ConformanceClasses>, ProblemHttpResult> ConformanceDeclaration(HttpRequest request) =>
        Reject(request, MetaParameters) is { } bad ? bad : TypedResults.Ok(new ConformanceClasses(Conformance));

    internal static async Task<Results<Ok<CollectionList>, ProblemHttpResult>> Collections(HttpRequest request, AreaStore store, IndicatorCatalogue catalogue, CancellationToken ct)
    {
        if (Reject(request, MetaParameters) is { } bad) return bad;
        var list = await CollectionsAsync(request, store, ct);
        list.AddRange(await OgcIndicatorCollections.CollectionsAsync(Base(request), store, catalogue, ct));
        return TypedResults.Ok(new CollectionList([new Link($"{Base(request)}/collections", "self", "application/json")], list));
    }

    internal static async Task<Results<Ok<CollectionInfo>, ProblemHttpResult>> Collection(
        [Description("Collection id: an area level (parish, municipality, postcode, region, country …).")] string id,
        HttpRequest request, AreaStore store, IndicatorCatalogue catalogue, CancellationToken ct)
    {
        if (Reject(request, MetaParameters) is { } bad) return bad;
        var found = OgcIndicatorCollections.IsIndicator(id)
            ? (await OgcIndicatorCollections.CollectionsAsync(Base(request), store, catalogue, ct)).FirstOrDefault(c => c.Id == id)
            : (await CollectionsAsync(request, store, ct)).FirstOrDefault(c => c.Id == id);
        return found is null ? Problems.NotFound(Texts.NoCollectionListed.Format(id)) : TypedResults.Ok(found);
    }

    private static async Task<List<CollectionInfo>> CollectionsAsync(HttpRequest request, AreaStore store, CancellationToken ct) =>
        (await store.ExtentsAsync(ct)).Select(l =>
        {
            var items = $"{Base(request)}/collections/{l.Level}/items";
            var e = l.Extent;
            return new CollectionInfo(l.Level, $"Areas: {l.Level} ({l.Areas})", "feature", OgcCrs.All, OgcCrs.Storage,
                new Extent(new SpatialExtent([[e.MinLon, e.MinLat, e.MaxLon, e.MaxLat]], OgcCrs.Crs84)),
                [
                    new Link(items, "items", GeoJsonText.MediaType), new Link($"{Base(request)}/collections/{l.Level}", "self", "application/json"),
                    new Link($"{Base(request)}/collections/{l.Level}/queryables", "http://www.opengis.net/def/rel/ogc/1.0/queryables", QueryablesMediaType),
                    .. OgcTiles.HasTiles(l.Level) ? [new Link($"{Base(request)}/collections/{l.Level}/tiles", OgcTiles.VectorTilesetsRel, "application/json")] : Array.Empty<Link>(),
                    .. Enclosures(items),
                ]);
        }).ToList();

    /// <summary>
    /// The whole collection as each GIS file, as <c>enclosure</c> links (OGC API – Features Part 1 §7.14.2 names the
    /// relation for bulk downloads), so a client finds the files from the collection.
    /// </summary>
    internal static IEnumerable<Link> Enclosures(string items) =>
        Enum.GetValues<GisFormat>().Select(f => new Link($"{items}?f={f.Name()}", "enclosure", f.MediaType(), f.Title()));

    internal static async Task<Results<ContentHttpResult, ProblemHttpResult>> QueryablesAsync(
        [Description("Collection id: an area level (parish, municipality, postcode, region, country …).")] string id,
        HttpRequest request, AreaStore store, IndicatorCatalogue catalogue, CancellationToken ct)
    {
        if (Reject(request, MetaParameters) is { } bad) return bad;
        if (OgcIndicatorCollections.IsIndicator(id))
        {
            return await OgcIndicatorCollections.ResolveAsync(id, catalogue, ct) is null
                ? Problems.NotFound(Texts.NoCollectionListed.Format(id))
                : TypedResults.Content(JsonSerializer.Serialize(OgcQueryables.Schema($"{Base(request)}/collections/{Uri.EscapeDataString(id)}/queryables",
                    $"Queryables of {id}", OgcIndicatorSource.QueryableTypes)), QueryablesMediaType);
        }
        if (!EnumNames.TryParse<AreaLevel>(id, out _) || (await CollectionsAsync(request, store, ct)).All(c => c.Id != id))
        {
            return Problems.NotFound(Texts.NoCollectionListed.Format(id));
        }
        return TypedResults.Content(JsonSerializer.Serialize(OgcQueryables.Schema($"{Base(request)}/collections/{id}/queryables", $"Queryables of {id}",
            AreaStore.QueryableTypes)), QueryablesMediaType);
    }

    internal static async Task<Results<ContentHttpResult, FileContentHttpResult, ProblemHttpResult>> ItemsAsync(
        [Description("Collection id: an area level (parish, municipality, postcode, region, country …).")] string id,
        [AsParameters] OgcItemsParameters query, HttpRequest request, HttpResponse response, AreaStore store, DataCatalog catalog,
        IndicatorCatalogue indicatorCatalogue, IndicatorStore indicators, OgcIndicatorSource indicatorSource, AreaDownload download, CancellationToken ct)
    {
        if (WantsFile(request) is { } format) return await FileAsync(format, id, query.Period, request, download, indicatorCatalogue, ct);
        if (OgcIndicatorCollections.IsIndicator(id))
        {
            return Widen((await OgcIndicatorCollections.ItemsAsync(id, query, request, response, Base(request), indicatorCatalogue, indicators, indicatorSource, ct)).Result);
        }
        if (!EnumNames.TryParse<AreaLevel>(id, out var level)) return Problems.NotFound(Texts.NoCollection.Format(id));
        var errors = new FieldErrors();
        CheckParameters(request, ItemsParameters, errors);
        var filter = query.ToFilter(level, errors);
        var properties = Properties(errors, query.Properties);
        if (filter is null || errors.Any) return errors.ToProblem(AreaParameters.ProblemTitle);
        var areas = await store.ListAsync(filter, ct);
        long matched = await store.CountAsync(filter, ct);
        int lim = filter.Limit!.Value, off = filter.Offset;
        // Built from the validated values only: what the client typed never reaches a link.
        var rest = LinkRest(query, filter);
        if (filter.SortBy is { Count: > 0 } sort) rest += "&sortby=" + Uri.EscapeDataString(string.Join(",", sort.Select(k => (k.Descending ? "-" : "") + k.Property)));
        if (properties is not null) rest += "&properties=" + Uri.EscapeDataString(string.Join(",", properties));
        string Page(int o) => $"{Base(request)}/collections/{id}/items?limit={lim.ToString(CultureInfo.InvariantCulture)}&offset={o.ToString(CultureInfo.InvariantCulture)}{rest}";
        var links = new List<Link> { new(Page(off), "self", GeoJsonText.MediaType) };
        if (off + lim < matched) links.Add(new Link(Page(off + lim), "next", GeoJsonText.MediaType));
        if (off > 0) links.Add(new Link(Page(Math.Max(0, off - lim)), "prev", GeoJsonText.MediaType));
        links.Add(new Link($"{Base(request)}/collections/{id}", "collection", "application/json"));
        var sources = Attribution.For(catalog, await store.SourcesAsync(level, ct));
        response.Headers["Content-Crs"] = OgcCrs.Header(OgcCrs.Supported.First(kv => kv.Value == filter.Crs).Key);
        return GeoJsonText.Ok(GeoJsonText.Collection(
            [new("numberMatched", matched), new("numberReturned", areas.Count), new("links", links), new("sources", sources)],
            areas.Select(a => Select(AreaGeoJson.Feature(a, AreaGeoJson.OgcId), properties))));
    }

    /// <summary><c>f=gpkg|fgb|shp</c>, or no <c>f</c> and an Accept that names one of their media types; null for a page.</summary>
    private static GisFormat? WantsFile(HttpRequest request) =>
        request.Query.TryGetValue("f", out var f)
            ? GisFormats.TryParse(f.ToString(), out var format) ? format : null
            : GisFormats.FromAccept(request);

    /// <summary>
    /// The whole collection as a GIS file in EPSG:25832 — the file <c>/api/downloads/{level}</c> gives, with the
    /// indicator's values for an indicator collection. Paging, bbox, filter and crs shape GeoJSON pages; a file is the
    /// collection, so they are a 400 here rather than silently ignored.
    /// </summary>
    private static async Task<Results<ContentHttpResult, FileContentHttpResult, ProblemHttpResult>> FileAsync(
        GisFormat format, string id, string? period, HttpRequest request, AreaDownload download, IndicatorCatalogue catalogue, CancellationToken ct)
    {
        AreaLevel level;
        string? indicator = null;
        if (OgcIndicatorCollections.IsIndicator(id))
        {
            if (await OgcIndicatorCollections.ResolveAsync(id, catalogue, ct) is not var (info, lvl)) return Problems.NotFound(Texts.NoCollectionListed.Format(id));
            (level, indicator) = (lvl, info.Code);
        }
        else if (!EnumNames.TryParse(id, out level)) return Problems.NotFound(Texts.NoCollection.Format(id));
        var errors = new FieldErrors();
        string[] known = indicator is null ? ["f"] : ["f", "period"];
        foreach (var key in request.Query.Keys.Where(k => !known.Contains(k, StringComparer.Ordinal)))
        {
            errors.Add(key, Texts.DownloadFileParameter.Format(key, format.Name(), string.Join(", ", known)));
        }
        if (errors.Any) return errors.ToProblem(AreaParameters.ProblemTitle);
        return Widen((await download.FileAsync(format, level, indicator, period, ct)).Result);
    }

    /// <summary>An answer of a narrower result union as the items union (a page, a file or a problem).</summary>
    private static Results<ContentHttpResult, FileContentHttpResult, ProblemHttpResult> Widen(IResult result) => result switch
    {
        ContentHttpResult page => page,
        FileContentHttpResult file => file,
        ProblemHttpResult problem => problem,
        _ => throw new InvalidOperationException($"Unexpected {result.GetType().Name}"),
    };

    /// <summary>
    /// The bbox, crs and filter part of a next/prev link, built from the validated values only (what the client typed
    /// never reaches a link, except the filter, which parsed and is carried escaped).
    /// </summary>
    internal static string LinkRest(OgcItemsParameters query, AreaFilter filter)
    {
        var crs = OgcCrs.Supported.First(kv => kv.Value == filter.Crs).Key;
        var bboxCrs = OgcCrs.Parse(new FieldErrors(), query.BboxCrs, "bbox-crs")!;
        var rest = "";
        if (filter.Bbox is { } b)
        {
            var box = bboxCrs == OgcCrs.Epsg4326 ? new[] { b.MinLat, b.MinLon, b.MaxLat, b.MaxLon } : [b.MinLon, b.MinLat, b.MaxLon, b.MaxLat];
            rest += "&bbox=" + string.Join(",", box.Select(v => v.ToString("R", CultureInfo.InvariantCulture)));
            if (bboxCrs != OgcCrs.Crs84) rest += "&bbox-crs=" + Uri.EscapeDataString(bboxCrs);
        }
        if (crs != OgcCrs.Crs84) rest += "&crs=" + Uri.EscapeDataString(crs);
        // The filter parsed and checked, so it is carried as typed (escaped); filter-crs only as the validated URI.
        if (filter.Cql is not null)
        {
            rest += "&filter=" + Uri.EscapeDataString(query.Filter!) + "&filter-lang=cql2-text";
            var filterCrs = OgcCrs.Supported.First(kv => kv.Value == filter.CqlCrs).Key;
            if (filterCrs != OgcCrs.Crs84) rest += "&filter-crs=" + Uri.EscapeDataString(filterCrs);
        }
        return rest;
    }

    internal static async Task<Results<ContentHttpResult, ProblemHttpResult>> Item(
        [Description("Collection id: an area level (parish, municipality, postcode, region, country …).")] string id,
        [Description("Feature id: the area code exactly as the items list gives it (municipality 0461, parish 8907).")] string fid,
        [FromQuery(Name = "crs"), Description("CRS of the answer's coordinates (OGC URI); default CRS84.")] string? crs,
        [FromQuery(Name = "properties"), Description("Comma-separated property names to include; default all.")] string? properties,
        [FromQuery(Name = "period"), Description("Indicator collections only: the period of the value; default the latest at the level.")] string? period,
        HttpRequest request, HttpResponse response, AreaStore store, DataCatalog catalog,
        IndicatorCatalogue indicatorCatalogue, IndicatorStore indicators, OgcIndicatorSource indicatorSource, CancellationToken ct)
    {
        if (OgcIndicatorCollections.IsIndicator(id))
        {
            return await OgcIndicatorCollections.ItemAsync(id, fid, crs, period, request, response, Base(request), indicatorCatalogue, indicators, indicatorSource, ct);
        }
        if (!EnumNames.TryParse<AreaLevel>(id, out var level)) return Problems.NotFound(Texts.NoCollection.Format(id));
        var errors = new FieldErrors();
        CheckParameters(request, ItemParameters, errors);
        var crsUri = OgcCrs.Parse(errors, crs, "crs");
        var selected = Properties(errors, properties);
        if (errors.Any || crsUri is null) return errors.ToProblem(AreaParameters.ProblemTitle);
        // The id is the code exactly as listed: "461" is not feature "0461" (one resource, one URL).
        if (await store.FindAsync(level, fid, 0, ct, OgcCrs.Supported[crsUri]) is not { } area || area.Code != fid)
        {
            return Problems.NotFound(Texts.NoFeature.Format(fid, id));
        }
        var parents = await store.ParentsAsync(area.Id, ct);
        var self = $"{Base(request)}/collections/{id}/items/{Uri.EscapeDataString(fid)}";
        response.Headers["Content-Crs"] = OgcCrs.Header(crsUri);
        return GeoJsonText.Ok(GeoJsonText.Feature(Select(AreaGeoJson.Feature(area, AreaGeoJson.OgcId, parents), selected),
        [
            new("sources", Attribution.For(catalog, [area.Source])),
            new("links", new[] { new Link(self, "self", GeoJsonText.MediaType), new Link($"{Base(request)}/collections/{id}", "collection", "application/json") }),
        ]));
    }

    /// <summary><c>properties=a,b</c>: the names, each one of <see cref="PropertyNames"/>; null when absent (all).</summary>
    private static string[]? Properties(FieldErrors errors, string? text)
    {
        if (text is null) return null;
        var names = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        foreach (var n in names.Where(n => !PropertyNames.Contains(n, StringComparer.Ordinal)))
        {
            errors.Add("properties", Texts.NotAProperty.Format(n, string.Join(", ", PropertyNames)));
        }
        return names;
    }

    private static FeatureText Select(FeatureText feature, string[]? properties)
    {
        if (properties is null) return feature;
        var all = JsonSerializer.SerializeToNode(feature.Properties, feature.Properties.GetType(), JsonSerializerOptions.Web)!.AsObject();
        var kept = new JsonObject();
        foreach (var (name, value) in all)
        {
            if (properties.Contains(name, StringComparer.Ordinal)) kept[name] = value?.DeepClone();
        }
        return feature with { Properties = kept };
    }
}

/// <summary>The query string of an OGC items request. Values arrive as text so a bad one is a 400 naming it.</summary>
public sealed record OgcItemsParameters(
    [property: FromQuery(Name = "bbox"), Description("minX,minY,maxX,maxY in bbox-crs (CRS84: lon/lat degrees); features whose geometry intersects it.")] string? Bbox,
    [property: FromQuery(Name = "bbox-crs"), Description("CRS of bbox (OGC URI): CRS84 (default), EPSG 4326 (lat/lon), 25832 or 3035.")] string? BboxCrs,
    [property: FromQuery(Name = "limit"), Description("Page size: an integer from 1 to 10000; default 100.")] string? Limit,
    [property: FromQuery(Name = "offset"), Description("Features to skip: an integer ≥ 0; default 0. The next link carries it.")] string? Offset,
    [property: FromQuery(Name = "crs"), Description("CRS of the answer's coordinates (OGC URI); default CRS84. Content-Crs names it.")] string? Crs,
    [property: FromQuery(Name = "sortby"), Description("Comma-separated code, name, municipalityCode or areaKm2, each with + (ascending, default) or - (descending).")] string? SortBy,
    [property: FromQuery(Name = "properties"), Description("Comma-separated property names to include; default all.")] string? Properties,
    [property: FromQuery(Name = "filter"), Description("CQL2 text filter on the queryables (/queryables): =, <>, <, <=, >, >=, LIKE, BETWEEN, IN, IS NULL, AND/OR/NOT, S_INTERSECTS(geometry, POINT/LINESTRING/POLYGON/MULTI…/BBOX(…)).")] string? Filter,
    [property: FromQuery(Name = "filter-lang"), Description("Filter language: cql2-text (default), the only one.")] string? FilterLang,
    [property: FromQuery(Name = "filter-crs"), Description("CRS of the filter's geometry literals (OGC URI); default CRS84.")] string? FilterCrs,
    [property: FromQuery(Name = "period"), Description("Indicator collections (indicator:{code}:{level}) only: the period of the values; default the latest at the level.")] string? Period,
    [property: FromQuery(Name = "f"), Description("Format: json (GeoJSON, the default), html (a page for a browser; also chosen by an Accept that prefers text/html), or on items gpkg, fgb or shp (the whole collection as a GeoPackage, FlatGeobuf or zipped Shapefile).")] string? F)
{
    public AreaFilter? ToFilter(AreaLevel level, FieldErrors errors, IReadOnlyDictionary<string, Kortlaegning.Domain.Ogc.Cql2Type>? queryables = null)
    {
        var bboxCrs = OgcCrs.Parse(errors, BboxCrs, "bbox-crs");
        var crs = OgcCrs.Parse(errors, Crs, "crs");
        var bbox = bboxCrs is null ? null : OgcCrs.Bbox(errors, Bbox, bboxCrs);
        var limit = Integer(errors, Limit, "limit", 1, OgcEndpoints.MaxLimit) ?? OgcEndpoints.DefaultLimit;
        var offset = Integer(errors, Offset, "offset", 0, int.MaxValue) ?? 0;
        var sort = Sort(errors, SortBy);
        var cql = OgcFilter.Parse(errors, Filter, FilterLang, queryables ?? AreaStore.QueryableTypes);
        var filterCrs = OgcCrs.Parse(errors, FilterCrs, "filter-crs");
        if (FilterCrs is not null && Filter is null) errors.Add("filter-crs", Texts.FilterCrsNeedsFilter.Get());
        if (errors.Any || bboxCrs is null || crs is null || filterCrs is null) return null;
        return new AreaFilter(level, Bbox: bbox, Limit: limit, Offset: offset)
        {
            BboxSrid = OgcCrs.Supported[bboxCrs].Srid,
            Crs = OgcCrs.Supported[crs],
            SortBy = sort,
            Cql = cql,
            CqlCrs = OgcCrs.Supported[filterCrs],
        };
    }

    /// <summary>Digits only (no sign, point or exponent), within [min, max].</summary>
    private static int? Integer(FieldErrors errors, string? text, string field, int min, int max)
    {
        if (text is null) return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v >= min && v <= max) return v;
        errors.Add(field, Texts.NotAnIntegerFromTo.Format(text, min.ToString(CultureInfo.InvariantCulture), max.ToString(CultureInfo.InvariantCulture)));
        return null;
    }

    private static List<Areas.SortKey>? Sort(FieldErrors errors, string? text)
    {
        if (text is null) return null;
        var keys = new List<Areas.SortKey>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            bool desc = part.StartsWith('-');
            var name = part.TrimStart('+', '-');
            if (AreaStore.SortColumns.ContainsKey(name)) keys.Add(new Areas.SortKey(name, desc));
            else errors.Add("sortby", Texts.CannotSortBy.Format(name, string.Join(", ", AreaStore.SortColumns.Keys)));
        }
        return keys;
    }
}
