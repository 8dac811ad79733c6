using System.Diagnostics;
using System.Globalization;
using Kortlaegning.Domain.Allocation;
using Kortlaegning.Domain.Distance;

namespace Kortlaegning.Bench.Allocation;

/// <summary>
/// Issue 6 targets: writes the seeded municipality instances for the PuLP/CBC script and times our solvers on them.
/// Run through bench/allocation/run.sh, or: dotnet run -c Release --project bench/Kortlaegning.Bench -- allocation OUTDIR [GEOJSON]
/// Each solve runs in-process after one warm-up solve (JIT, native OR-Tools load); times are wall clock of
/// <see cref="LocationAllocation.Solve"/> including the radius search and reductions.
/// </summary>
internal static class AllocationComparison
{
    internal sealed record Case(string Name, string Komkode, string Kommune, int Demand, int Candidates, int K, double Radius, double Limit);

    internal static readonly Case[] Cases =
    [
        new("A-aalborg", "0851", "Aalborg", 20_000, 1_000, 20, 800, 10),
        new("A-odense", "0461", "Odense", 20_000, 1_000, 20, 800, 10),
        new("B-esbjerg", "0561", "Esbjerg", 50_000, 2_000, 30, 1_200, 5),
        new("B-odense", "0461", "Odense", 50_000, 2_000, 30, 1_200, 5),
        new("B-aalborg", "0851", "Aalborg", 50_000, 2_000, 30, 1_200, 5),
        new("B-silkeborg", "0740", "Silkeborg", 50_000, 2_000, 30, 1_200, 5),
        new("B-odder", "0727", "Odder", 50_000, 2_000, 30, 1_200, 5),
    ];

    public static void Run(string[] args)
    {
        string outDir = args.Length > 0 ? args[0] : "bench/out/allocation";
        string geojson = args.Length > 1 ? args[1] : "/work/shared/data/dagi/kommuner.geojson";
        Directory.CreateDirectory(outDir);
        WarmUp();
        Console.WriteLine("instance\tsolver\tseconds\tobjective\toptimal\tbound\tgap");
        string only = args.Length > 2 ? args[2] : "";
        foreach (var c in Cases.Where(c => c.Name.Contains(only, StringComparison.Ordinal)))
        {
            var area = MunicipalityInstances.Load(geojson, c.Komkode);
            var problem = MunicipalityInstances.Mclp(area, seed: 6, c.Demand, c.Candidates, c.K, c.Radius);
            MunicipalityInstances.Write(problem, Path.Combine(outDir, c.Name + ".txt"));
            // The instant answer: its first call on an instance this size runs partly in tier-0 JIT code; a service answers
            // the same request again and again, so the steady state is the median of five (the first is printed too).
            var heuristic = problem with { Solver = SolverChoice.Heuristic, TimeLimitSeconds = c.Limit };
            Report(c.Name, "ours-heuristic-first", heuristic);
            Report(c.Name, "ours-heuristic-median5", heuristic, repeat: 5);
            Report(c.Name, $"ours-auto-{c.Limit:0}s", problem with { Solver = SolverChoice.Auto, TimeLimitSeconds = c.Limit });
            Report(c.Name, "ours-auto-30s", problem with { Solver = SolverChoice.Auto, TimeLimitSeconds = 30 });
        }
    }

    /// <summary>
    /// Phase profile on the B instances: heuristic, and auto with a 1 s limit (or the third argument), for MCLP and p-median; each solve prints
    /// its wall clock (heuristic: the median of three, phases of the last), solver label, objective, gap and the seconds of each phase. Usage: allocation-phases [GEOJSON] [filter] [auto-limit].
    /// </summary>
    public static void Phases(string[] args)
    {
        string geojson = args.Length > 0 ? args[0] : "/work/shared/data/dagi/kommuner.geojson";
        string only = args.Length > 1 ? args[1] : "";
        double autoLimit = args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 1;
        WarmUp();
        Console.WriteLine("instance\tobjective\tsolver-choice\tlimit\tseconds\tsolver\tvalue\toptimal\tgap\tphases");
        foreach (var c in Cases.Where(c => c.Name.StartsWith("B-", StringComparison.Ordinal) && c.Name.Contains(only, StringComparison.Ordinal)))
        {
            var area = MunicipalityInstances.Load(geojson, c.Komkode);
            var problem = MunicipalityInstances.Mclp(area, seed: 6, c.Demand, c.Candidates, c.K, c.Radius);
            foreach (var objective in new[] { AllocationObjective.Mclp, AllocationObjective.PMedian })
            {
                foreach (var (solver, limit) in new[] { (SolverChoice.Heuristic, c.Limit), (SolverChoice.Auto, autoLimit) })
                {
                    Report(c.Name, $"{objective}\t{solver}\t{limit:0}", problem with { Objective = objective, Solver = solver, TimeLimitSeconds = limit }, phases: true,
                        repeat: solver == SolverChoice.Heuristic ? 3 : 1);
                }
            }
        }
        // The uniform square of TimeLimitTests (50,000 × 2,000 in 20 km × 20 km, seed 42).
        var rng = new Random(42);
        var square = new AllocationProblem
        {
            Objective = AllocationObjective.Mclp,
            K = 30,
            RadiusMetres = 1_200,
            Demand = Enumerable.Range(0, 50_000).Select(i => new DemandPoint($"d{i}", new PlanarPoint(rng.NextDouble() * 20_000, rng.NextDouble() * 20_000), rng.Next(1, 500))).ToArray(),
            Candidates = Enumerable.Range(0, 2_000).Select(j => new CandidateSite($"c{j}", new PlanarPoint(rng.NextDouble() * 20_000, rng.NextDouble() * 20_000))).ToArray(),
        };
        if (!"U-square".Contains(only, StringComparison.Ordinal)) return;
        foreach (var objective in new[] { AllocationObjective.Mclp, AllocationObjective.PMedian })
        {
            Report("U-square", $"{objective}\tAuto\t1", square with { Objective = objective, TimeLimitSeconds = 1 }, phases: true);
        }
    }

    /// <summary>Solves <paramref name="repeat"/> times and prints the median wall clock with the (identical) answer.</summary>
    private static void Report(string name, string label, AllocationProblem p, bool phases = false, int repeat = 1)
    {
        var timings = new List<string>();
        var seconds = new List<double>();
        AllocationResult r = null!;
        for (int run = 0; run < repeat; run++)
        {
            timings.Clear();
            var watch = Stopwatch.StartNew();
            r = LocationAllocation.Solve(p, EuclideanDistance.Instance,
                phases ? (phase, s) => timings.Add(string.Create(CultureInfo.InvariantCulture, $"{phase}={s * 1000:0}ms")) : null);
            seconds.Add(watch.Elapsed.TotalSeconds);
        }
        double median = seconds.Order().ElementAt(seconds.Count / 2);
        string line = phases
            ? $"{name}\t{label}\t{median:0.000}\t{r.Solver}\t{r.ObjectiveValue:0}\t{r.Optimal}\t{r.Gap:0.0000}\t{string.Join(' ', timings)}"
            : $"{name}\t{label}\t{median:0.000}\t{r.ObjectiveValue:0}\t{r.Optimal}\t{r.Bound:0.#}\t{r.Gap:0.000000}";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{line}"));
    }

    private static void WarmUp()
    {
        var rng = new Random(1);
        var p = new AllocationProblem
        {
            Objective = AllocationObjective.Mclp,
            K = 3,
            RadiusMetres = 300,
            Demand = Enumerable.Range(0, 500).Select(i => new DemandPoint($"d{i}", new PlanarPoint(rng.Next(3000), rng.Next(3000)), 1)).ToArray(),
            Candidates = Enumerable.Range(0, 50).Select(j => new CandidateSite($"c{j}", new PlanarPoint(rng.Next(3000), rng.Next(3000)))).ToArray(),
        };
        LocationAllocation.Solve(p, EuclideanDistance.Instance);
    }
}
