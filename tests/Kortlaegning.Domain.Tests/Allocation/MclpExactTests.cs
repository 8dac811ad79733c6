using System.Diagnostics;
using Kortlaegning.Domain.Allocation;
using Kortlaegning.Domain.Distance;
using static Kortlaegning.Domain.Tests.Allocation.AllocationFixtures;

namespace Kortlaegning.Domain.Tests.Allocation;

/// <summary>
/// The exact MCLP stages (Lagrangian bound, LP relaxation, reduced-cost fixing, branch-and-cut) on 40 seeded instances
/// big enough for fractional LPs: 40 demand points, 12 candidates, k 2..4, some with a fixed site or an area minimum.
/// </summary>
public class MclpExactTests
{
    public static TheoryData<int> Seeds() => SeedData(40);

    internal static AllocationProblem Instance(int seed)
    {
        var p = Random(seed, AllocationObjective.Mclp, demand: 40, candidates: 12);
        var rng = new Random(seed * 7919);
        return p with
        {
            K = rng.Next(2, 5),
            RadiusMetres = rng.Next(200, 450),
            MinPerArea = rng.Next(3) == 0 ? new Dictionary<string, int> { ["north"] = 2 } : new Dictionary<string, int>(),
        };
    }

    internal static CoverInstance Cover(AllocationProblem p) => new AllocationInput(p, EuclideanDistance.Instance).CoverInstance();

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ExactEqualsBruteForce(int seed)
    {
        var p = Instance(seed);
        var r = LocationAllocation.Solve(p, EuclideanDistance.Instance);
        Assert.True(r.Optimal);
        Assert.Equal(BruteForce(Cover(p)).Value, r.ObjectiveValue, 9);
        Assert.Equal(0, r.Gap);
    }

    /// <summary>The stages alone, from the plain greedy (no swaps, no subgradient), so the LP and SCIP have work to do.</summary>
    [Theory]
    [MemberData(nameof(Seeds))]
    public void StagesFromGreedyEqualBruteForce(int seed)
    {
        var inst = Cover(Instance(seed));
        var (result, _) = Stages(inst);
        Assert.True(result.Optimal);
        Assert.Equal(BruteForce(inst).Value, result.Objective, 9);
        Assert.True(inst.Constraints.IsFeasible(result.Sites, checkK: true));
    }

    /// <summary>
    /// The suite would prove nothing about the later stages if every instance stopped early: some are proven by the LP
    /// (column generation), some need branching, and on some SCIP searches within the generated sites.
    /// </summary>
    [Fact]
    public void SomeInstancesAreProvenByTheLpAndSomeNeedBranching()
    {
        int byLp = 0, branched = 0, master = 0;
        for (int seed = 1; seed <= 40; seed++)
        {
            var (_, phases) = Stages(Cover(Instance(seed)));
            if (phases.Contains("master")) master++;
            if (phases.Contains("exact")) branched++;
            else if (phases.Contains("lp")) byLp++;
        }
        Assert.True(byLp >= 5, $"{byLp} instances proven by the LP");
        Assert.True(branched >= 2, $"{branched} instances needed branch-and-cut");
        Assert.True(master >= 2, $"{master} instances searched within the generated sites");
    }

    /// <summary>The neighbourhood search (RINS) runs on some of the seeded instances, so ExactEqualsBruteForce checks it too.</summary>
    [Fact]
    public void TheNeighbourhoodSearchRunsOnSomeInstances()
    {
        int rins = 0;
        for (int seed = 1; seed <= 40; seed++)
        {
            var phases = new List<string>();
            LocationAllocation.Solve(Instance(seed), EuclideanDistance.Instance, (phase, _) => phases.Add(phase));
            if (phases.Contains("rins")) rins++;
        }
        Assert.True(rins >= 3, $"{rins} instances ran the neighbourhood search");
    }

    private static (CoverSolution Result, List<string> Phases) Stages(CoverInstance inst)
    {
        var phases = new List<string>();
        var clock = new LocationAllocation.SolveClock(TimeProvider.System, 30, (phase, _) => phases.Add(phase));
        var greedy = CoverHeuristic.Mclp(inst, long.MaxValue, swap: false);
        // From the greedy's sites, not all: the pricing and the search within the generated sites run too.
        return (MclpExact.Solve(inst, greedy, null, clock, 0.1, 0, default, wholeLpNonzeros: 0), phases);
    }

    /// <summary>
    /// Any multipliers, even outside [0, w] (they are clamped), give a bound at or above the optimum, and the sites the
    /// reduced-cost test excludes against the optimum's value appear in no optimal selection.
    /// </summary>
    [Theory]
    [MemberData(nameof(Seeds))]
    public void LagrangianBoundHoldsAtAnyMultipliers(int seed)
    {
        var inst = Cover(Instance(seed));
        var (best, optima) = BruteForce(inst);
        var rng = new Random(seed);
        for (int draw = 0; draw < 20; draw++)
        {
            var lambda = inst.Weight.Select(w => (rng.NextDouble() * 1.4 - 0.2) * w).ToArray();
            var at = CoverBound.AtMultipliers(inst, lambda);
            Assert.True(at.Bound >= best - 1e-9, $"bound {at.Bound} below the optimum {best}");
            var excluded = at.Excluded(best);
            Assert.DoesNotContain(optima, set => set.Any(s => excluded[s]));
        }
    }

    /// <summary>
    /// The subgradient with rounding: its bound holds the optimum, its rounded selections are real (never above the
    /// optimum), and the sites it excludes, at any iteration or at the end, appear in no optimal selection.
    /// </summary>
    [Theory]
    [MemberData(nameof(Seeds))]
    public void SubgradientWithRoundingKeepsEveryOptimum(int seed)
    {
        var inst = Cover(Instance(seed));
        var (best, optima) = BruteForce(inst);
        var greedy = CoverHeuristic.Mclp(inst, long.MaxValue, swap: false);
        double incumbent = greedy.Objective;
        var result = CoverBound.Mclp(inst, incumbent, double.PositiveInfinity, Stopwatch.GetTimestamp() + Stopwatch.Frequency, y =>
        {
            var rounded = CoverHeuristic.Round(inst, y, long.MaxValue, "lagrangian");
            Assert.True(rounded.Objective <= best + 1e-9);
            return incumbent = Math.Max(incumbent, rounded.Objective);
        });
        Assert.True(result.Bound >= best - 1e-9, $"bound {result.Bound} below the optimum {best}");
        var excluded = result.Excluded(incumbent);
        Assert.DoesNotContain(optima, set => set.Any(s => excluded[s]));
    }

    /// <summary>The LP bounds the optimum, and the Lagrangian bound at its duals is the LP bound (no area minimums).</summary>
    [Theory]
    [MemberData(nameof(Seeds))]
    public void LpDualsGiveTheLpBound(int seed)
    {
        var p = Instance(seed) with { MinPerArea = new Dictionary<string, int>() };
        var inst = Cover(p);
        var lp = MclpLp.Solve(inst, 10, default);
        Assert.NotNull(lp);
        double best = BruteForce(inst).Value;
        Assert.True(lp.Value >= best - 1e-6, $"LP {lp.Value} below the optimum {best}");
        Assert.Equal(lp.Value, CoverBound.AtMultipliers(inst, lp.Lambda).Bound, 6);
    }

    /// <summary>
    /// On an instance large enough for the parallel swap scoring (≥ 200,000 nonzeros), the heuristic ends in a local
    /// optimum (no single swap, checked one by one, covers more) and in the same selection as with one thread or three.
    /// </summary>
    [Fact]
    public void HeuristicOnALargeInstanceEndsInALocalOptimum()
    {
        var rng = new Random(11);
        var p = new AllocationProblem
        {
            Objective = AllocationObjective.Mclp,
            K = 20,
            RadiusMetres = 1_000,
            Demand = Enumerable.Range(0, 15_000).Select(i => new DemandPoint($"d{i}", new PlanarPoint(rng.NextDouble() * 8_000, rng.NextDouble() * 8_000), rng.Next(1, 100))).ToArray(),
            Candidates = Enumerable.Range(0, 400).Select(j => new CandidateSite($"c{j}", new PlanarPoint(rng.NextDouble() * 8_000, rng.NextDouble() * 8_000))).ToArray(),
        };
        var inst = Cover(p);
        Assert.True(inst.NodeSites.Length >= 200_000, $"{inst.NodeSites.Length} nonzeros");
        var h = CoverHeuristic.Mclp(inst, long.MaxValue);
        Assert.Equal("heuristic", h.Solver);
        Assert.True(h.Objective > CoverHeuristic.Mclp(inst, long.MaxValue, swap: false).Objective, "no swap improved the greedy start");
        Assert.Equal(CoverHeuristic.Mclp(inst, long.MaxValue, threads: 1).Sites, h.Sites);
        Assert.Equal(CoverHeuristic.Mclp(inst, long.MaxValue, threads: 3).Sites, h.Sites);
        var state = new CoverageState(inst);
        foreach (int s in h.Sites) state.Add(s);
        Assert.Equal(h.Objective, state.Covered, 6);
        foreach (int drop in h.Sites)
        {
            for (int add = 0; add < inst.SiteCount; add++)
            {
                if (state.Open[add]) continue;
                state.Remove(drop);
                state.Add(add);
                Assert.True(state.Covered <= h.Objective + 1e-6, $"swapping {drop} for {add} covers {state.Covered} > {h.Objective}");
                state.Remove(add);
                state.Add(drop);
            }
        }
    }
}
