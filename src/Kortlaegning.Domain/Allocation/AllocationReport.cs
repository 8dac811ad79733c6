using Kortlaegning.Domain.Distance;

namespace Kortlaegning.Domain.Allocation;

/// <summary>
/// Turns a chosen selection into an <see cref="AllocationResult"/>: objective and coverage on the original (unreduced)
/// data, per-site figures, the greedy marginal curve over the selection, and the gap.
/// Coverage figures reuse the radius lists of <see cref="AllocationInput.Coverage"/> (one pass over them); p-median
/// distances are computed once per (selected site, demand point) and the curve is built incrementally.
/// </summary>
internal static class AllocationReport
{
    public static AllocationResult Build(AllocationInput input, Chosen chosen, double seconds, Deadline? deadline = null)
    {
        var p = input.Problem;
        int n = input.DemandPoints.Length;
        var coverage = input.Coverage;
        int[] order;
        IReadOnlyList<MarginalStep> curve;
        int[]? nearestPosition = null;
        double pmedianCost = 0;
        if (p.Objective == AllocationObjective.PMedian)
        {
            (order, curve, nearestPosition, pmedianCost) = PMedianOrder(input, chosen.Sites, deadline ?? Deadline.None);
        }
        else (order, curve) = CoverOrder(input, chosen.Sites);

        // Position of each selected site in the order (-1: not selected), for one pass over the radius lists.
        var position = new int[input.SitePoints.Length];
        Array.Fill(position, -1);
        for (int k = 0; k < order.Length; k++) position[order[k]] = k;
        var coveredBy = new double[order.Length];
        var assignedTo = new double[order.Length];
        double coveredWeight = 0, uncoverable = 0;
        bool withinOnly = p.Objective != AllocationObjective.PMedian;
        if (coverage is not null)
        {
            for (int i = 0; i < n; i++)
            {
                double w = input.Weights[i];
                int from = coverage.Start[i], to = coverage.Start[i + 1];
                if (from == to) uncoverable += w;
                int nearest = -1;
                double nearestMetres = double.PositiveInfinity;
                for (int e = from; e < to; e++)
                {
                    int k = position[coverage.Index[e]];
                    if (k < 0) continue;
                    coveredBy[k] += w;
                    double d = coverage.Metres[e];
                    if (d < nearestMetres || (d == nearestMetres && k < nearest)) (nearest, nearestMetres) = (k, d);
                }
                if (nearest >= 0)
                {
                    coveredWeight += w;
                    if (withinOnly && chosen.Assigned is null) assignedTo[nearest] += w;
                }
            }
        }
        if (chosen.Assigned is not null)
        {
            for (int k = 0; k < order.Length; k++) assignedTo[k] = chosen.Assigned[order[k]];
        }
        else if (nearestPosition is not null)
        {
            for (int i = 0; i < n; i++) if (nearestPosition[i] >= 0) assignedTo[nearestPosition[i]] += input.Weights[i];
        }
        if (p.Objective == AllocationObjective.PMedian) uncoverable += input.UnreachableWeight;
        var perSite = order.Select((s, k) => new SiteAllocation(p.Candidates[s].Id, coveredBy[k], assignedTo[k])).ToArray();
        double objective = p.Objective switch
        {
            AllocationObjective.Mclp when chosen.Assigned is not null => perSite.Sum(s => s.AssignedWeight),
            AllocationObjective.Mclp => coveredWeight,
            AllocationObjective.Lscp => order.Length,
            _ => pmedianCost,
        };
        if (chosen.Assigned is not null) coveredWeight = objective;
        bool optimal = chosen.Optimal;
        double? bound = chosen.Bound;
        // A heuristic bound that meets the objective (within rounding) proves the selection optimal.
        if (!optimal && bound is { } proven && Gap(objective, proven) <= 1e-9) optimal = true;
        if (optimal) bound = objective;
        return new AllocationResult(
            order.Select(s => p.Candidates[s].Id).ToArray(), coveredWeight, input.TotalWeight, uncoverable, objective,
            optimal, bound, bound is { } b ? Gap(objective, b) : null, chosen.Solver, seconds, perSite, curve,
            input.Distances.Name);
    }

    /// <summary>|objective − bound| / max(|objective|, |bound|); 0 when both are 0. In [0, 1] for either direction of optimisation.</summary>
    public static double Gap(double objective, double bound)
    {
        double scale = Math.Max(Math.Abs(objective), Math.Abs(bound));
        return scale == 0 ? 0 : Math.Abs(objective - bound) / scale;
    }

    /// <summary>
    /// Fixed sites first, then greedily by coverage gain (capacities ignored); ties by candidate index.
    /// Works on the selected sites only: their node lists are collected in one pass over the radius lists.
    /// </summary>
    private static (int[] Order, IReadOnlyList<MarginalStep> Curve) CoverOrder(AllocationInput input, int[] sites)
    {
        var coverage = input.Coverage!;
        int n = input.DemandPoints.Length;
        var sorted = sites.Order().ToArray();
        var slot = new Dictionary<int, int>(sorted.Length);
        for (int k = 0; k < sorted.Length; k++) slot[sorted[k]] = k;
        var local = new int[input.SitePoints.Length];
        Array.Fill(local, -1);
        foreach (var (s, k) in slot) local[s] = k;
        // Nodes of each selected site (compressed rows) and, per node, the selected sites covering it.
        var count = new int[sorted.Length + 1];
        for (int e = 0; e < coverage.Index.Length; e++) if (local[coverage.Index[e]] >= 0) count[local[coverage.Index[e]] + 1]++;
        for (int k = 0; k < sorted.Length; k++) count[k + 1] += count[k];
        var nodes = new int[count[^1]];
        var fill = count[..^1].ToArray();
        var gain = new double[sorted.Length];
        for (int i = 0; i < n; i++)
        {
            for (int e = coverage.Start[i]; e < coverage.Start[i + 1]; e++)
            {
                int k = local[coverage.Index[e]];
                if (k < 0) continue;
                nodes[fill[k]++] = i;
                gain[k] += input.Weights[i];
            }
        }
        var covered = new bool[n];
        var used = new bool[sorted.Length];
        var order = new List<int>();
        var steps = new List<MarginalStep>();
        double total = 0;
        while (order.Count < sorted.Length)
        {
            bool anyFixed = false;
            for (int k = 0; k < sorted.Length; k++) anyFixed |= !used[k] && input.Constraints.Fixed[sorted[k]];
            int best = -1;
            for (int k = 0; k < sorted.Length; k++)
            {
                if (used[k] || (anyFixed && !input.Constraints.Fixed[sorted[k]])) continue;
                if (best < 0 || gain[k] > gain[best]) best = k;
            }
            used[best] = true;
            double before = total;
            for (int e = count[best]; e < count[best + 1]; e++)
            {
                int i = nodes[e];
                if (covered[i]) continue;
                covered[i] = true;
                double w = input.Weights[i];
                total += w;
                for (int f = coverage.Start[i]; f < coverage.Start[i + 1]; f++)
                {
                    int k = local[coverage.Index[f]];
                    if (k >= 0) gain[k] -= w;
                }
            }
            order.Add(sorted[best]);
            steps.Add(new MarginalStep(order.Count, input.Problem.Candidates[sorted[best]].Id, total, total, total - before));
        }
        return (order.ToArray(), steps);
    }

    /// <summary>
    /// Fixed sites first, then greedily by reduction of Σ w × distance, on true distances; the first gain is 0.
    /// Incremental: each demand point keeps its distance to the nearest site added so far, and a site's gain
    /// Σ w · max(0, nearest − d) only shrinks as sites are added (submodular), so stale gains are upper bounds and only
    /// the leader is re-evaluated (lazy greedy, Minoux 1978). Typically O(k·n) distance calls instead of k²·n.
    /// Past <paramref name="deadline"/> the remaining sites follow by their last known gain (the objective on
    /// each step stays exact).
    /// </summary>
    private static (int[] Order, IReadOnlyList<MarginalStep> Curve, int[] NearestPosition, double Cost) PMedianOrder(
        AllocationInput input, int[] sites, Deadline deadline)
    {
        int n = input.DemandPoints.Length;
        var demand = Enumerable.Range(0, n).Where(i => input.Weights[i] > 0).ToArray();
        var nearest = new double[n];
        Array.Fill(nearest, double.PositiveInfinity);
        var nearestPosition = new int[n];
        Array.Fill(nearestPosition, -1);
        double radius = input.Problem.RadiusMetres ?? double.NaN;
        var order = new List<int>();
        var steps = new List<MarginalStep>();
        double previous = double.NaN, covered = 0;
        var sorted = sites.Order().ToArray();
        var pools = new[] { sorted.Where(s => input.Constraints.Fixed[s]).ToArray(), sorted.Where(s => !input.Constraints.Fixed[s]).ToArray() };
        // Distances from each selected site to each demand point of positive weight, computed once (k·n calls) when that
        // fits in ~64 MB, otherwise on demand.
        var column = new Dictionary<int, int>(sorted.Length);
        double[]? matrix = null;
        if ((long)sorted.Length * demand.Length <= 8_000_000)
        {
            matrix = input.Distances.Complete(sorted.Select(s => input.SitePoints[s]).ToArray(), demand.Select(i => input.DemandPoints[i]).ToArray());
            for (int k = 0; k < sorted.Length; k++) column[sorted[k]] = k * demand.Length;
        }
        double Distance(int q, int s) => matrix is not null ? matrix[column[s] + q] : input.Distances.Between(input.DemandPoints[demand[q]], input.SitePoints[s]);

        double Gain(int s)
        {
            double g = 0;
            if (matrix is not null)
            {
                var row = matrix.AsSpan(column[s], demand.Length);
                for (int q = 0; q < row.Length; q++)
                {
                    int i = demand[q];
                    if (row[q] < nearest[i]) g += input.Weights[i] * (nearest[i] - row[q]);
                }
                return g;
            }
            for (int q = 0; q < demand.Length; q++)
            {
                int i = demand[q];
                double d = Distance(q, s);
                if (d < nearest[i]) g += input.Weights[i] * (nearest[i] - d);
            }
            return g;
        }

        void Add(int s)
        {
            int k = order.Count;
            double cost = 0;
            for (int q = 0; q < demand.Length; q++)
            {
                int i = demand[q];
                double d = Distance(q, s);
                if (d < nearest[i])
                {
                    if (!(nearest[i] <= radius) && d <= radius) covered += input.Weights[i];
                    (nearest[i], nearestPosition[i]) = (d, k);
                }
                cost += input.Weights[i] * nearest[i];
            }
            order.Add(s);
            steps.Add(new MarginalStep(order.Count, input.Problem.Candidates[s].Id, cost, covered, double.IsNaN(previous) ? 0 : previous - cost));
            previous = cost;
        }

        foreach (var pool in pools)
        {
            if (pool.Length == 0) continue;
            var left = pool.ToList();
            if (order.Count == 0)
            {
                // Nothing open yet: every gain is infinite, so the first site is the one of least total cost.
                int first = -1;
                double bestCost = double.PositiveInfinity;
                foreach (int s in left)
                {
                    double cost = 0;
                    for (int q = 0; q < demand.Length; q++) cost += input.Weights[demand[q]] * Distance(q, s);
                    if (first < 0 || cost < bestCost) (first, bestCost) = (s, cost);
                }
                Add(first);
                left.Remove(first);
            }
            // Max-heap on (gain, −index) via a min-heap on (−gain, index); a stale entry carries the step it was computed at.
            var heap = new PriorityQueue<(int Site, int Step), (double, int)>();
            foreach (int s in left) heap.Enqueue((s, -1), (double.NegativeInfinity, s));
            while (heap.Count > 0)
            {
                var (s, step) = heap.Dequeue();
                bool late = deadline.Passed;
                if (step == order.Count || late)
                {
                    Add(s);
                    continue;
                }
                heap.Enqueue((s, order.Count), (-Gain(s), s));
            }
        }
        double total = 0;
        foreach (int i in demand) total += input.Weights[i] * nearest[i];
        return (order.ToArray(), steps, nearestPosition, total);
    }
}
