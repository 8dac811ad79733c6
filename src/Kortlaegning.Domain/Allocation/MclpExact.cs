using System.Diagnostics;

namespace Kortlaegning.Domain.Allocation;

/// <summary>
/// Exact uncapacitated MCLP in three stages, each on fewer sites than the last (docs/allocation.md, "Exact solvers"):
/// <list type="number">
/// <item>the sites the subgradient bound already excluded are dropped;</item>
/// <item>the LP relaxation (GLOP): its rounded y, improved by swaps, may raise the incumbent; the Lagrangian bound at its
///   duals equals the LP bound, which often meets the incumbent (proof of optimality), and its reduced-cost test drops
///   every site that cannot be in a selection as good as the incumbent;</item>
/// <item>branch-and-cut (SCIP) on the sites left, with the incumbent as its hint.</item>
/// </list>
/// Each stage's restriction keeps every selection at least as good as the incumbent, so the best of the restricted
/// problem is the best overall, and max(restricted bound, incumbent) bounds the full problem.
/// </summary>
internal static class MclpExact
{
    /// <summary>
    /// Share of the time left that the LP may take; the rest is for SCIP. The LP is what closes the gap on the instances
    /// the bound does not prove (B Odense: 0.4 s on ~340 sites, then 0.02 %, and SCIP proves the optimum in 1.3 s).
    /// </summary>
    private const double LpShare = 0.8;

    /// <summary>
    /// Best selection found and the tightest bound, in <paramref name="inst"/>'s site indices. <paramref name="incumbent"/>
    /// is the heuristic's answer; <paramref name="excluded"/> the sites its Lagrangian bound ruled out against it (or null).
    /// </summary>
    public static CoverSolution Solve(CoverInstance inst, CoverSolution incumbent, bool[]? excluded, LocationAllocation.SolveClock clock,
        double reserve, double gapLimit, CancellationToken ct)
    {
        var view = View.Of(inst, excluded);
        double bound = incumbent.Bound ?? double.PositiveInfinity;
        var best = incumbent;

        if (clock.Remaining(reserve) > 2 * LpBuildSeconds(view.Instance.NodeSites.Length))
        {
            var lp = MclpMip.Relax(view.Instance, LpShare * clock.Remaining(reserve), ct);
            clock.Mark("lp");
            if (lp is not null)
            {
                var rounded = CoverHeuristic.Round(view.Instance, lp.Y, clock.Deadline(1 - reserve), "lp");
                if (rounded.Objective > best.Objective) best = view.ToParent(rounded);
                var at = CoverBound.AtMultipliers(view.Instance, lp.Lambda);
                bound = Math.Min(bound, Math.Max(at.Bound, best.Objective));
                if (AllocationReport.Gap(best.Objective, bound) <= 1e-9) return Proven(best);
                view = view.Without(at.Excluded(best.Objective));
            }
        }

        var model = view.Instance;
        if (clock.Remaining(reserve) <= 2 * LocationAllocation.BuildSeconds(model.NodeSites.Length) || model.SiteCount == 0)
        {
            return best with { Bound = bound };
        }
        var exact = MclpMip.Solve(model, view.FromParent(best), clock.Remaining(reserve) - LocationAllocation.BuildSeconds(model.NodeSites.Length), gapLimit, ct);
        clock.Mark("exact");
        if (exact is null) return best with { Bound = bound };
        // Selections left out are worth less than the incumbent, so the full bound is max(restricted bound, incumbent).
        if (exact.Bound is { } rb) bound = Math.Min(bound, Math.Max(rb, best.Objective));
        if (exact.Sites.Length > 0 && !double.IsNaN(exact.Objective) && (exact.Optimal || exact.Objective > best.Objective))
        {
            best = view.ToParent(exact);
            if (exact.Optimal) return Proven(best);
        }
        return best with { Bound = bound };
    }

    private static CoverSolution Proven(CoverSolution s) => s with { Optimal = true, Bound = s.Objective };

    /// <summary>
    /// Rough time to build the LP in GLOP (measured ~0.25 µs per nonzero, doubled): below twice this the LP is skipped.
    /// </summary>
    private static double LpBuildSeconds(long nonzeros) => 0.5e-6 * nonzeros;

    /// <summary>An instance restricted to some of the parent's sites; <c>Map[s]</c> is site s in the parent.</summary>
    private sealed record View(CoverInstance Instance, int[] Map)
    {
        public static View Of(CoverInstance inst, bool[]? excluded) =>
            new View(inst, Enumerable.Range(0, inst.SiteCount).ToArray()).Without(excluded);

        /// <summary>This view without the given sites (its own indices); itself when none is excluded.</summary>
        public View Without(bool[]? excluded)
        {
            if (excluded is null || !excluded.Contains(true)) return this;
            var keep = Enumerable.Range(0, Instance.SiteCount).Where(s => !excluded[s]).ToArray();
            return new View(CoverReduction.Restrict(Instance, keep).Instance, keep.Select(s => Map[s]).ToArray());
        }

        public CoverSolution ToParent(CoverSolution s) => s with { Sites = s.Sites.Select(x => Map[x]).ToArray() };

        /// <summary>A parent selection in this view's indices; every site of a selection as good as the incumbent is here.</summary>
        public CoverSolution FromParent(CoverSolution s)
        {
            var index = new Dictionary<int, int>(Map.Length);
            for (int k = 0; k < Map.Length; k++) index[Map[k]] = k;
            return s with { Sites = s.Sites.Where(index.ContainsKey).Select(x => index[x]).ToArray() };
        }
    }
}
