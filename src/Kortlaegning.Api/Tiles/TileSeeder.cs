using Kortlaegning.Domain.Spatial;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Kortlaegning.Api.Tiles;

/// <summary>
/// Seeds the tile cache for the national zoom levels after start-up, as tile servers seed their low zooms
/// (GeoWebCache, Martin's pre-generation): a zoom 7 tile of Denmark's 2,148 parishes costs 25–100 ms to build in
/// PostGIS, so the first planner to open the map should not pay for it. Runs once in the background, one tile at a
/// time, and stops quietly on shutdown; tiles of a layer that is edited later are rebuilt on demand (the cache key
/// holds the data version).
/// </summary>
public sealed class TileSeeder(TileSource tiles, IOptions<KortlaegningOptions> options, ILogger<TileSeeder> log) : BackgroundService
{
    /// <summary>The area layers the map opens with, and the zoom levels at which Denmark fits on a screen.</summary>
    private static readonly string[] Layers = ["municipalities", "parishes"];
    private const int MinZoom = 5, MaxZoom = 9;

    protected override async Task ExecuteAsync(CancellationToken stop)
    {
        if (!options.Value.SeedTiles) return;
        await Task.Yield();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        int built = 0;
        try
        {
            foreach (var name in Layers)
            {
                var def = TileLayers.All[name];
                var etag = await tiles.ETagAsync(def, stop);
                for (int z = MinZoom; z <= MaxZoom; z++)
                {
                    var (x0, y0) = Tile(Crs.DenmarkLonLat.MinLon, Crs.DenmarkLonLat.MaxLat, z);
                    var (x1, y1) = Tile(Crs.DenmarkLonLat.MaxLon, Crs.DenmarkLonLat.MinLat, z);
                    for (int x = x0; x <= x1; x++)
                    {
                        for (int y = y0; y <= y1; y++)
                        {
                            if (tiles.IsCached(etag, z, x, y)) continue;
                            await tiles.TileAsync(def, etag, z, x, y, stop);
                            built++;
                        }
                    }
                }
            }
            log.LogInformation("Tile cache seeded: {Tiles} tiles of {Layers} at zoom {Min}–{Max} in {Seconds:0.0} s",
                built, string.Join(", ", Layers), MinZoom, MaxZoom, clock.Elapsed.TotalSeconds);
        }
        catch (Exception e) when (e is OperationCanceledException or NpgsqlException or ObjectDisposedException)
        {
            // Shutting down, or no database: the tiles are built on demand instead.
            log.LogDebug(e, "Tile seeding stopped after {Tiles} tiles", built);
        }
    }

    /// <summary>Web Mercator tile of a lon/lat (OSM slippy-map formula).</summary>
    private static (int X, int Y) Tile(double lon, double lat, int z)
    {
        double n = 1 << z, rad = lat * Math.PI / 180;
        return ((int)Math.Floor((lon + 180) / 360 * n), (int)Math.Floor((1 - Math.Log(Math.Tan(rad) + 1 / Math.Cos(rad)) / Math.PI) / 2 * n));
    }
}
