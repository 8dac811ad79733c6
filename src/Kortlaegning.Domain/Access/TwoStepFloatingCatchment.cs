using Kortlaegning.Domain.Distance;

namespace Kortlaegning.Domain.Access;

/// <summary>
/// Two-step floating catchment area accessibility (Luo &amp; Wang 2003), with the distance-decay zones of the
/// enhanced 2SFCA (Luo &amp; Qi 2009) when the catchment has several weights:
/// <code>
/// step 1, per facility j:      R_j = S_j / Σ_{k: d_kj ≤ d0} W(d_kj) · P_k
/// step 2, per demand point i:  A_i = Σ_{j: d_ij ≤ d0} W(d_ij) · R_j
/// </code>
/// W ≡ 1 inside d0 gives the original 2SFCA. Both steps use the same distances d(demand → facility), from a single
/// radius query, so an asymmetric (network) provider is asked the direction residents travel.
/// A facility with no weighted demand in reach gets R_j = 0: its supply serves no one here.
/// A useful check: Σ_i P_i·A_i equals the total supply of facilities that have demand in reach.
/// </summary>
public static class TwoStepFloatingCatchment
{
    /// <summary>A_i per demand point, in supply per resident (multiply by 1,000 for "per 1,000 residents").</summary>
    public static double[] Scores(
        IReadOnlyList<PlanarPoint> demand,
        IReadOnlyList<double> population,
        IReadOnlyList<SupplyPoint> supply,
        Catchment catchment,
        IDistanceProvider distances)
    {
        ArgumentNullException.ThrowIfNull(demand);
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(supply);
        ArgumentNullException.ThrowIfNull(catchment);
        ArgumentNullException.ThrowIfNull(distances);
        if (population.Count != demand.Count)
            throw new ArgumentException("One population per demand point.", nameof(population));

        if (supply.Count == 0 || demand.Count == 0) return new double[demand.Count];
        if (PlanarCatchment.TryCreate(supply, catchment, distances) is { } planar)
        {
            var d = new PlanarPoint[demand.Count];
            var p = new double[demand.Count];
            for (int i = 0; i < d.Length; i++) (d[i], p[i]) = (demand[i], population[i]);
            return planar.Scores(d, p, supply, null);
        }
        return Generic(demand, population, supply, catchment, distances);
    }

    /// <summary>Any provider: one radius query, then both steps over its neighbour lists.</summary>
    internal static double[] Generic(
        IReadOnlyList<PlanarPoint> demand,
        IReadOnlyList<double> population,
        IReadOnlyList<SupplyPoint> supply,
        Catchment catchment,
        IDistanceProvider distances)
    {
        var scores = new double[demand.Count];
        if (supply.Count == 0 || demand.Count == 0) return scores;
        var facilityLocations = new PlanarPoint[supply.Count];
        for (int j = 0; j < supply.Count; j++) facilityLocations[j] = supply[j].Location;
        var reach = distances.Within(demand, facilityLocations, catchment.Metres);

        var weightedDemand = new double[supply.Count];
        for (int i = 0; i < demand.Count; i++)
        {
            if (population[i] == 0) continue;
            foreach (var n in reach[i]) weightedDemand[n.Index] += catchment.Weight(n.Metres) * population[i];
        }

        var ratio = new double[supply.Count];
        for (int j = 0; j < supply.Count; j++)
        {
            ratio[j] = weightedDemand[j] > 0 ? supply[j].Capacity / weightedDemand[j] : 0;
        }

        for (int i = 0; i < demand.Count; i++)
        {
            double a = 0;
            foreach (var n in reach[i]) a += catchment.Weight(n.Metres) * ratio[n.Index];
            scores[i] = a;
        }
        return scores;
    }
}
