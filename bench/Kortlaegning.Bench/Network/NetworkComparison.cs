using System.Diagnostics;
using System.Globalization;
using Kortlaegning.Domain.Allocation;
using Kortlaegning.Domain.Distance;
using Kortlaegning.Domain.Network;

namespace Kortlaegning.Bench.Network;

/// <summary>
/// Issue 19, the in-process side of bench/network/run.sh: a seeded, ILLUSTRATIVE street network the size of a
/// municipality (<see cref="SyntheticNetwork"/>), 1,000 candidates on its junctions and 20,000 demand points;
/// times the bounded one-to-many distances at 1,200 m (snapping included), an MCLP and a p-median on walking distance;
/// writes the edges and the candidates' start vertices as CSV for the pgRouting side of the same run.
/// </summary>
public static class NetworkComparison
{
    private const double Radius = 1_200;

    public static void Run(string[] args)
    {
        string dir = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? Path.Combine(Path.GetTempPath(), "kortlaegning-bench-network");
        Directory.CreateDirectory(dir);
        var rng = new Random(19);
        var network = SyntheticNetwork.Build(rng);
        var graph = StreetGraph.Build(network.Edges);
        Print($"network: {graph.VertexCount:N0} junctions, {graph.EdgeCount:N0} street segments, {network.Edges.Sum(e => e.Metres) / 1000:N0} km over {network.SideMetres / 1000:N1} × {network.SideMetres / 1000:N1} km (ILLUSTRATIVE, seed 19)");

        var candidateVertices = Enumerable.Range(0, graph.VertexCount).OrderBy(_ => rng.Next()).Take(1_000).ToArray();
        var candidates = candidateVertices.Select(v => new PlanarPoint(graph.X[v], graph.Y[v])).ToArray();
        var demand = Enumerable.Range(0, 20_000).Select(_ => network.RandomPoint(rng)).ToArray();
        WriteCsv(dir, network, graph, candidateVertices);

        // --pmedian-only: the network and the p-median alone (while working on it; the documented runs time everything).
        bool only = args.Contains("--pmedian-only");
        // Distances alone: 3 warm-up rounds, then 5 timed, a fresh provider each time (nothing cached between runs).
        long pairs = 0;
        var times = new List<double>();
        for (int round = 0; round < (only ? 0 : 8); round++)
        {
            var walk = new NetworkDistance(graph, NetworkProfile.Walk, 200);
            var watch = Stopwatch.StartNew();
            var rows = walk.Within(candidates, demand, Radius);
            watch.Stop();
            pairs = rows.Sum(r => (long)r.Count);
            if (round >= 3) times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        if (!only) Print($"in-process: 1,000 candidates × 20,000 demand points within {Radius:N0} m on foot: median {times[times.Count / 2]:N0} ms (min {times[0]:N0}, max {times[^1]:N0}), {pairs:N0} pairs");

        // Reached junctions from each candidate's vertex, the quantity pgr_drivingDistance answers, for the cross-check.
        var search = new NetworkSearch(graph);
        long reached = 0;
        var sw = Stopwatch.StartNew();
        foreach (int v in only ? [] : candidateVertices)
        {
            search.Run(new NetworkSnap(FirstEdge(graph, v), Offset(graph, v), 0), Radius);
            reached += search.Settled.Count(u => search.Distance(u) <= Radius);
        }
        sw.Stop();
        if (!only) Print($"in-process: junctions within {Radius:N0} m of the 1,000 start vertices: {reached:N0} ({sw.Elapsed.TotalMilliseconds:N0} ms, one bounded Dijkstra each)");

        var weights = demand.Select(_ => (double)rng.Next(1, 11)).ToArray();
        if (!only) Solve("MCLP k = 20", AllocationObjective.Mclp, demand, weights, candidates, graph, 20, 10, 0);
        // The p-median target is "proven within 0.5 %": the solve stops once its bound proves that.
        Solve("p-median k = 20", AllocationObjective.PMedian, demand, weights, candidates, graph, 20, 10, 0.005);
    }

    private static void Solve(string name, AllocationObjective objective, PlanarPoint[] demand, double[] weights, PlanarPoint[] candidates,
        StreetGraph graph, int k, double seconds, double gapLimit)
    {
        var problem = new AllocationProblem
        {
            Objective = objective,
            K = k,
            RadiusMetres = Radius,
            Demand = demand.Select((p, i) => new DemandPoint($"d{i}", p, weights[i])).ToArray(),
            Candidates = candidates.Select((p, j) => new CandidateSite($"c{j}", p)).ToArray(),
            TimeLimitSeconds = seconds,
            Solver = SolverChoice.Auto,
            RelativeGapLimit = gapLimit,
        };
        var phases = new List<string>();
        var watch = Stopwatch.StartNew();
        var result = LocationAllocation.Solve(problem, new NetworkDistance(graph, NetworkProfile.Walk, 200),
            (phase, s) => phases.Add(FormattableString.Invariant($"{phase} {s:0.00} s")), CancellationToken.None);
        watch.Stop();
        Print(FormattableString.Invariant($"{name} on walking distance, 20,000 × 1,000, r = {Radius:0} m: {watch.Elapsed.TotalSeconds:0.00} s including distances, optimal {result.Optimal}, gap {(result.Gap is { } g ? $"{100 * g:0.000} %" : "none")}, solver {result.Solver}, objective {result.ObjectiveValue:0.#}, bound {result.Bound:0.#}, unreachable weight {result.UncoverableWeight:0.#} of {result.TotalWeight:0.#} (phases: {string.Join(", ", phases)})"));
    }

    /// <summary>An edge at the vertex, and the offset of the vertex along it (0 at its source, its length at its target).</summary>
    private static int FirstEdge(StreetGraph g, int v) => g.ArcEdge[g.First[v]];

    private static double Offset(StreetGraph g, int v)
    {
        int e = FirstEdge(g, v);
        return g.EdgeSource[e] == v ? 0 : g.EdgeMetres[e];
    }

    private static void WriteCsv(string dir, SyntheticNetwork network, StreetGraph graph, int[] candidateVertices)
    {
        using (var w = new StreamWriter(Path.Combine(dir, "edges.csv")))
        {
            foreach (var e in network.Edges) w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{e.Id},{e.Source},{e.Target},{e.Metres:R},{e.Metres:R}"));
        }
        File.WriteAllLines(Path.Combine(dir, "starts.csv"), candidateVertices.Select(v => graph.VertexIds[v].ToString(CultureInfo.InvariantCulture)));
        Print($"wrote {dir}/edges.csv and {dir}/starts.csv for pgRouting");
    }

    private static void Print(string line) => Console.WriteLine(line);
}
