using System.Diagnostics;
using System.Globalization;
using Kortlaegning.Domain.Allocation;

namespace Kortlaegning.Bench.Allocation;

/// <summary>
/// Where the exact MCLP's time goes on the B instances (docs/allocation.md, "Exact solvers"): the reduced instance, the
/// heuristic, the subgradient bound after 0.05–4 s, and the LP relaxation (as its dual, MclpLp) with an OR-Tools LP solver (GLOP, HIGHS_LP, CLP,
/// PDLP) on the whole and on the subgradient-restricted instance, the LP by column generation (GLOP); optionally SCIP alone
/// on the whole instance.
/// Usage: allocation-bounds [filter] [lp-solver] [lp-seconds] [scip-seconds]
/// </summary>
internal static class AllocationBounds
{
    public static void Run(string[] args)
    {
        string only = args.Length > 0 ? args[0] : "B-";
        string lpSolver = args.Length > 1 ? args[1] : "GLOP";
        double lpSeconds = args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 30;
        double? scipSeconds = args.Length > 3 ? double.Parse(args[3], CultureInfo.InvariantCulture) : null;
        foreach (var c in AllocationComparison.Cases.Where(c => c.Name.StartsWith("B-", StringComparison.Ordinal) && c.Name.Contains(only, StringComparison.Ordinal)))
        {
            var inst = MunicipalityInstances.ReducedCover(c);
            Print($"{c.Name}: {inst.NodeCount} nodes, {inst.SiteCount} sites, {inst.NodeSites.Length} nonzeros after reduction");
            var h = CoverHeuristic.Mclp(inst, long.MaxValue);
            Print($"  heuristic {h.Objective:0}");
            CoverBound.Result? sub = null;
            double incumbent = h.Objective;
            foreach (double t in new[] { 0.05, 0.25, 0.5, 1, 2, 4 })
            {
                sub = CoverBound.Mclp(inst, h.Objective, double.PositiveInfinity, Stopwatch.GetTimestamp() + (long)(Stopwatch.Frequency * t));
                var rounded = CoverHeuristic.Round(inst, sub.Y, long.MaxValue, "lagrangian");
                incumbent = Math.Max(h.Objective, rounded.Objective);
                Print($"  subgradient {t} s: bound {sub.Bound:0} ({Gap(h.Objective, sub.Bound)}), keeps {Kept(sub, h.Objective)} sites; its y rounded + swaps {rounded.Objective:0} ({Gap(rounded.Objective, sub.Bound)}), against which it keeps {Kept(sub, rounded.Objective)}");
            }
            foreach (int perK in new[] { 3, 10 })
            {
                // Column generation (MclpExact's LP stage) from the incumbent and the sites the averaged relaxation opens most.
                var watch = Stopwatch.StartNew();
                var start = CoverHeuristic.Round(inst, sub!.Y, long.MaxValue, "lagrangian").Sites
                    .Concat(Enumerable.Range(0, inst.SiteCount).OrderByDescending(s => sub.Y[s]).ThenByDescending(s => sub.Costs[s]).Take(perK * c.K));
                var cg = MclpColumnGeneration.Solve(inst, start, () => lpSeconds - watch.Elapsed.TotalSeconds, default);
                Print(cg is null
                    ? $"  column generation from {perK}K sites: no LP solved in {watch.Elapsed.TotalSeconds:0.00} s"
                    : $"  column generation from {perK}K sites: {watch.Elapsed.TotalSeconds:0.00} s, {cg.Rounds} rounds, {cg.Sites.Length} sites, converged {cg.Converged}, L(duals) {cg.Certificate.Bound:0} ({Gap(incumbent, cg.Certificate.Bound)}), keeps {Kept(cg.Certificate, incumbent)} sites against {incumbent:0}");
            }
            var excluded = sub!.Excluded(incumbent);
            var keep = Enumerable.Range(0, inst.SiteCount).Where(s => !excluded[s]).ToArray();
            foreach (var (label, target) in new[] { ("whole", inst), ("restricted", CoverReduction.Restrict(inst, keep).Instance) })
            {
                var watch = Stopwatch.StartNew();
                var lp = MclpLp.Solve(target, lpSeconds, default, lpSolver);
                if (lp is null)
                {
                    Print($"  {lpSolver} LP, {label} ({target.NodeSites.Length} nonzeros): not solved in {watch.Elapsed.TotalSeconds:0.0} s");
                    continue;
                }
                var at = CoverBound.AtMultipliers(target, lp.Lambda);
                var rounded = CoverHeuristic.Round(target, lp.Y, long.MaxValue, "lp");
                Print($"  {lpSolver} LP, {label} ({target.NodeSites.Length} nonzeros): {watch.Elapsed.TotalSeconds:0.00} s, LP {lp.Value:0}, L(duals) {at.Bound:0} ({Gap(h.Objective, at.Bound)}), keeps {Kept(at, h.Objective)} sites, {lp.Y.Count(v => v > 1e-6 && v < 1 - 1e-6)} fractional y, rounded + swaps {rounded.Objective:0}");
            }
            if (scipSeconds is { } limit)
            {
                var watch = Stopwatch.StartNew();
                var e = MclpMip.Solve(inst, h, limit, 0, default);
                Print($"  SCIP alone, whole instance, {limit} s: {watch.Elapsed.TotalSeconds:0.0} s, objective {e?.Objective:0}, bound {e?.Bound:0}, optimal {e?.Optimal}");
            }
        }
    }

    private static string Gap(double objective, double bound) => ((bound - objective) / bound).ToString("P3", CultureInfo.InvariantCulture);

    private static int Kept(CoverBound.Result r, double incumbent) => r.Excluded(incumbent).Count(e => !e);

    private static void Print(string line) => Console.WriteLine(line);
}
