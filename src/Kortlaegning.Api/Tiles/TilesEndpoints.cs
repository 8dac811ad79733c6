using System.ComponentModel;
using Kortlaegning.Api.Indicators;
using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Api.Infrastructure.Localisation;
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
                             "Cache-Control: no-cache makes browsers revalidate (a 304 costs one small query). Empty tiles are 200 with an empty body. " +
                             "On an area layer, indicator= (and period=, default the latest at the level) adds each area's value and note as attributes, " +
                             "from the disclosure-controlled public values: a suppressed value is absent and its note says so.")
            .Produces(200, contentType: MediaType).Produces(304).RequireCors(Ogc.OgcEndpoints.CorsPolicy);
        app.MapTileJson().RequireCors(Ogc.OgcEndpoints.CorsPolicy);
    }

    internal static async Task<Results<FileContentHttpResult, StatusCodeHttpResult, ProblemHttpResult>> Tile(
        string layer, int z, int x, int y,
        [Description("Area layers only: an indicator code (GET /api/indicators) whose values become the attributes value and note.")] string? indicator,
        [Description("With indicator: the period of the values; default the latest at the layer's level.")] string? period,
        HttpContext http, TileSource tiles, IndicatorCatalogue catalogue, IndicatorStore indicators, CancellationToken ct)
    {
        if (!TileLayers.All.TryGetValue(layer, out var def))
        {
            return Problems.NotFound(Texts.NoTileLayer.Format(layer, string.Join(", ", TileLayers.All.Keys)));
        }
        if (Validate(z, x, y) is { Any: true } errors) return errors.ToProblem("Invalid tile address");
        if (!await tiles.HasDataAsync(def, ct))
        {
            return Problems.NotFound(Texts.LayerNoTable.Format(layer));
        }
        var (values, problems) = await ValuesAsync(def, indicator, period, catalogue, indicators, ct);
        if (problems.Any) return problems.ToProblem("Invalid query parameter");
        var etag = await tiles.ETagAsync(def, ct, values);
        // A tile with drafts in it is for its reader only: no shared cache may keep it.
        http.Response.Headers.CacheControl = tiles.DraftKey(def).Length == 0 ? "public, no-cache" : "private, no-cache";
        http.Response.Headers.ETag = etag;
        if (http.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == etag)))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }
        var bytes = await tiles.TileAsync(def, etag, z, x, y, ct, values);
        return TypedResults.Bytes(bytes, MediaType, entityTag: EntityTagHeaderValue.Parse(etag));
    }

    /// <summary>The indicator values asked for (<see cref="IndicatorPeriod"/>), on area layers only.</summary>
    private static async Task<(TileValues? Values, FieldErrors Errors)> ValuesAsync(
        TileLayer layer, string? indicator, string? period, IndicatorCatalogue catalogue, IndicatorStore indicators, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (indicator is not null && layer.Level is null)
        {
            errors.Add("indicator", Texts.LayerNoIndicator.Format(layer.Name));
            return (null, errors);
        }
        var resolved = await IndicatorPeriod.ResolveAsync(indicator, period, layer.Level ?? "", errors, catalogue, indicators, ct);
        return (resolved is var (code, used) ? new TileValues(code, used) : null, errors);
    }

    /// <summary>A tile address exists: zoom 0–<see cref="MaxZoom"/>, column and row 0–2^z − 1.</summary>
    public static FieldErrors Validate(int z, int x, int y)
    {
        var errors = new FieldErrors();
        if (z < 0 || z > MaxZoom)
        {
            errors.Add("z", Texts.ZoomOutside.Format(z, MaxZoom));
            return errors;
        }
        long n = 1L << z;
        if (x < 0 || x >= n) errors.Add("x", Texts.ColumnOutside.Format(x, n - 1, z));
        if (y < 0 || y >= n) errors.Add("y", Texts.RowOutside.Format(y, n - 1, z));
        return errors;
    }
}
