using Kortlaegning.Domain.Allocation;
using Kortlaegning.Domain.Distance;

namespace Kortlaegning.Domain.Tests.Allocation;

/// <summary>Small instances built by hand or from a seed, and brute-force optima to check solvers against.</summary>
internal static class AllocationFixtures
{
    /// <summary>Seeds 1..<paramref name="count"/> for property tests.</summary>
    public static TheoryData<int> SeedData(int count)
    {
        var data = new TheoryData<int>();
        for (int seed = 1; seed <= count; seed++) data.Add(seed);
        return data;
    }

    public static DemandPoint D(string id, double x, double weight, double y = 0) => new(id, new PlanarPoint(x, y), weight);

    public static CandidateSite C(string id, double x, double y = 0, double? capacity = null, string? area = null) =>
        new(id, new PlanarPoint(x, y), capacity, area);

    public static AllocationProblem Random(int seed, AllocationObjective objective, int demand = 12, int candidates = 7)
    {
        var rng = new Random(seed);
        var d = Enumerable.Range(0, demand)
            .Select(i => new DemandPoint($"d{i}", new PlanarPoint(rng.Next(0, 1000), rng.Next(0, 1000)), rng.Next(1, 50)))
            .ToArray();
        var c = Enumerable.Range(0, candidates)
            .Select(j => new CandidateSite($"c{j}", new PlanarPoint(rng.Next(0, 1000), rng.Next(0, 1000)), null, j % 2 == 0 ? "north" : "south"))
            .ToArray();
        return new AllocationProblem
        {
            Objective = objective,
            K = rng.Next(1, 4),
            RadiusMetres = rng.Next(150, 400),
            Demand = d,
            Candidates = c,
            Fixed = rng.Next(4) == 0 ? [c[rng.Next(candidates)].Id] : [],
            Solver = SolverChoice.Exact,
            TimeLimitSeconds = 30,
        };
    }

    public static double Covered(AllocationProblem p, IReadOnlyCollection<int> sites) =>
        p.Demand.Where(d => sites.Any(s => Distance(d, p.Candidates[s]) <= p.RadiusMetres)).Sum(d => d.Weight);

    public static double Cost(AllocationProblem p, IReadOnlyCollection<int> sites) =>
        p.Demand.Sum(d => d.Weight * sites.Min(s => Distance(d, p.Candidates[s])));

    /// <summary>Every subset of the candidates (m ≤ 12) that holds the fixed sites and, when asked, has exactly K members.</summary>
    public static IEnumerable<int[]> Subsets(AllocationProblem p, bool exactlyK)
    {
        int m = p.Candidates.Count;
        var fixedIdx = p.Fixed.Select(id => p.Candidates.ToList().FindIndex(c => c.Id == id)).ToHashSet();
        for (int mask = 1; mask < 1 << m; mask++)
        {
            var set = Enumerable.Range(0, m).Where(j => (mask >> j & 1) == 1).ToArray();
            if (exactlyK && set.Length != p.K) continue;
            if (!fixedIdx.All(set.Contains)) continue;
            yield return set;
        }
    }

    public static double Distance(DemandPoint d, CandidateSite c) => EuclideanDistance.Instance.Between(d.Location, c.Location);

    /// <summary>The MCLP optimum of a covering instance (2^m subsets, m ≤ 16) and every selection that attains it.</summary>
    public static (double Value, List<int[]> Optima) BruteForce(CoverInstance inst)
    {
        double best = double.NegativeInfinity;
        var optima = new List<int[]>();
        for (int mask = 0; mask < 1 << inst.SiteCount; mask++)
        {
            var set = Enumerable.Range(0, inst.SiteCount).Where(j => (mask >> j & 1) == 1).ToArray();
            if (!inst.Constraints.IsFeasible(set, checkK: true)) continue;
            double covered = Enumerable.Range(0, inst.NodeCount).Where(i => inst.SitesOf(i).ToArray().Intersect(set).Any()).Sum(i => inst.Weight[i]);
            if (covered > best + 1e-9) (best, optima) = (covered, []);
            if (covered >= best - 1e-9) optima.Add(set);
        }
        return (best, optima);
    }
}
