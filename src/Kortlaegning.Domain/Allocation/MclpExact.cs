
namespace Kortlaegning.Domain.Allocation;

/// <summary>
/// Exact uncapacitated MCLP in stages, each on fewer sites than the last (docs/allocation.md, "Exact solvers"):
/// <list type="number">
/// <item>the sites the subgradient bound already excluded are dropped;</item>
/// <item>a neighbourhood search (RINS) around the incumbent and the averaged relaxation may raise the incumbent, and the
///   reduced-cost test runs again against it;</item>
/// <item>the LP relaxation (GLOP), by column generation on large views (<see cref="MclpColumnGeneration"/>), at once on
///   small ones: its rounded y, improved by swaps, may raise the incumbent; the Lagrangian bound at its duals (the LP bound
///   once the pricing converges) often meets the incumbent (proof of optimality), and its reduced-cost test drops every
///   site that cannot be in a selection as good as the incumbent; when sites were left out of the LP, SCIP searches
///   briefly within the generated ones (restricted master heuristic);</item>
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
    /// is the heuristic's answer; <paramref name="lagrangian"/> its Lagrangian bound (exclusions, averaged y), or null.
    /// </summary>
    public static CoverSolution Solve(CoverInstance inst, CoverSolution incumbent, CoverBound.Result? lagrangian, LocationAllocation.SolveClock clock,
        double reserve, double gapLimit, CancellationToken ct, long wholeLpNonzeros = WholeLpNonzeros)
    {
        var view = View.Of(inst, lagrangian?.Excluded(incumbent.Objective));
        double bound = incumbent.Bound ?? double.PositiveInfinity;
        var best = incumbent;

        if (lagrangian is not null && clock.Remaining(reserve) > 1)
        {
            var improved = Neighbourhood(view, best, lagrangian.Y, Math.Min(1, 0.25 * clock.Remaining(reserve)), ct);
            clock.Mark("rins");
            if (improved is not null && improved.Objective > best.Objective)
            {
                best = improved;
                if (AllocationReport.Gap(best.Objective, bound) <= 1e-9) return Proven(best);
                view = View.Of(inst, lagrangian.Excluded(best.Objective));
            }
        }

        {
            // The LP by column generation from the incumbent's sites and the relaxation's most promising ones: on the dense
            // instances the LP on every site left does not finish in time (B Odder: 7 s), on a few hundred it does.
            long started = clock.Now;
            double lpSeconds = LpShare * clock.Remaining(reserve);
            var lpView = view;
            // Each round's y, rounded (largest y first, fixed sites and area minimums first) and improved by swaps, may
            // raise the incumbent; the loop stops once the incumbent meets the bound.
            bool Round(MclpColumnGeneration.Result r)
            {
                var rounded = CoverHeuristic.Round(lpView.Instance, r.Y, clock.Deadline(1 - reserve), "lp");
                if (rounded.Objective > best.Objective) best = lpView.ToParent(rounded);
                return AllocationReport.Gap(best.Objective, Math.Min(bound, Math.Max(r.Certificate.Bound, best.Objective))) <= 1e-9;
            }
            var start = view.Instance.NodeSites.Length <= wholeLpNonzeros ? Enumerable.Range(0, view.Instance.SiteCount) : StartSites(view, best, lagrangian);
            var cg = MclpColumnGeneration.Solve(view.Instance, start,
                () => lpSeconds - (double)(clock.Now - started) / clock.Frequency, ct,
                lagrangian is null ? null : view.FromParent(lagrangian.Multipliers), Round);
            clock.Mark("lp");
            if (cg is not null)
            {
                if (cg.Converged) Round(cg);
                var at = cg.Certificate;
                bound = Math.Min(bound, Math.Max(at.Bound, best.Objective));
                if (AllocationReport.Gap(best.Objective, bound) <= 1e-9) return Proven(best);
                // The sites generated hold an LP solution as good as the LP over all of them (when the pricing converged) but
                // their y was fractional on B Odder: SCIP restricted to them (the restricted master heuristic, "price and
                // branch") looks for the selection those columns allow, within at most a quarter of the time left.
                if (cg.Sites.Length < view.Instance.SiteCount && clock.Remaining(reserve) > 1)
                {
                    var within = Within(view, best, cg.Sites, view.Instance.Constraints.Fixed, Math.Min(2, 0.25 * clock.Remaining(reserve)), "lp", ct);
                    clock.Mark("master");
                    if (within is not null && within.Objective > best.Objective) best = within;
                    if (AllocationReport.Gap(best.Objective, bound) <= 1e-9) return Proven(best);
                }
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

    /// <summary>
    /// RINS (Danna, Rothberg &amp; Le Pape 2005) on the averaged relaxation: sites open in the incumbent with y ≥ 0.9 are
    /// fixed open, sites closed in it with y ≤ 0.1 are left out, and SCIP searches the rest briefly. A heuristic: the
    /// answer, in <paramref name="view"/>'s parent indices, is a real selection, nothing more.
    /// </summary>
    private static CoverSolution? Neighbourhood(View view, CoverSolution incumbent, double[] y, double seconds, CancellationToken ct)
    {
        var inst = view.Instance;
        var open = view.FromParent(incumbent).Sites.ToHashSet();
        var parentY = view.Map.Select(p => y[p]).ToArray();
        var keep = Enumerable.Range(0, inst.SiteCount).Where(s => open.Contains(s) || parentY[s] > 0.1).ToArray();
        var fix = inst.Constraints.Fixed.ToArray();
        foreach (int s in open) if (parentY[s] >= 0.9) fix[s] = true;
        return Within(view, incumbent, keep, fix, seconds, "rins", ct);
    }

    /// <summary>
    /// SCIP for at most <paramref name="seconds"/> on the sites <paramref name="keep"/> (ascending, holding the incumbent's),
    /// with <paramref name="fix"/> open; null when nothing was found or it is not a smaller problem. Its selection is
    /// counted here, not taken from SCIP's objective (within SCIP's tolerances): the reduced-cost test trusts it.
    /// The answer is in <paramref name="view"/>'s parent indices.
    /// </summary>
    private static CoverSolution? Within(View view, CoverSolution incumbent, int[] keep, bool[] fix, double seconds, string label, CancellationToken ct)
    {
        var inst = view.Instance;
        var open = view.FromParent(incumbent).Sites;
        if (keep.Length <= inst.Constraints.K || keep.Length == inst.SiteCount) return null;
        var flagged = new CoverInstance(inst.Weight, inst.NodeStart, inst.NodeSites, inst.SiteCount, inst.Constraints with { Fixed = fix });
        var sub = CoverReduction.Restrict(flagged, keep).Instance;
        var hint = incumbent with { Sites = open.Select(s => Array.IndexOf(keep, s)).Where(s => s >= 0).ToArray() };
        var found = MclpMip.Solve(sub, hint, seconds, 0, ct);
        if (found is null || found.Sites.Length == 0 || double.IsNaN(found.Objective)) return null;
        var state = new CoverageState(inst);
        foreach (int s in found.Sites) state.Add(keep[s]);
        if (!inst.Constraints.IsFeasible(state.Selected, checkK: true)) return null;
        return view.ToParent(new CoverSolution(state.Selected.ToArray(), state.Covered, null, false, null, label));
    }

    /// <summary>
    /// Sites the column generation starts from, in <paramref name="view"/>'s indices: the incumbent's, then the sites the
    /// averaged relaxation opens most (then by the Lagrangian costs c_j), up to <see cref="StartPerK"/> per site to open;
    /// without a relaxation, the incumbent's alone.
    /// </summary>
    private static IEnumerable<int> StartSites(View view, CoverSolution incumbent, CoverBound.Result? lagrangian)
    {
        var open = view.FromParent(incumbent).Sites;
        if (lagrangian is null) return open;
        int count = StartPerK * Math.Max(1, view.Instance.Constraints.K);
        var ranked = Enumerable.Range(0, view.Instance.SiteCount)
            .OrderByDescending(s => lagrangian.Y[view.Map[s]])
            .ThenByDescending(s => lagrangian.Costs[view.Map[s]])
            .Take(count);
        return open.Concat(ranked);
    }

    /// <summary>
    /// Up to this many nonzeros the column generation starts from every site, i.e. solves the whole LP at once: GLOP does
    /// that in well under a second (B Odense after the reduced-cost test: 0.04 M nonzeros, 0.07 s), and pricing rounds
    /// would only add solves. The restricted LPs on B Odder had 0.05–0.16 M nonzeros.
    /// </summary>
    private const long WholeLpNonzeros = 250_000;

    /// <summary>Start sites per site to open (B Odder, K = 30: 300 of the 1,942).</summary>
    private const int StartPerK = 10;

    private static CoverSolution Proven(CoverSolution s) => s with { Optimal = true, Bound = s.Objective };

    /// <summary>An instance restricted to some of the parent's sites; <c>Map[s]</c> is site s in the parent.</summary>
    /// <remarks><c>Nodes[i]</c> is the view's node holding parent node i, -1 when no site of the view covers it.</remarks>
    private sealed record View(CoverInstance Instance, int[] Map, int[] Nodes)
    {
        public static View Of(CoverInstance inst, bool[]? excluded) =>
            new View(inst, Enumerable.Range(0, inst.SiteCount).ToArray(), Enumerable.Range(0, inst.NodeCount).ToArray()).Without(excluded);

        /// <summary>This view without the given sites (its own indices); itself when none is excluded.</summary>
        public View Without(bool[]? excluded)
        {
            if (excluded is null || !excluded.Contains(true)) return this;
            var keep = Enumerable.Range(0, Instance.SiteCount).Where(s => !excluded[s]).ToArray();
            var group = new int[Instance.NodeCount];
            var restricted = CoverReduction.Restrict(Instance, keep, group).Instance;
            return new View(restricted, keep.Select(s => Map[s]).ToArray(), Nodes.Select(g => g < 0 ? -1 : group[g]).ToArray());
        }

        /// <summary>
        /// Parent multipliers on this view's nodes: a merged node gets the sum of its members' (within [0, its weight]
        /// when theirs are within [0, w]); parent nodes the view dropped no longer count.
        /// </summary>
        public double[] FromParent(double[] lambda)
        {
            var merged = new double[Instance.NodeCount];
            for (int i = 0; i < Nodes.Length; i++) if (Nodes[i] >= 0) merged[Nodes[i]] += lambda[i];
            return merged;
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
