using System.Collections.Concurrent;
using Kortlaegning.Domain.Access;
using Npgsql;

namespace Kortlaegning.Api.Access;

/// <summary>
/// The areas of one level and the population points allocated to them (area index = position in <see cref="Areas"/>).
/// <see cref="Background"/> is the number of extra area slots after them whose points compete for supply but are not
/// answered (for own areas: everyone else in Denmark).
/// </summary>
public sealed record LevelPopulation(IReadOnlyList<AreaKey> Areas, IReadOnlyList<PopulationPoint> Points, int Background = 0);

public sealed record AreaKey(string Code, string Name, string? MunicipalityCode);

/// <summary>
/// Population points per level, read once and kept while the grid allocation and the level's areas are unchanged
/// (checked by one small version query per use): ~45,000 points for parishes, the same for every facility type.
/// </summary>
public sealed class PopulationPoints(AccessStore store)
{
    private readonly ConcurrentDictionary<string, (string Version, LevelPopulation Data)> _cache = new();

    public async Task<LevelPopulation> GetAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, string level, CancellationToken ct)
    {
        var version = await store.PointsVersionAsync(conn, tx, level, ct);
        if (_cache.TryGetValue(level, out var hit) && hit.Version == version) return hit.Data;
        var data = await store.PopulationAsync(conn, tx, level, ct);
        _cache[level] = (version, data);
        return data;
    }
}
