using System.Collections.Concurrent;
using Kortlaegning.Domain.Access;
using Kortlaegning.Domain.Distance;
using Npgsql;

namespace Kortlaegning.Api.Access;

/// <summary>The areas of one level and the population points allocated to them (area index = position in <see cref="Areas"/>).</summary>
public sealed record LevelPopulation(IReadOnlyList<AreaKey> Areas, IReadOnlyList<PopulationPoint> Points);

public sealed record AreaKey(string Code, string Name, string? MunicipalityCode);

/// <summary>
/// Population points per level, read once and kept while the grid allocation and the level's areas are unchanged
/// (checked by one small version query per use): ~45,000 points for parishes, the same for every facility type.
/// </summary>
public sealed class PopulationPoints
{
    private readonly ConcurrentDictionary<string, (string Version, LevelPopulation Data)> _cache = new();

    public async Task<LevelPopulation> GetAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, string level, CancellationToken ct)
    {
        string version;
        await using (var v = new NpgsqlCommand(AccessQueries.PointsVersion, conn, tx))
        {
            v.Parameters.AddWithValue("level", level);
            version = (string)(await v.ExecuteScalarAsync(ct))!;
        }
        if (_cache.TryGetValue(level, out var hit) && hit.Version == version) return hit.Data;

        var areas = new List<AreaKey>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        await using (var cmd = new NpgsqlCommand(AccessQueries.Areas, conn, tx))
        {
            cmd.Parameters.AddWithValue("level", level);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
            {
                index[r.GetString(0)] = areas.Count;
                areas.Add(new AreaKey(r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2)));
            }
        }
        var points = new List<PopulationPoint>(50_000);
        await using (var cmd = new NpgsqlCommand(AccessQueries.Points, conn, tx))
        {
            cmd.Parameters.AddWithValue("level", level);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
            {
                points.Add(new PopulationPoint(new PlanarPoint(r.GetDouble(1), r.GetDouble(2)), r.GetDouble(3), index[r.GetString(0)]));
            }
        }
        var data = new LevelPopulation(areas, points);
        _cache[level] = (version, data);
        return data;
    }
}
