using Kortlaegning.Domain.Access;
using Kortlaegning.Domain.Distance;
using Kortlaegning.Domain.Network;
using Npgsql;

namespace Kortlaegning.Api.Access;

/// <summary>What to compute: a facility type at a level, the "within" threshold and the 2SFCA catchment (metres).</summary>
public sealed record AccessRequest(string Type, string Level, double WithinMetres, double CatchmentMetres, bool Gaussian = false)
{
    public Catchment Catchment => Gaussian ? Catchment.GaussianThirds(CatchmentMetres) : Catchment.Uniform(CatchmentMetres);
}

/// <summary>Per-area results (indexed like <see cref="LevelPopulation.Areas"/>) with what they rest on.</summary>
public sealed record AccessComputed(LevelPopulation Population, IReadOnlyList<AreaAccess> Results, int Facilities, int WithoutCapacity, string MethodNote,
    double ReadMilliseconds = 0, double ComputeMilliseconds = 0);

/// <summary>
/// Reads population points (<see cref="PopulationPoints"/>) and the type's facilities (<see cref="AccessStore"/>), and
/// runs the domain's <see cref="FacilityAccess"/> through the registered <see cref="IDistanceProvider"/> (straight line
/// in EPSG:25832 today). Always national: a border parish's nearest GP may lie in the next municipality, and a clinic's
/// 2SFCA ratio depends on everyone in its catchment, so a municipality filter applies to the output only.
/// Supply S_j is the facility's capacity; a facility without one counts as 1 (said in the method note).
/// </summary>
public sealed class AccessCalculator(AccessStore store, PopulationPoints population, IDistanceProvider straight)
{
    /// <summary>The registered provider's name (straight line): what the stored access indicators use.</summary>
    public string DistanceName => straight.Name;

    /// <summary>
    /// On a connection of its own (the live <c>/api/access</c>), with the registered provider or the one given (a street
    /// network for <c>mode=walk|bike</c>).
    /// </summary>
    public async Task<AccessComputed> ComputeAsync(AccessRequest request, CancellationToken ct, IDistanceProvider? provider = null)
    {
        await using var conn = await store.OpenAsync(ct);
        return await ComputeAsync(conn, null, request, ct, provider);
    }

    /// <summary>Inside the caller's transaction (a refresh reads what it is about to replace under its lock).</summary>
    public async Task<AccessComputed> ComputeAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, AccessRequest request, CancellationToken ct, IDistanceProvider? provider = null)
    {
        var distances = provider ?? straight;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var pop = await population.GetAsync(conn, tx, request.Level, ct);
        var (supply, withoutCapacity) = await store.SupplyAsync(conn, tx, request.Type, ct);
        double read = clock.Elapsed.TotalMilliseconds;
        var results = FacilityAccess.Compute(pop.Points, pop.Areas.Count + pop.Background, supply,
            new AccessOptions(request.WithinMetres, request.Catchment), distances, ct);
        string note = results.Length > 0 ? results[0].MethodNote : "";
        if (withoutCapacity > 0) note += $" {withoutCapacity} of {supply.Count} facilities have no capacity and count as 1.";
        if (pop.Points.Count == 0) note += " No population grid is loaded: every area has population 0 and no measures.";
        if (distances is NetworkDistance network) note += " " + NetworkNote(network, pop.Points.Select(p => p.Location).ToArray(), supply.Select(s => s.Location).ToArray());
        return new AccessComputed(pop, results, supply.Count, withoutCapacity, note, read, clock.Elapsed.TotalMilliseconds - read);
    }

    /// <summary>What the street network could not reach, said rather than dropped: such points have no nearest facility.</summary>
    private static string NetworkNote(NetworkDistance network, PlanarPoint[] points, PlanarPoint[] facilities)
    {
        var p = network.Summarise(points);
        var f = network.Summarise(facilities);
        return $"Street network ({network.Name}): {p.Unreachable} of {p.Count} population points and {f.Unreachable} of {f.Count} facilities lie farther than " +
               $"{network.SnapMetres:0} m from its streets and are unreachable (no nearest facility, outside every catchment); the others join it within " +
               $"{Math.Max(p.MaxMetres, f.MaxMetres):0} m (mean {p.MeanMetres:0} m), added to their distances.";
    }
}
