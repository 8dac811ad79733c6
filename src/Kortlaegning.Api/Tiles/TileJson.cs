using System.ComponentModel;
using System.Text.Json.Serialization;
using Kortlaegning.Api.Areas;
using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Api.Infrastructure.Localisation;
using Kortlaegning.Api.Ogc;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kortlaegning.Api.Tiles;

/// <summary>
/// TileJSON 3.0.0 (https://github.com/mapbox/tilejson-spec/tree/master/3.0.0) per tile layer at <c>/tiles/{layer}.json</c>,
/// so MapLibre (<c>source: {type: "vector", url}</c>), QGIS ("Vector Tiles → New Generic Connection", style URL-less) and
/// GDAL (<c>ogrinfo MVT:http://…/tiles/parishes.json</c>) find the tile template, zoom range, bounds and attribute fields
/// without a hand-typed template.
/// </summary>
public static class TileJson
{
    public sealed record VectorLayer(string Id, string Description, IReadOnlyDictionary<string, string> Fields, int Minzoom, int Maxzoom);

    public sealed record Document(
        [property: JsonPropertyName("tilejson")] string TileJsonVersion,
        string Name,
        string Description,
        string Attribution,
        string Scheme,
        string[] Tiles,
        int Minzoom,
        int Maxzoom,
        double[] Bounds,
        double[] Center,
        [property: JsonPropertyName("vector_layers")] VectorLayer[] VectorLayers);

    /// <summary>Denmark with Bornholm (lon/lat), when no area of the layer's level is loaded yet.</summary>
    private static readonly double[] Denmark = [7.9, 54.5, 15.3, 57.8];

    public static RouteHandlerBuilder MapTileJson(this IEndpointRouteBuilder app) =>
        app.MapGet("/tiles/{layer}.json", GetAsync).WithTags("Tiles").WithName("GetTileJson")
            .WithSummary("TileJSON 3.0.0 description of a vector-tile layer.")
            .WithDescription("Tile URL template, zoom range 0–16, bounds, centre and the attribute fields of the layer, for MapLibre, QGIS and GDAL.")
            .Produces<Document>(200, "application/json").ProducesProblem(404);

    /// <summary>The attributes each feature of a layer carries (TileJSON <c>fields</c>; the OGC tileset's layer properties).</summary>
    internal static Dictionary<string, string> Fields(TileData data) => data switch
    {
        TileData.Areas => new() { ["code"] = "String", ["name"] = "String", ["municipalityCode"] = "String" },
        TileData.Facilities => new() { ["id"] = "Number", ["type"] = "String", ["name"] = "String" },
        _ => new() { ["id"] = "String", ["population"] = "Number" },
    };

    internal static async Task<Results<Ok<Document>, ProblemHttpResult>> GetAsync(
        [Description("Layer: parishes, municipalities, postcodes, regions, facilities or grid.")] string layer,
        HttpRequest request, AreaStore store, CancellationToken ct)
    {
        if (!TileLayers.All.TryGetValue(layer, out var def))
        {
            return Problems.NotFound(Texts.NoTileLayer.Format(layer, string.Join(", ", TileLayers.All.Keys)));
        }
        var extents = await store.ExtentsAsync(ct);
        var extent = extents.FirstOrDefault(e => e.Level == (def.Level ?? "country"))?.Extent;
        double[] bounds = extent is { } e ? [Math.Round(e.MinLon, 4), Math.Round(e.MinLat, 4), Math.Round(e.MaxLon, 4), Math.Round(e.MaxLat, 4)] : Denmark;
        var fields = Fields(def.Data);
        var template = $"{request.Scheme}://{request.Host}{request.PathBase}/tiles/{layer}/{{z}}/{{x}}/{{y}}.mvt";
        return TypedResults.Ok(new Document("3.0.0", layer, $"Kortlægning vector tiles: {layer} (EPSG:3857, extent {TileSource.Extent}).",
            "DAGI © Klimadatastyrelsen; Census 2021 grid © Danmarks Statistik", "xyz", [template], 0, TilesEndpoints.MaxZoom, bounds,
            [Math.Round((bounds[0] + bounds[2]) / 2, 4), Math.Round((bounds[1] + bounds[3]) / 2, 4), 6],
            [new VectorLayer(layer, $"{layer} ({def.Data})", fields, 0, TilesEndpoints.MaxZoom)]));
    }
}
