using System.ComponentModel;
using Kortlaegning.Api.Areas;
using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Api.Infrastructure.Localisation;
using Kortlaegning.Api.Tiles;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kortlaegning.Api.Ogc;

/// <summary>
/// OGC API – Tiles (OGC 20-057) descriptions of the vector tiles an area collection already has at
/// <c>/tiles/{layer}/{z}/{x}/{y}.mvt</c>: the collection's tileset list (<c>/ogc/collections/{id}/tiles</c>) and its one
/// tileset in WebMercatorQuad (<c>…/tiles/WebMercatorQuad</c>) with the templated tile link, zoom range and the
/// layer's properties — what QGIS and GDAL's OGCAPI driver look for. WebMercatorQuad's tileRow counts from the top as
/// the XYZ scheme does, so the template is the tile URL itself.
/// </summary>
public static class OgcTiles
{
    public const string TileMatrixSet = "WebMercatorQuad";
    private const string TileMatrixSetUri = "http://www.opengis.net/def/tilematrixset/OGC/1.0/WebMercatorQuad";
    private const string WebMercator = "http://www.opengis.net/def/crs/EPSG/0/3857";
    public const string VectorTilesetsRel = "http://www.opengis.net/def/rel/ogc/1.0/tilesets-vector";
    public const string MvtMediaType = "application/vnd.mapbox-vector-tile";

    public static readonly string[] Conformance =
    [
        "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/core",
        "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/tileset",
        "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/tilesets-list",
        "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/geodata-tilesets",
        "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/mvt",
    ];

    public sealed record TileLink(string Href, string Rel, string Type, string? Title = null, bool? Templated = null);

    public sealed record TilesetSummary(string Title, string DataType, string Crs, string TileMatrixSetURI, TileLink[] Links);

    public sealed record TilesetList(TileLink[] Links, TilesetSummary[] Tilesets);

    public sealed record TileMatrixLimits(string TileMatrix, int MinTileRow, int MaxTileRow, int MinTileCol, int MaxTileCol);

    public sealed record TileLayerInfo(string Id, string DataType, string MinTileMatrix, string MaxTileMatrix, IReadOnlyDictionary<string, LayerProperty> PropertiesSchema);

    public sealed record LayerProperty(string Type);

    public sealed record BoundingBox(double[] LowerLeft, double[] UpperRight, string Crs);

    public sealed record Tileset(string Title, string DataType, string Crs, string TileMatrixSetURI, TileLink[] Links, TileLayerInfo[] Layers, BoundingBox BoundingBox);

    public static void MapOgcTiles(this RouteGroupBuilder ogc)
    {
        ogc.MapGet("/collections/{id}/tiles", ListAsync).WithName("OgcCollectionTilesets")
            .WithSummary("The vector tilesets of a collection (OGC API – Tiles).")
            .WithDescription("One tileset in WebMercatorQuad for every area collection with a tile layer; links to its description.")
            .ProducesProblem(400).ProducesProblem(404);
        ogc.MapGet("/collections/{id}/tiles/{tileMatrixSetId}", TilesetAsync).WithName("OgcCollectionTileset")
            .WithSummary("One vector tileset of a collection (OGC API – Tiles).")
            .WithDescription("The templated tile link ({tileMatrix}/{tileCol}/{tileRow}, Mapbox Vector Tiles), zoom range 0–16, bounding box and the layer's properties.")
            .ProducesProblem(400).ProducesProblem(404);
    }

    /// <summary>The tile layer of an area collection (parish → parishes), or null.</summary>
    private static TileLayer? LayerOf(string collection) =>
        TileLayers.All.Values.FirstOrDefault(l => l.Data == TileData.Areas && l.Level == collection);

    public static bool HasTiles(string collection) => LayerOf(collection) is not null;

    private static string Root(HttpRequest r) => $"{r.Scheme}://{r.Host}{r.PathBase}";

    internal static Results<Ok<TilesetList>, ProblemHttpResult> ListAsync(
        [Description("Collection id: an area level (parish, municipality, postcode, region …).")] string id, HttpRequest request)
    {
        if (OgcEndpoints.Reject(request, ["f"]) is { } bad) return bad;
        if (LayerOf(id) is null) return NoTiles(id);
        var self = $"{Root(request)}/ogc/collections/{id}/tiles";
        return TypedResults.Ok(new TilesetList([new TileLink(self, "self", "application/json")],
            [new TilesetSummary($"{id} – vector tiles", "vector", WebMercator, TileMatrixSetUri,
                [new TileLink($"{self}/{TileMatrixSet}", "self", "application/json", $"{id} in {TileMatrixSet}")])]));
    }

    internal static async Task<Results<Ok<Tileset>, ProblemHttpResult>> TilesetAsync(
        [Description("Collection id: an area level (parish, municipality, postcode, region …).")] string id,
        [Description("Tile matrix set: WebMercatorQuad, the only one.")] string tileMatrixSetId,
        HttpRequest request, AreaStore store, CancellationToken ct)
    {
        if (OgcEndpoints.Reject(request, ["f"]) is { } bad) return bad;
        if (LayerOf(id) is not { } layer) return NoTiles(id);
        if (tileMatrixSetId != TileMatrixSet) return Problems.NotFound(Texts.NoTileMatrixSet.Format(tileMatrixSetId, TileMatrixSet));
        var extent = (await store.ExtentsAsync(ct)).FirstOrDefault(e => e.Level == id)?.Extent;
        var root = Root(request);
        var maxZoom = TilesEndpoints.MaxZoom.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var properties = TileJson.Fields(layer.Data).ToDictionary(f => f.Key, f => new LayerProperty(f.Value == "Number" ? "number" : "string"));
        return TypedResults.Ok(new Tileset($"{id} – vector tiles", "vector", WebMercator, TileMatrixSetUri,
            [
                new TileLink($"{root}/ogc/collections/{id}/tiles/{TileMatrixSet}", "self", "application/json"),
                new TileLink($"{root}/tiles/{layer.Name}/{{tileMatrix}}/{{tileCol}}/{{tileRow}}.mvt", "item", MvtMediaType, $"{id} tiles", Templated: true),
                new TileLink($"{root}/tiles/{layer.Name}.json", "describedby", "application/json", "TileJSON 3.0.0"),
                new TileLink($"{root}/ogc/collections/{id}", "collection", "application/json"),
            ],
            [new TileLayerInfo(layer.Name, "vector", "0", maxZoom, properties)],
            extent is { } e ? new BoundingBox([e.MinLon, e.MinLat], [e.MaxLon, e.MaxLat], OgcCrs.Crs84) : new BoundingBox([7.9, 54.5], [15.3, 57.8], OgcCrs.Crs84)));
    }

    private static ProblemHttpResult NoTiles(string id) =>
        Problems.NotFound(Texts.NoVectorTiles.Format(id, string.Join(", ", TileLayers.All.Values.Where(l => l.Level is not null).Select(l => l.Level))));
}
