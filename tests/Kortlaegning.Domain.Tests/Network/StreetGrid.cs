using Kortlaegning.Domain.Allocation;
using Kortlaegning.Domain.Distance;
using Kortlaegning.Domain.Network;

namespace Kortlaegning.Domain.Tests.Network;

/// <summary>
/// A seeded street grid (100 m blocks, a share of the segments left out, as on <c>SyntheticNetwork</c> in the bench) with
/// demand points scattered over it and candidates on junctions: a small, street-network-like p-median.
/// </summary>
internal static class StreetGrid
{
    public static NetworkDistance Provider(int seed, int size, double missing = 0.15)
    {
        var rng = new Random(seed);
        var edges = new List<StreetEdge>();
        long id = 1;
        long Vertex(int c, int r) => (long)c * size + r + 1;
        for (int c = 0; c < size; c++)
        {
            for (int r = 0; r < size; r++)
            {
                var at = new PlanarPoint(100 * c, 100 * r);
                if (r + 1 < size && rng.NextDouble() >= missing) edges.Add(new StreetEdge(id++, Vertex(c, r), Vertex(c, r + 1), 100, [at, new PlanarPoint(100 * c, 100 * (r + 1))]));
                if (c + 1 < size && rng.NextDouble() >= missing) edges.Add(new StreetEdge(id++, Vertex(c, r), Vertex(c + 1, r), 100, [at, new PlanarPoint(100 * (c + 1), 100 * r)]));
            }
        }
        return new NetworkDistance(StreetGraph.Build(edges), NetworkProfile.Walk, 100);
    }

    public static AllocationProblem PMedian(int seed, int size, int demand, int candidates, int k)
    {
        var rng = new Random(seed + 1000);
        double side = 100.0 * (size - 1);
        return new AllocationProblem
        {
            Objective = AllocationObjective.PMedian,
            K = k,
            Demand = Enumerable.Range(0, demand)
                .Select(i => new DemandPoint($"d{i}", new PlanarPoint(rng.NextDouble() * side, rng.NextDouble() * side), rng.Next(1, 11)))
                .ToArray(),
            Candidates = Enumerable.Range(0, candidates)
                .Select(j => new CandidateSite($"c{j}", new PlanarPoint(100 * rng.Next(size), 100 * rng.Next(size))))
                .ToArray(),
        };
    }

    /// <summary>
    /// The least Σ w × walking metres to the nearest open site over every K-subset of the candidates, from the complete
    /// matrix (demand that reaches no candidate left out, as the solver does).
    /// </summary>
    public static double BruteForce(AllocationProblem p, NetworkDistance network)
    {
        int n = p.Demand.Count, m = p.Candidates.Count;
        var d = network.Complete(p.Demand.Select(x => x.Location).ToArray(), p.Candidates.Select(c => c.Location).ToArray());
        var w = p.Demand.Select((x, i) => Enumerable.Range(0, m).Any(j => double.IsFinite(d[i * m + j])) ? x.Weight : 0).ToArray();
        double best = double.PositiveInfinity;
        var pick = new int[p.K];
        void Search(int depth, int from)
        {
            if (depth == p.K)
            {
                double total = 0;
                for (int i = 0; i < n && total < best; i++)
                {
                    if (w[i] == 0) continue;
                    double near = double.PositiveInfinity;
                    foreach (int j in pick) near = Math.Min(near, d[i * m + j]);
                    total += w[i] * near;
                }
                best = Math.Min(best, total);
                return;
            }
            for (int j = from; j < m; j++)
            {
                pick[depth] = j;
                Search(depth + 1, j + 1);
            }
        }
        Search(0, 0);
        return best;
    }
}
