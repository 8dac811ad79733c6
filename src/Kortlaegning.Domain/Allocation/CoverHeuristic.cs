using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Kortlaegning.Domain.Allocation;

/// <summary>
/// Deterministic heuristics for covering objectives. MCLP: greedy (Church &amp; ReVelle 1974) followed by vertex
/// substitution (Teitz &amp; Bart 1968) with incremental swap gains in the style of Whitaker (1983) / Resende &amp; Werneck (2003):
/// one pass scores every (in, out) pair in O(Σ node lists + sites × K). LSCP: greedy plus removal of redundant sites.
/// </summary>
internal static class CoverHeuristic
{
    private const double Epsilon = 1e-9;

    /// <summary>Plain greedy: fixed sites, then area minimums, then the largest gain (or priority, when given) until K sites.</summary>
    public static CoverageState Greedy(CoverInstance inst, double[]? priority = null)
    {
        var state = new CoverageState(inst);
        OpenFixed(inst, state);
        while (state.Selected.Count < inst.Constraints.K)
        {
            int s = state.BestAddition(priority);
            if (s < 0) break;
            state.Add(s);
        }
        return state;
    }

    /// <summary>
    /// Greedy, then swaps until a local optimum or <paramref name="deadline"/>. Solver label "heuristic" when the swaps
    /// reached a local optimum, "greedy" when they were cut short (or not run: <paramref name="swap"/> false).
    /// </summary>
    public static CoverSolution Mclp(CoverInstance inst, Deadline deadline, bool swap = true, int threads = 0)
    {
        if (inst.Constraints.Capacity is not null) return CapacitatedMclp(inst);
        var state = Greedy(inst);
        bool local = swap && Swap(inst, state, deadline, threads);
        return new CoverSolution(state.Selected.ToArray(), state.Covered, null, false, UpperBound(inst, state), local ? "heuristic" : "greedy");
    }

    /// <summary>
    /// Rounds a fractional selection (e.g. the LP relaxation's y): opens the K sites of highest <paramref name="priority"/>
    /// (fixed sites and area minimums first), then swaps until a local optimum or <paramref name="deadline"/>.
    /// Uncapacitated MCLP only.
    /// </summary>
    public static CoverSolution Round(CoverInstance inst, double[] priority, Deadline deadline, string label)
    {
        var state = Greedy(inst, priority);
        Swap(inst, state, deadline);
        return new CoverSolution(state.Selected.ToArray(), state.Covered, null, false, null, label);
    }

    /// <summary>
    /// Upper bound on the MCLP optimum from any K-site selection S (Nemhauser, Wolsey &amp; Fisher 1978): coverage is
    /// monotone submodular, so f(OPT) ≤ f(S) + Σ of the K largest gains f(S ∪ {j}) − f(S); also at most all weight.
    /// O(sites) given the gains the state keeps.
    /// </summary>
    public static double UpperBound(CoverInstance inst, CoverageState state)
    {
        var gains = new List<double>(inst.SiteCount);
        for (int s = 0; s < inst.SiteCount; s++) if (!state.Open[s] && state.Gain[s] > 0) gains.Add(state.Gain[s]);
        gains.Sort();
        double extra = 0;
        for (int k = 0; k < inst.Constraints.K && k < gains.Count; k++) extra += gains[gains.Count - 1 - k];
        double all = 0;
        foreach (double w in inst.Weight) all += w;
        return Math.Min(all, state.Covered + extra);
    }

    /// <summary>
    /// Best-improvement vertex substitution until no swap gains more than a rounding error; false if stopped by the deadline.
    /// <paramref name="threads"/>: 0 chooses (one per core on large instances), otherwise as given.
    /// </summary>
    private static bool Swap(CoverInstance inst, CoverageState state, Deadline deadline, int threads = 0)
    {
        int m = inst.SiteCount;
        var loss = new double[m];
        double tolerance = Epsilon * Math.Max(1, inst.Weight.Sum());
        // Large instances score the candidates in one chunk per core; the chunks' bests combine in index order, so the
        // swap chosen is the one a single pass would choose.
        int chunks = threads > 0 ? threads : inst.NodeSites.Length >= ParallelNonzeros ? Math.Min(Environment.ProcessorCount, 8) : 1;
        var scratch = Enumerable.Range(0, chunks).Select(_ => (Extra: new double[m], Touched: new List<int>())).ToArray();
        var bests = new (double Delta, int Add, int Drop)[chunks];
        for (int pass = 0; pass < 50 * Math.Max(1, inst.Constraints.K); pass++)
        {
            if (deadline.Passed) return false;
            foreach (int r in state.Selected) loss[r] = state.Loss(r);
            Parallel.For(0, chunks, c => bests[c] = BestSwap(inst, state, loss, m * c / chunks, m * (c + 1) / chunks, scratch[c].Extra, scratch[c].Touched, tolerance));
            var best = bests[0];
            for (int c = 1; c < chunks; c++) if (bests[c].Delta > best.Delta) best = bests[c];
            if (best.Add < 0) return true;
            state.Remove(best.Drop);
            state.Add(best.Add);
        }
        return false;
    }

    /// <summary>Node-list nonzeros from which the swap scoring runs in parallel (below, the threads cost more than they save).</summary>
    private const int ParallelNonzeros = 200_000;

    /// <summary>
    /// The best swap (open j, close r) with j in [from, to) that gains more than <paramref name="tolerance"/>; Add = -1 if none.
    /// <paramref name="extra"/> (all zero, left all zero) and <paramref name="touched"/> are the caller's scratch.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (double Delta, int Add, int Drop) BestSwap(CoverInstance inst, CoverageState state, double[] loss, int from, int to,
        double[] extra, List<int> touched, double tolerance)
    {
        (double Delta, int Add, int Drop) best = (tolerance, -1, -1);
        for (int j = from; j < to; j++)
        {
            if (state.Open[j]) continue;
            // extra[r]: weight covered only by r that j also covers, i.e. not lost when j replaces r.
            foreach (int i in inst.NodesOf(j))
            {
                if (state.Count[i] != 1) continue;
                int r = (int)state.SiteSum[i];
                if (extra[r] == 0) touched.Add(r);
                extra[r] += inst.Weight[i];
            }
            foreach (int r in state.Selected)
            {
                if (!state.CanClose(r, j)) continue;
                double delta = state.Gain[j] - loss[r] + extra[r];
                if (delta > best.Delta) best = (delta, j, r);
            }
            foreach (int r in touched) extra[r] = 0;
            touched.Clear();
        }
        return best;
    }

    /// <summary>
    /// Capacitated greedy: a site's gain is min(capacity, unassigned weight in reach); opening it assigns the unassigned
    /// weight of its nodes, the nodes with the fewest sites first, until the capacity is used. No swap phase.
    /// </summary>
    private static CoverSolution CapacitatedMclp(CoverInstance inst)
    {
        var c = inst.Constraints;
        var cap = c.Capacity!;
        var left = (double[])inst.Weight.Clone();
        var assigned = new double[inst.SiteCount];
        var open = new bool[inst.SiteCount];
        var selected = new List<int>();
        var areaCount = new int[c.AreaMin.Length];
        void Open(int s)
        {
            open[s] = true;
            selected.Add(s);
            if (c.Area[s] >= 0) areaCount[c.Area[s]]++;
            var nodes = inst.NodesOf(s).ToArray();
            Array.Sort(nodes, (a, b) => (inst.NodeStart[a + 1] - inst.NodeStart[a]).CompareTo(inst.NodeStart[b + 1] - inst.NodeStart[b]));
            foreach (int i in nodes)
            {
                double take = Math.Min(left[i], cap[s] - assigned[s]);
                if (take <= 0) continue;
                left[i] -= take;
                assigned[s] += take;
            }
        }
        for (int s = 0; s < inst.SiteCount; s++) if (c.Fixed[s]) Open(s);
        while (selected.Count < c.K)
        {
            bool deficit = Enumerable.Range(0, c.AreaMin.Length).Any(a => areaCount[a] < c.AreaMin[a]);
            int best = -1;
            double bestGain = -1;
            for (int s = 0; s < inst.SiteCount; s++)
            {
                if (open[s] || (deficit && (c.Area[s] < 0 || areaCount[c.Area[s]] >= c.AreaMin[c.Area[s]]))) continue;
                double reach = 0;
                foreach (int i in inst.NodesOf(s)) reach += left[i];
                double gain = Math.Min(reach, cap[s]);
                if (gain > bestGain) (best, bestGain) = (s, gain);
            }
            if (best < 0) break;
            Open(best);
        }
        return new CoverSolution(selected.ToArray(), assigned.Sum(), assigned, false, null, "heuristic");
    }

    /// <summary>
    /// Greedy set cover (Chvátal 1979) by weight until every node is covered, or until <paramref name="targetWeight"/> is
    /// reached; then closes redundant non-fixed sites, the latest added first.
    /// </summary>
    public static CoverSolution Lscp(CoverInstance inst, double? targetWeight)
    {
        var state = new CoverageState(inst);
        OpenFixed(inst, state);
        double target = targetWeight ?? double.PositiveInfinity;
        double tolerance = Epsilon * Math.Max(1, inst.Weight.Sum());
        bool Done() => targetWeight is null ? state.UncoveredNodes == 0 : state.Covered >= target - tolerance;
        while (!Done() || !AreasMet(inst, state))
        {
            int s = state.BestAddition();
            if (s < 0 || (state.Gain[s] <= 0 && AreasMet(inst, state))) break;
            state.Add(s);
        }
        for (int k = state.Selected.Count - 1; k >= 0; k--)
        {
            int s = state.Selected[k];
            if (!state.CanClose(s)) continue;
            double loss = state.Loss(s);
            bool keepsCover = targetWeight is null ? !CoversAlone(inst, state, s) : state.Covered - loss >= target - tolerance;
            if (keepsCover) state.Remove(s);
        }
        return new CoverSolution(state.Selected.ToArray(), state.Selected.Count, null, false, null, "heuristic");
    }

    private static bool CoversAlone(CoverInstance inst, CoverageState state, int s)
    {
        foreach (int i in inst.NodesOf(s)) if (state.Count[i] == 1) return true;
        return false;
    }

    private static bool AreasMet(CoverInstance inst, CoverageState state)
    {
        var c = inst.Constraints;
        for (int a = 0; a < c.AreaMin.Length; a++) if (state.AreaCount[a] < c.AreaMin[a]) return false;
        return true;
    }

    private static void OpenFixed(CoverInstance inst, CoverageState state)
    {
        for (int s = 0; s < inst.SiteCount; s++) if (inst.Constraints.Fixed[s]) state.Add(s);
    }
}
