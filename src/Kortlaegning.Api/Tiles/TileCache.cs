using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Kortlaegning.Api.Tiles;

/// <summary>
/// Built tiles in memory (as Martin keeps its tile cache), bounded by <see cref="KortlaegningOptions.TileCacheMegabytes"/>.
/// The key holds the layer's data version, so after an edit the old tiles are simply never asked for again and age out.
/// </summary>
public sealed class TileCache : IDisposable
{
    private readonly MemoryCache? _cache;

    public TileCache(IOptions<KortlaegningOptions> options)
    {
        long bytes = options.Value.TileCacheMegabytes * 1024L * 1024L;
        if (bytes > 0) _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = bytes });
    }

    public bool TryGet(string key, out byte[] tile)
    {
        tile = [];
        return _cache is not null && _cache.TryGetValue(key, out tile!);
    }

    public void Set(string key, byte[] tile) =>
        _cache?.Set(key, tile, new MemoryCacheEntryOptions { Size = Math.Max(tile.Length, 64), SlidingExpiration = TimeSpan.FromHours(1) });

    public void Dispose() => _cache?.Dispose();
}
