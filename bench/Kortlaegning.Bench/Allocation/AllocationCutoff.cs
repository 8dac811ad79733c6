using System.Diagnostics;
using System.Globalization;
using Google.OrTools.Sat;
using Kortlaegning.Domain.Allocation;

namespace Kortlaegning.Bench.Allocation;

/// <summary>
/// How far below the LP bound an MCLP optimum lies (docs/benchmarks.md, B Odder). For multipliers λ in [0, w] and any
/// selection S with coverage z and cover counts n_i, the Lagrangian bound L(λ) of <see cref="CoverBound"/> splits exactly:
/// <code>
/// L(λ) − f(S) = Σ_i (w_i − λ_i)(1 − z_i) + Σ_i λ_i (n_i − z_i) + (Σ of the K largest c_j − Σ_{j∈S} c_j)
/// </code>
/// with every term ≥ 0. So a selection worth at least T, Δ = L(λ) − T, covers every node with w_i − λ_i > Δ, covers at
/// most once every node with λ_i > Δ, and holds only sites the reduced-cost test keeps. At the LP's λ and Δ below the
/// weights these rules leave a small, tight model; CP-SAT (integer weights, exact arithmetic) says whether any selection
/// worth T exists. "Infeasible" proves the optimum below T; a selection found is counted here.
/// Usage: allocation-cutoff [filter] [seconds] [below L, ...] (defaults B-odder, 150, 500 1000 2000).
/// </summary>
internal static class AllocationCutoff
{
    public static void Run(string[] args)
    {
        string only = args.Length > 0 ? args[0] : "B-odder";
        double seconds = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 150;
        var below = args.Length > 2 ? args[2..].Select(a => double.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [500, 1000, 2000];
        var c = AllocationComparison.Cases.Single(c => c.Name == only);
        var inst = MunicipalityInstances.ReducedCover(c);
        var watch = Stopwatch.StartNew();
        var lp = MclpLp.Solve(inst, 600, default) ?? throw new InvalidOperationException("The LP was not solved.");
        var at = CoverBound.AtMultipliers(inst, lp.Lambda);
        Console.WriteLine($"{c.Name}: {inst.NodeCount} nodes, {inst.SiteCount} sites; LP {lp.Value:0.000} in {watch.Elapsed.TotalSeconds:0.0} s, L(λ) {at.Bound:0.000}");
        foreach (double b in below)
        {
            double target = Math.Floor(at.Bound) - b;
            watch.Restart();
            var (status, sites, counted, kept) = AtLeast(inst, at, target, seconds);
            Console.WriteLine(sites is null
                ? $"  T = L − {b} = {target}: {kept} sites kept, CP-SAT {status} in {watch.Elapsed.TotalSeconds:0.0} s"
                : $"  T = L − {b} = {target}: {kept} sites kept, CP-SAT {status} in {watch.Elapsed.TotalSeconds:0.0} s, selection worth {counted} (counted here)");
        }
    }

    private static (CpSolverStatus Status, int[]? Sites, double Counted, int Kept) AtLeast(CoverInstance inst, CoverBound.Result at, double target, double seconds)
    {
        double delta = at.Bound - target;
        var lambda = at.Multipliers;
        var excluded = at.Excluded(target);
        var model = new CpModel();
        var y = new BoolVar?[inst.SiteCount];
        for (int s = 0; s < inst.SiteCount; s++) if (!excluded[s]) y[s] = model.NewBoolVar("");
        var kept = y.OfType<BoolVar>().ToArray();
        model.Add(LinearExpr.Sum(kept) == inst.Constraints.K);
        var worth = new List<(BoolVar Literal, long Weight)>();
        long constant = 0;
        for (int i = 0; i < inst.NodeCount; i++)
        {
            var sites = inst.SitesOf(i).ToArray().Where(s => y[s] is not null).Select(s => y[s]!).ToArray();
            long w = (long)inst.Weight[i];
            bool cover = inst.Weight[i] - lambda[i] > delta, once = lambda[i] > delta;
            if (cover)
            {
                if (sites.Length == 0) return (CpSolverStatus.Infeasible, null, 0, kept.Length);
                model.AddBoolOr(sites);
                constant += w;
            }
            if (once) model.AddAtMostOne(sites);
            if (cover || sites.Length == 0) continue;
            // Covered at most once: z_i = Σ y; otherwise z_i ≤ Σ y as its own literal.
            if (once) foreach (var s in sites) worth.Add((s, w));
            else
            {
                var z = model.NewBoolVar("");
                model.AddBoolOr(sites.Cast<ILiteral>().Append(z.Not()));
                worth.Add((z, w));
            }
        }
        model.Add(LinearExpr.WeightedSum(worth.Select(t => t.Literal), worth.Select(t => t.Weight)) >= (long)target - constant);
        var solver = new CpSolver { StringParameters = string.Create(CultureInfo.InvariantCulture, $"max_time_in_seconds:{seconds} num_workers:2") };
        var status = solver.Solve(model);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible)) return (status, null, 0, kept.Length);
        var selected = Enumerable.Range(0, inst.SiteCount).Where(s => y[s] is { } v && solver.BooleanValue(v)).ToArray();
        var state = new CoverageState(inst);
        foreach (int s in selected) state.Add(s);
        return (status, selected, state.Covered, kept.Length);
    }
}
