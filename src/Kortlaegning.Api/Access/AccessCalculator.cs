using Kortlaegning.Domain.Access;
using Kortlaegning.Domain.Distance;
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
/// Reads population points (<see cref="PopulationPoints"/>) and the type's facilities, and runs the domain's
/// <see cref="FacilityAccess"/> through the registered <see cref="IDistanceProvider"/> (straight line in EPSG:25832
/// today). Always national: a border parish's nearest GP may lie in the next municipality, and a clinic's 2SFCA ratio
/// depends on everyone in its catchment, so a municipality filter applies to the output only.
/// Supply S_j is the facility's capacity; a facility without one counts as 1 (said in the method note).
/// </summary>
public sealed class AccessCalculator(PopulationPoints population, IDistanceProvider distances)
{
    public string DistanceName => distances.Name;

    public async Task<AccessComputed> ComputeAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, AccessRequest request, CancellationToken ct)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var pop = await population.GetAsync(conn, tx, request.Level, ct);
        var supply = new List<SupplyPoint>();
        int withoutCapacity = 0;
        await using (var cmd = new NpgsqlCommand(AccessQueries.Supply, conn, tx))
        {
            cmd.Parameters.AddWithValue("type", request.Type);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
            {
                double capacity = 1;
                if (r.IsDBNull(2)) withoutCapacity++; else capacity = r.GetInt32(2);
                supply.Add(new SupplyPoint(new PlanarPoint(r.GetDouble(0), r.GetDouble(1)), capacity));
            }
        }
        double read = clock.Elapsed.TotalMilliseconds;
        var results = FacilityAccess.Compute(pop.Points, pop.Areas.Count, supply,
            new AccessOptions(request.WithinMetres, request.Catchment), distances);
        string note = results.Length > 0 ? results[0].MethodNote : "";
        if (withoutCapacity > 0) note += $" {withoutCapacity} of {supply.Count} facilities have no capacity and count as 1.";
        if (pop.Points.Count == 0) note += " No population grid is loaded: every area has population 0 and no measures.";
        return new AccessComputed(pop, results, supply.Count, withoutCapacity, note, read, clock.Elapsed.TotalMilliseconds - read);
    }
}
