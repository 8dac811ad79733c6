using System.Collections.Concurrent;
using Kortlaegning.Domain.Network;
using Microsoft.Extensions.Options;

namespace Kortlaegning.Api.Network;

/// <summary>
/// The in-memory street graph of each profile, read from PostGIS once and kept while <c>network_loads.version</c> is
/// unchanged (one one-row query per use, so an import on another replica is seen by the next request). Loads of one
/// profile are serialised: concurrent first requests share one read.
/// </summary>
public sealed class NetworkGraphs(NetworkStore store, IOptions<NetworkOptions> options, ILogger<NetworkGraphs> log)
{
    private readonly ConcurrentDictionary<NetworkProfile, (long Version, NetworkDistance Provider)> _cache = new();
    private readonly ConcurrentDictionary<NetworkProfile, SemaphoreSlim> _locks = new();

    /// <summary>The profile's network distance, or null when no network of that profile is loaded.</summary>
    public async Task<NetworkDistance?> GetAsync(NetworkProfile profile, CancellationToken ct)
    {
        var version = await store.VersionAsync(profile, ct);
        if (version is null) return null;
        if (_cache.TryGetValue(profile, out var hit) && hit.Version == version) return hit.Provider;
        var gate = _locks.GetOrAdd(profile, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        try
        {
            if (_cache.TryGetValue(profile, out hit) && hit.Version == version) return hit.Provider;
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var edges = await store.EdgesAsync(profile, ct);
            var provider = new NetworkDistance(StreetGraph.Build(edges), profile, options.Value.SnapMetres);
            log.LogInformation("Loaded the {Profile} network (version {Version}): {Edges} edges, {Vertices} vertices in {Ms:0} ms",
                profile, version, provider.Graph.EdgeCount, provider.Graph.VertexCount, clock.Elapsed.TotalMilliseconds);
            _cache[profile] = (version.Value, provider);
            return provider;
        }
        finally
        {
            gate.Release();
        }
    }
}
