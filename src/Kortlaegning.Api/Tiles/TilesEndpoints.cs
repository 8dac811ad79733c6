using Kortlaegning.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using Npgsql;

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
            .WithSummary("A Mapbox vector tile (EPSG:3857, extent 4096) of parishes, municipalities, postcodes, regions or facilities.")
            .WithDescription("ETag is the layer's data version (row count and last edit), so a tile changes as soon as its data does; " +
                             "Cache-Control: no-cache makes browsers revalidate (a 304 costs one small query). Empty tiles are 200 with an empty body.")
            .Produces(200, contentType: MediaType).Produces(304);
    }

    internal static async Task<Results<FileContentHttpResult, StatusCodeHttpResult, ProblemHttpResult>> Tile(
        string layer, int z, int x, int y, HttpContext http, NpgsqlDataSource db, TileCache cache, CancellationToken ct)
    {
        if (!TileLayers.All.TryGetValue(layer, out var def))
        {
            return Problems.NotFound($"No tile layer '{layer}'; one of: {string.Join(", ", TileLayers.All.Keys)}.");
        }
        if (z < 0 || z > MaxZoom) return Problems.BadParameter("z", $"Zoom {z} is outside 0–{MaxZoom}.");
        long n = 1L << z;
        if (x < 0 || x >= n) return Problems.BadParameter("x", $"Column {x} is outside 0–{n - 1} at zoom {z}.");
        if (y < 0 || y >= n) return Problems.BadParameter("y", $"Row {y} is outside 0–{n - 1} at zoom {z}.");

        await using var conn = await db.OpenConnectionAsync(ct);
        if (def.Table is not null && !await TableExistsAsync(conn, def.Table, ct))
        {
            return Problems.NotFound($"The '{layer}' layer has no data table yet.");
        }
        var etag = ETag(layer, await VersionAsync(conn, def, ct));
        http.Response.Headers.CacheControl = "public, no-cache";
        http.Response.Headers.ETag = etag;
        if (http.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == etag)))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }
        var key = CacheKey(etag, z, x, y);
        if (!cache.TryGet(key, out var bytes))
        {
            bytes = await BuildAsync(conn, def, z, x, y, ct);
            cache.Set(key, bytes);
        }
        return TypedResults.Bytes(bytes, MediaType, entityTag: EntityTagHeaderValue.Parse(etag));
    }

    internal static string ETag(string layer, string version) => $"\"{layer}-{version}\"";

    internal static string CacheKey(string etag, int z, int x, int y) => $"{etag}/{z}/{x}/{y}";

    internal static async Task<byte[]> BuildAsync(NpgsqlConnection conn, TileLayer def, int z, int x, int y, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(def.TileSql, conn);
        cmd.Parameters.AddWithValue("z", z);
        cmd.Parameters.AddWithValue("x", x);
        cmd.Parameters.AddWithValue("y", y);
        cmd.Parameters.AddWithValue("layer", def.Name);
        if (def.Level is not null)
        {
            cmd.Parameters.AddWithValue("level", def.Level);
            cmd.Parameters.AddWithValue("tolerance", TileQueries.Tolerance(z));
        }
        return await cmd.ExecuteScalarAsync(ct) as byte[] ?? [];
    }

    private static async Task<bool> TableExistsAsync(NpgsqlConnection conn, string table, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(TileQueries.TableExists, conn);
        cmd.Parameters.AddWithValue("table", table);
        return (bool)(await cmd.ExecuteScalarAsync(ct))!;
    }

    internal static async Task<string> VersionAsync(NpgsqlConnection conn, TileLayer def, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(def.VersionSql, conn);
        if (def.Level is not null) cmd.Parameters.AddWithValue("level", def.Level);
        return (string)(await cmd.ExecuteScalarAsync(ct))!;
    }
}
