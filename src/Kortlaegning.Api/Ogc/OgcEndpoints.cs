using System.Globalization;
using Kortlaegning.Api.Areas;
using Kortlaegning.Api.Catalog;
using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Domain.Boundaries;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;
using NpgsqlTypes;

namespace Kortlaegning.Api.Ogc;

/// <summary>
/// OGC API – Features, Part 1 (Core + GeoJSON), read-only, for analysts' desktop tools: QGIS and GDAL
/// (<c>ogrinfo OAPIF:http://127.0.0.1:8080/ogc</c>) list one collection per area level and page through it with
/// <c>limit</c>/<c>offset</c> and <c>bbox</c> (CRS84). Features are the same as <c>/api/areas</c>.
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

    private const string Items = """
        SELECT COALESCE(json_agg(f ORDER BY code), '[]'::json)::text, (SELECT count(*) FROM areas a
                 WHERE a.level = @level AND (@minx::float8 IS NULL OR a.geom && ST_Transform(ST_MakeEnvelope(@minx, @miny, @maxx, @maxy, 4326), 25832)))
          FROM (SELECT a.code, json_build_object('type', 'Feature', 'id', a.code,
                         'geometry', ST_AsGeoJSON(ST_Transform(a.geom, 4326), 6)::json,
                         'properties', json_build_object('level', a.level, 'code', a.code, 'name', a.name,
                                                         'municipalityCode', a.municipality_code, 'areaKm2', round(a.area_km2::numeric, 3),
                                                         'source', a.source)) AS f
                  FROM areas a
                 WHERE a.level = @level AND (@minx::float8 IS NULL OR a.geom && ST_Transform(ST_MakeEnvelope(@minx, @miny, @maxx, @maxy, 4326), 25832))
                 ORDER BY a.code LIMIT @limit OFFSET @offset) q
        """;

    private const string Extents = """
        SELECT level, n, ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e)
          FROM (SELECT level, count(*) AS n, ST_Transform(ST_SetSRID(ST_Extent(geom)::geometry, 25832), 4326) AS e
                  FROM areas GROUP BY level) x
         ORDER BY array_position(ARRAY['country','region','municipality','parish','postcode','local_community','housing_department','custom'], level)
        """;

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

    internal static async Task<Ok<object>> Collections(HttpRequest request, NpgsqlDataSource db, CancellationToken ct)
    {
        var list = await CollectionsAsync(request, db, ct);
        return TypedResults.Ok<object>(new { links = new[] { new Link($"{Base(request)}/collections", "self", "application/json") }, collections = list });
    }

    internal static async Task<Results<Ok<object>, ProblemHttpResult>> Collection(string id, HttpRequest request, NpgsqlDataSource db, CancellationToken ct)
    {
        var found = (await CollectionsAsync(request, db, ct)).FirstOrDefault(c => c.Id == id);
        return found is null ? Problems.NotFound($"No collection '{id}'; GET /ogc/collections lists them.") : TypedResults.Ok<object>(found);
    }

    private static async Task<List<CollectionInfo>> CollectionsAsync(HttpRequest request, NpgsqlDataSource db, CancellationToken ct)
    {
        var list = new List<CollectionInfo>();
        await using var cmd = db.CreateCommand(Extents);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            var level = r.GetString(0);
            var items = $"{Base(request)}/collections/{level}/items";
            const string crs84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
            list.Add(new CollectionInfo(level, $"Areas: {level} ({r.GetInt64(1)})", "feature", [crs84],
                new Extent(new SpatialExtent([[r.GetDouble(2), r.GetDouble(3), r.GetDouble(4), r.GetDouble(5)]], crs84)),
                [new Link(items, "items", GeoJsonText.MediaType), new Link($"{Base(request)}/collections/{level}", "self", "application/json")]));
        }
        return list;
    }

    internal static async Task<Results<ContentHttpResult, ProblemHttpResult>> ItemsAsync(
        string id, string? bbox, string? limit, string? offset, HttpRequest request, NpgsqlDataSource db, DataCatalog catalog, CancellationToken ct)
    {
        if (!AreaLevels.TryParse(id, out var level)) return Problems.NotFound($"No collection '{id}'.");
        if (!AreaQueryParameters.TryBbox(bbox, out var box, out var problem)) return problem!;
        double lim = DefaultLimit, off = 0;
        if (limit is not null && !AreaQueryParameters.TryNumber(limit, "limit", 1, MaxLimit, out lim, out problem)) return problem!;
        if (offset is not null && !AreaQueryParameters.TryNumber(offset, "offset", 0, int.MaxValue, out off, out problem)) return problem!;
        await using var cmd = db.CreateCommand(Items);
        cmd.Parameters.AddWithValue("level", level.Name());
        cmd.Parameters.AddWithValue("limit", (int)lim);
        cmd.Parameters.AddWithValue("offset", (int)off);
        string[] names = ["minx", "miny", "maxx", "maxy"];
        for (int i = 0; i < 4; i++) cmd.Parameters.Add(new NpgsqlParameter(names[i], NpgsqlDbType.Double) { Value = box is null ? DBNull.Value : box[i] });
        await using var r = await cmd.ExecuteReaderAsync(ct);
        await r.ReadAsync(ct);
        var (features, matched) = (r.GetString(0), r.GetInt64(1));
        int returned = (int)Math.Max(0, Math.Min(lim, matched - off));
        string Page(double o) => $"{Base(request)}/collections/{id}/items?limit={lim.ToString(CultureInfo.InvariantCulture)}&offset={o.ToString(CultureInfo.InvariantCulture)}" + (bbox is null ? "" : $"&bbox={Uri.EscapeDataString(bbox)}");
        var links = new List<Link> { new(Page(off), "self", GeoJsonText.MediaType) };
        if (off + lim < matched) links.Add(new Link(Page(off + lim), "next", GeoJsonText.MediaType));
        if (off > 0) links.Add(new Link(Page(Math.Max(0, off - lim)), "prev", GeoJsonText.MediaType));
        var sources = Attribution.For(catalog, await SourcesAsync(db, level.Name(), ct));
        return GeoJsonText.Ok(GeoJsonText.Collection(
            [new("numberMatched", matched), new("numberReturned", returned), new("timeStamp", DateTimeOffset.UtcNow), new("links", links), new("sources", sources)],
            features));
    }

    internal static async Task<Results<ContentHttpResult, ProblemHttpResult>> Item(string id, string fid, NpgsqlDataSource db, DataCatalog catalog, CancellationToken ct)
    {
        if (!AreaLevels.TryParse(id, out var level)) return Problems.NotFound($"No collection '{id}'.");
        var one = await AreasEndpoints.One(level.Name(), fid, null, db, catalog, ct);
        return one.Result switch
        {
            ContentHttpResult c => c,
            ProblemHttpResult p => p,
            _ => Problems.NotFound($"No feature '{fid}' in '{id}'."),
        };
    }

    private static async Task<string[]> SourcesAsync(NpgsqlDataSource db, string level, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand("SELECT array_agg(DISTINCT source) FROM areas WHERE level = @level");
        cmd.Parameters.AddWithValue("level", level);
        return await cmd.ExecuteScalarAsync(ct) as string[] ?? [];
    }
}
