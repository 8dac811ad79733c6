using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Api.Infrastructure.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Kortlaegning.Api.Tiles;

/// <summary>Mapbox vector tiles built by PostGIS (ST_AsMVT), for the map at national zoom levels.</summary>
public static class TilesEndpoints
{
    public const string MediaType = "application/vnd.mapbox-vector-tile";

    /// <summary>Highest zoom served; beyond it the map over-zooms (1:500 000 source lines gain nothing).</summary>
    public const int MaxZoom = 16;

    public static void MapTiles(this IEndpointRouteBuilder app)
    {
        app.MapGet("/tiles/{layer}/{z:int}/{x:int}/{y:int}.mvt", Tile).WithTags("Tiles").WithName("GetTile")
            .WithSummary("A Mapbox vector tile (EPSG:3857, extent 4096) of parishes, municipalities, postcodes, regions, housing departments, local communities, facilities or the grid.")
            .WithDescription("ETag is the layer's data version (row count and last edit), so a tile changes as soon as its data does; " +
                             "Cache-Control: no-cache makes browsers revalidate (a 304 costs one small query). Empty tiles are 200 with an empty body.")
            .Produces(200, contentType: MediaType).Produces(304).RequireCors(Ogc.OgcEndpoints.CorsPolicy);
        app.MapTileJson().RequireCors(Ogc.OgcEndpoints.CorsPolicy);
    }

    internal static async Task<Results<FileContentHttpResult, StatusCodeHttpResult, ProblemHttpResult>> Tile(
        string layer, int z, int x, int y, HttpContext http, TileSource tiles, CancellationToken ct)
    {
        if (!TileLayers.All.TryGetValue(layer, out var def))
        {
            return Problems.NotFound($"No tile layer '{layer}'; one of: {string.Join(", ", TileLayers.All.Keys)}.");
        }
        if (Validate(z, x, y) is { Any: true } errors) return errors.ToProblem("Invalid tile address");
        if (!await tiles.HasDataAsync(def, ct))
        {
            return Problems.NotFound($"The '{layer}' layer has no data table yet.");
        }
        var etag = await tiles.ETagAsync(def, ct);
        // A tile with drafts in it is for its reader only: no shared cache may keep it.
        http.Response.Headers.CacheControl = tiles.DraftKey(def).Length == 0 ? "public, no-cache" : "private, no-cache";
        http.Response.Headers.ETag = etag;
        if (http.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == etag)))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }
        var bytes = await tiles.TileAsync(def, etag, z, x, y, ct);
        return TypedResults.Bytes(bytes, MediaType, entityTag: EntityTagHeaderValue.Parse(etag));
    }

    /// <summary>A tile address exists: zoom 0–<see cref="MaxZoom"/>, column and row 0–2^z − 1.</summary>
    public static FieldErrors Validate(int z, int x, int y)
    {
        var errors = new FieldErrors();
        if (z < 0 || z > MaxZoom)
        {
            errors.Add("z", $"Zoom {z} is outside 0–{MaxZoom}.");
            return errors;
        }
        long n = 1L << z;
        if (x < 0 || x >= n) errors.Add("x", $"Column {x} is outside 0–{n - 1} at zoom {z}.");
        if (y < 0 || y >= n) errors.Add("y", $"Row {y} is outside 0–{n - 1} at zoom {z}.");
        return errors;
    }
}
