namespace Kortlaegning.Domain.Allocation;

/// <summary>
/// Turns a chosen selection into an <see cref="AllocationResult"/>: objective and coverage on the original (unreduced)
/// data, per-site figures, the greedy marginal curve over the selection, and the gap.
/// </summary>
internal static class AllocationReport
{
    public static AllocationResult Build(AllocationInput input, Chosen chosen, double seconds)
    {
        var p = input.Problem;
        var order = p.Objective == AllocationObjective.PMedian ? PMedianOrder(input, chosen.Sites, out var curve) : CoverOrder(input, chosen.Sites, out curve);
        var covered = CoveredMask(input, order);
        double coveredWeight = Enumerable.Range(0, covered.Length).Where(i => covered[i]).Sum(i => input.Weights[i]);
        double uncoverable = input.Within is { } within ? Enumerable.Range(0, within.Length).Where(i => within[i].Count == 0).Sum(i => input.Weights[i]) : 0;
        var perSite = PerSite(input, order, chosen.Assigned);
        double objective = p.Objective switch
        {
            AllocationObjective.Mclp when chosen.Assigned is not null => perSite.Sum(s => s.AssignedWeight),
            AllocationObjective.Mclp => coveredWeight,
            AllocationObjective.Lscp => order.Length,
            _ => input.PMedianCost(order),
        };
        if (chosen.Assigned is not null) coveredWeight = objective;
        double? bound = chosen.Optimal ? objective : chosen.Bound;
        return new AllocationResult(
            order.Select(s => p.Candidates[s].Id).ToArray(), coveredWeight, input.TotalWeight, uncoverable, objective,
            chosen.Optimal, bound, bound is { } b ? Gap(objective, b) : null, chosen.Solver, seconds, perSite, curve,
            input.Distances.Name);
    }

    /// <summary>|objective − bound| / max(|objective|, |bound|); 0 when both are 0. In [0, 1] for either direction of optimisation.</summary>
    public static double Gap(double objective, double bound)
    {
        double scale = Math.Max(Math.Abs(objective), Math.Abs(bound));
        return scale == 0 ? 0 : Math.Abs(objective - bound) / scale;
    }

    /// <summary>Fixed sites first, then greedily by coverage gain (capacities ignored); ties by candidate index.</summary>
    private static int[] CoverOrder(AllocationInput input, int[] sites, out IReadOnlyList<MarginalStep> curve)
    {
        var state = new CoverageState(input.CoverInstance());
        var left = sites.Order().ToList();
        var order = new List<int>();
        var steps = new List<MarginalStep>();
        while (left.Count > 0)
        {
            bool anyFixed = left.Any(s => input.Constraints.Fixed[s]);
            int best = left.Where(s => !anyFixed || input.Constraints.Fixed[s]).MaxBy(s => state.Gain[s]);
            double before = state.Covered;
            state.Add(best);
            left.Remove(best);
            order.Add(best);
            steps.Add(new MarginalStep(order.Count, input.Problem.Candidates[best].Id, state.Covered, state.Covered, state.Covered - before));
        }
        curve = steps;
        return order.ToArray();
    }

    /// <summary>Fixed sites first, then greedily by reduction of Σ w × distance, on true distances. The first gain is 0.</summary>
    private static int[] PMedianOrder(AllocationInput input, int[] sites, out IReadOnlyList<MarginalStep> curve)
    {
        int n = input.DemandPoints.Length;
        var nearest = new double[n];
        Array.Fill(nearest, double.PositiveInfinity);
        var left = sites.Order().ToList();
        var order = new List<int>();
        var steps = new List<MarginalStep>();
        double previous = double.NaN;
        double radius = input.Problem.RadiusMetres ?? double.NaN;
        while (left.Count > 0)
        {
            bool anyFixed = left.Any(s => input.Constraints.Fixed[s]);
            int best = -1;
            double bestCost = double.PositiveInfinity;
            foreach (int s in left.Where(s => !anyFixed || input.Constraints.Fixed[s]))
            {
                double cost = 0;
                for (int i = 0; i < n; i++)
                {
                    if (input.Weights[i] > 0) cost += input.Weights[i] * Math.Min(nearest[i], input.Distances.Between(input.DemandPoints[i], input.SitePoints[s]));
                }
                if (best < 0 || cost < bestCost) (best, bestCost) = (s, cost);
            }
            double covered = 0;
            for (int i = 0; i < n; i++)
            {
                nearest[i] = Math.Min(nearest[i], input.Distances.Between(input.DemandPoints[i], input.SitePoints[best]));
                if (nearest[i] <= radius) covered += input.Weights[i];
            }
            left.Remove(best);
            order.Add(best);
            steps.Add(new MarginalStep(order.Count, input.Problem.Candidates[best].Id, bestCost, covered, double.IsNaN(previous) ? 0 : previous - bestCost));
            previous = bestCost;
        }
        curve = steps;
        return order.ToArray();
    }

    private static bool[] CoveredMask(AllocationInput input, int[] sites)
    {
        var mask = new bool[input.DemandPoints.Length];
        if (input.Within is not { } within) return mask;
        var open = sites.ToHashSet();
        for (int i = 0; i < within.Length; i++)
        {
            foreach (var nb in within[i]) if (open.Contains(nb.Index)) { mask[i] = true; break; }
        }
        return mask;
    }

    /// <summary>
    /// Covered: weight within the radius of the site. Assigned: the solver's capacitated assignment if there is one;
    /// otherwise each demand point goes to its nearest selected site (within the radius for MCLP and LSCP).
    /// </summary>
    private static SiteAllocation[] PerSite(AllocationInput input, int[] order, double[]? assigned)
    {
        var position = order.Select((s, k) => (s, k)).ToDictionary(t => t.s, t => t.k);
        var coveredBy = new double[order.Length];
        var assignedTo = new double[order.Length];
        if (input.Within is { } within)
        {
            for (int i = 0; i < within.Length; i++)
            {
                foreach (var nb in within[i]) if (position.TryGetValue(nb.Index, out int k)) coveredBy[k] += input.Weights[i];
            }
        }
        if (assigned is not null)
        {
            for (int k = 0; k < order.Length; k++) assignedTo[k] = assigned[order[k]];
        }
        else
        {
            var nearest = input.NearestOf(order);
            bool withinOnly = input.Problem.Objective != AllocationObjective.PMedian;
            double radius = input.Problem.RadiusMetres ?? double.PositiveInfinity;
            for (int i = 0; i < nearest.Length; i++)
            {
                if (nearest[i].Index >= 0 && (!withinOnly || nearest[i].Metres <= radius)) assignedTo[nearest[i].Index] += input.Weights[i];
            }
        }
        return order.Select((s, k) => new SiteAllocation(input.Problem.Candidates[s].Id, coveredBy[k], assignedTo[k])).ToArray();
    }
}
