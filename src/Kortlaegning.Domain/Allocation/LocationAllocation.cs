using Kortlaegning.Domain.Distance;

namespace Kortlaegning.Domain.Allocation;

/// <summary>
/// Entry point for location-allocation: MCLP, p-median and LSCP with fixed sites, capacities (MCLP) and minimum sites per
/// area. Solver "heuristic" answers in milliseconds; "exact" hands a greedy start to the exact solver (SCIP for uncapacitated
/// MCLP, CP-SAT otherwise); "auto" runs the full heuristic (greedy + swaps), then the exact solver within the time limit,
/// and returns the better selection with the exact solver's bound and gap.
/// Formulations, reductions and the gap definition: docs/allocation.md.
/// </summary>
public static class LocationAllocation
{
    /// <summary>Share of the time limit kept back for building the result after the exact solver stops.</summary>
    private const double ReportReserve = 0.1;

    /// <summary>Share of the time limit (from the start) after which the dominated-site test stops.</summary>
    private const double DominanceShare = 0.3;

    /// <summary>Share of the time limit (from the start) by which the MCLP subgradient bound stops, unless it converged first.</summary>
    private const double BoundShare = 0.4;

    /// <summary>Checks a problem without solving it (the same checks <c>Solve</c> starts with).</summary>
    /// <exception cref="AllocationValidationException">The request is invalid or too large; lists every bad field.</exception>
    public static void Validate(AllocationProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        AllocationValidator.Validate(problem);
    }

    /// <summary>
    /// Solves within <see cref="AllocationProblem.TimeLimitSeconds"/> as measured by <paramref name="time"/> (the system
    /// clock when null). Cancelling <paramref name="ct"/> stops the loops at their next deadline check and the solve
    /// throws <see cref="OperationCanceledException"/> at the end of the phase.
    /// </summary>
    /// <exception cref="AllocationValidationException">The request is invalid or too large; lists every bad field.</exception>
    public static AllocationResult Solve(AllocationProblem problem, IDistanceProvider distances, CancellationToken ct = default, TimeProvider? time = null) =>
        Solve(problem, distances, null, ct, time);

    /// <summary>As <see cref="Solve(AllocationProblem, IDistanceProvider, CancellationToken, TimeProvider?)"/>, reporting each phase's seconds.</summary>
    internal static AllocationResult Solve(AllocationProblem problem, IDistanceProvider distances, Action<string, double>? phases, CancellationToken ct = default, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(distances);
        AllocationValidator.Validate(problem);
        ct.ThrowIfCancellationRequested();
        var clock = new SolveClock(time ?? TimeProvider.System, problem.TimeLimitSeconds, phases, ct);
        var input = new AllocationInput(problem, distances);
        var outcome = problem.Objective == AllocationObjective.PMedian
            ? PMedianSolve(input, clock, ct)
            : CoverSolve(input, clock, ct);
        var result = AllocationReport.Build(input, outcome, 0, clock.Deadline(1 - ReportReserve / 2));
        clock.Mark("report");
        return result with { Seconds = clock.Elapsed };
    }

    private static Chosen CoverSolve(AllocationInput input, SolveClock clock, CancellationToken ct)
    {
        var p = input.Problem;
        bool mclp = p.Objective == AllocationObjective.Mclp;
        var original = input.CoverInstance();
        clock.Mark("radius");
        // Identical-coverage merging is cheap and always done; the dominated-site test only helps the exact model, so the
        // heuristic skips it and otherwise it gets at most 30 % of the limit (what it dropped by then stays dropped).
        var reduced = CoverReduction.Reduce(original, keepK: mclp, dropDominated: p.Solver != SolverChoice.Heuristic,
            deadline: clock.Deadline(DominanceShare));
        clock.Mark("reduce");
        var inst = reduced.Instance;
        double? target = p.CoverageTarget is { } t ? Math.Min(t * input.TotalWeight, inst.Weight.Sum()) : null;

        // Solver "exact" hands the plain greedy start to the exact model; otherwise greedy + swaps until half the limit.
        var heuristic = !mclp ? CoverHeuristic.Lscp(inst, target)
            : CoverHeuristic.Mclp(inst, clock.Deadline(0.5), swap: !(p.Solver == SolverChoice.Exact && inst.Constraints.Capacity is null));
        clock.Mark("heuristic");
        CoverBound.Result? lagrangianResult = null;
        if (mclp && inst.Constraints.Capacity is null && heuristic.Bound is { } cheap && AllocationReport.Gap(heuristic.Objective, cheap) > 1e-9)
        {
            // Lagrangian bound: ~40 ms for the instant answer, otherwise until it converges or 40 % of the limit has passed.
            var until = p.Solver == SolverChoice.Heuristic
                ? clock.At(Math.Min(clock.Now + clock.Frequency / 25, clock.Ticks(0.5)))
                : clock.Deadline(BoundShare);
            // Beyond the instant answer, the relaxation's averaged y is rounded and improved by swaps whenever the step
            // scale halves: it escapes the local optimum the swaps from greedy got stuck in (by 0.5 % on dense instances,
            // docs/allocation.md), and the better incumbent lets the reduced-cost test exclude more sites.
            // Rounding takes at most a quarter of the phase (its swaps cost ~100 ms on the densest instances, and the bound
            // needs the iterations).
            var incumbent = heuristic;
            long phaseStart = clock.Now, rounding = 0;
            Func<double[], double>? round = p.Solver == SolverChoice.Heuristic ? null : y =>
            {
                if (4 * rounding > clock.Now - phaseStart) return incumbent.Objective;
                long started = clock.Now;
                var rounded = CoverHeuristic.Round(inst, y, clock.Deadline(BoundShare + 0.05), "lagrangian");
                if (rounded.Objective > incumbent.Objective) incumbent = rounded;
                rounding += clock.Now - started;
                return incumbent.Objective;
            };
            var lagrangian = CoverBound.Mclp(inst, heuristic.Objective, cheap, until, round);
            round?.Invoke(lagrangian.Y);
            clock.Mark("bound");
            // A bound below the incumbent can only be rounding in the sums of λ.
            heuristic = incumbent with { Bound = Math.Max(lagrangian.Bound, incumbent.Objective) };
            lagrangianResult = lagrangian;
        }
        CoverSolution? exact = null;
        bool provenByBound = heuristic.Bound is { } hb && AllocationReport.Gap(heuristic.Objective, hb) <= 1e-9;
        if (p.Solver != SolverChoice.Heuristic && !provenByBound)
        {
            if (mclp && inst.Constraints.Capacity is null)
            {
                exact = MclpExact.Solve(inst, heuristic, lagrangianResult, clock, ReportReserve, p.RelativeGapLimit, ct);
            }
            else if (clock.Remaining(ReportReserve) > 2 * BuildSeconds(inst.NodeSites.Length))
            {
                // The solver's own limit starts after the model is built and does not cover its presolve: leave room for both.
                double seconds = clock.Remaining(ReportReserve) - BuildSeconds(inst.NodeSites.Length);
                exact = mclp ? CoverExact.Mclp(inst, heuristic, seconds, p.RelativeGapLimit, ct)
                    : CoverExact.Lscp(inst, target, heuristic, seconds, p.RelativeGapLimit, ct);
                clock.Mark("exact");
            }
        }
        var best = Pick(heuristic, exact, maximise: mclp);
        var sites = best.Sites.Select(s => reduced.SiteMap[s]).ToArray();
        double[]? assigned = null;
        if (best.Assigned is not null)
        {
            assigned = new double[original.SiteCount];
            for (int s = 0; s < best.Assigned.Length; s++) assigned[reduced.SiteMap[s]] = best.Assigned[s];
        }
        // MCLP: both bounds are upper bounds, keep the tighter. LSCP: only the exact solver bounds the count.
        double? bound = best.Optimal ? best.Objective : Tighter(exact?.Bound, heuristic.Bound, upper: mclp);
        return new Chosen(sites, assigned, best.Optimal, bound, best.Solver);
    }

    private static Chosen PMedianSolve(AllocationInput input, SolveClock clock, CancellationToken ct)
    {
        var p = input.Problem;
        var inst = PMedianInstance.Build(input.DemandPoints, input.Weights, input.SitePoints, input.Distances, p.PMedianNeighbours, input.Constraints);
        clock.Mark("instance");
        var heuristic = PMedianHeuristic.Solve(inst, clock.Deadline(0.5), swap: p.Solver != SolverChoice.Exact);
        clock.Mark("heuristic");
        bool closed = false;
        // Lagrangian bound (PMedianBound): ~40 ms for the instant answer, otherwise up to 40 % of the limit; on lists around
        // the selection (too many pairs for the exact model to pay off) until 80 %.
        var boundDeadline = p.Solver == SolverChoice.Heuristic
            ? clock.At(Math.Min(clock.Now + clock.Frequency / 25, clock.Ticks(0.5)))
            : clock.Deadline(inst.Complete ? BoundShare : 1 - 2 * ReportReserve);
        // The instant answer keeps the short lists (each round of lists around a selection costs a search per candidate), and
        // so do providers without pruned searches (straight lines through Nearest + radius queries took 35 s on the
        // 50,000 × 2,000 uniform square) and solves whose limit would not hold a round of lists.
        var reach = input.Distances as ISelectionReach;
        if (reach is null || inst.Complete || heuristic.Sites.Length == 0 || p.Solver == SolverChoice.Heuristic
            || clock.Remaining(ReportReserve) <= 2 * ListSeconds(inst.Site.Length))
        {
            (heuristic, closed) = PMedianBound.Tighten(inst, heuristic, boundDeadline, p.RelativeGapLimit, swaps: p.Solver == SolverChoice.Auto);
            clock.Mark("bound");
        }
        else
        {
            (inst, heuristic, closed) = AroundSelections(input, reach, inst, heuristic, clock, boundDeadline);
        }
        CoverSolution? exact = null;
        if (p.Solver != SolverChoice.Heuristic && !closed && clock.Remaining(ReportReserve) > 2 * BuildSeconds(inst.Site.Length))
        {
            exact = PMedianExact.Solve(inst, heuristic, clock.Remaining(ReportReserve) - BuildSeconds(inst.Site.Length), p.RelativeGapLimit, ct);
            clock.Mark("exact");
        }
        // Compare on true distances: the sparse cost can undercharge demand whose listed sites are all closed.
        var best = heuristic;
        bool optimal = false;
        if (exact is { Sites.Length: > 0 })
        {
            double heuristicCost = input.PMedianCost(heuristic.Sites);
            double exactCost = input.PMedianCost(exact.Sites);
            // The sparse optimum is the true optimum when no demand point had to use its fallback distance,
            // i.e. when its sparse cost (recomputed in doubles, free of CP-SAT's integer rounding) equals its true cost.
            optimal = exact.Optimal && exactCost <= inst.SparseCost(exact.Sites) * (1 + 1e-9) + 1e-9;
            if (optimal || exactCost < heuristicCost) best = exact;
        }
        clock.Mark("compare");
        // Both bounds are lower bounds on the true optimum (the sparse model is a relaxation): keep the tighter.
        return new Chosen(best.Sites, null, optimal, optimal ? input.PMedianCost(best.Sites) : Tighter(exact?.Bound, heuristic.Bound, upper: false), best.Solver);
    }

    /// <summary>
    /// Short lists rarely hold a point's nearest open site when k is small against m, so most demand would be priced at its
    /// fallback and the bound stay far below the optimum (issue 19). Lists around the heuristic's selection hold every
    /// point's assigned site and all nearer ones (<see cref="PMedianInstance.AroundSelection"/>); the swaps resume on them,
    /// then the Lagrangian bound runs on them. Where the swaps move a point's nearest open site beyond its list (the
    /// fallback then undercharges it), the lists are grown around that selection as well, up to <see cref="ListRounds"/>
    /// times while half the limit is left: only the rows whose limit grows are searched again
    /// (<see cref="PMedianInstance.GrownAround"/>; the lists around all selections so far, rebuilt from scratch when more
    /// rows than candidates would grow). The selection kept is the cheapest on true distances, the bound the highest of the
    /// rounds (each is a lower bound: every instance is a relaxation).
    /// </summary>
    private static (PMedianInstance Instance, CoverSolution Solution, bool Closed) AroundSelections(AllocationInput input, ISelectionReach reach, PMedianInstance shortLists,
        CoverSolution heuristic, SolveClock clock, Deadline boundDeadline)
    {
        var p = input.Problem;
        double bestCost = input.PMedianCost(heuristic.Sites);
        double? bound = heuristic.Bound;
        var best = heuristic;
        double slack = SlackShare * bestCost / Math.Max(shortLists.Weight.Sum(), double.Epsilon);
        var around = new List<IReadOnlyList<int>> { heuristic.Sites };
        var inst = PMedianInstance.AroundSelection(input.DemandPoints, input.Weights, input.SitePoints, reach, around, slack, input.Constraints);
        clock.Mark("lists");
        bool closed = false;
        for (int round = 0; round < ListRounds && !closed; round++)
        {
            if (round > 0)
            {
                var latest = around[^1];
                // Only the rows that do not list their nearest site of the latest selection grow (room 0): the swaps are
                // then priced on true distances. Growing also the rows left with less than the slack above that site
                // (room = slack, the lists a rebuild around every selection gives) searched 6,877 of 20,000 rows on the
                // street-network benchmark instead of 439, and the bound reached 0.5 % without them.
                inst = inst.GrownAround(input.DemandPoints, input.SitePoints, input.Distances, reach, latest, slack, room: 0, maxRows: inst.SiteCount, out _)
                    ?? PMedianInstance.AroundSelection(input.DemandPoints, input.Weights, input.SitePoints, reach, around, slack, input.Constraints);
                clock.Mark("grow");
            }
            var improved = PMedianHeuristic.Improve(inst, best, clock.Deadline(0.5), swap: p.Solver != SolverChoice.Exact);
            double improvedCost = input.PMedianCost(improved.Sites);
            bound = Tighter(bound, improved.Bound, upper: false);
            clock.Mark("swaps");
            if (improvedCost < bestCost) (best, bestCost) = (improved, improvedCost);
            inst.SparseCost(improved.Sites, out bool inside);
            // Another round only while half the limit is left, and only when the undercharge matters: more than a tenth of
            // the gap asked for (always when optimality is asked).
            bool matters = improvedCost - improved.Objective > 0.1 * p.RelativeGapLimit * improvedCost;
            if (!inside && matters && round + 1 < ListRounds && !clock.Deadline(0.5).Passed)
            {
                around.Add(improved.Sites);
                continue;
            }
            var start = best with { Objective = inst.SparseCost(best.Sites) };
            var (tightened, _) = PMedianBound.Tighten(inst, start, boundDeadline, p.RelativeGapLimit, swaps: p.Solver == SolverChoice.Auto);
            clock.Mark("bound");
            bound = Tighter(bound, tightened.Bound, upper: false);
            double tightenedCost = input.PMedianCost(tightened.Sites);
            if (tightenedCost < bestCost) (best, bestCost) = (tightened, tightenedCost);
            closed = bound is { } b && AllocationReport.Gap(bestCost, b) <= Math.Max(p.RelativeGapLimit, 1e-9);
            inst.SparseCost(best.Sites, out inside);
            if (inside || boundDeadline.Passed) break;
            around.Add(best.Sites);
        }
        return (inst, best with { Objective = inst.SparseCost(best.Sites), Bound = bound is { } lb ? Math.Min(lb, bestCost) : null }, closed);
    }

    /// <summary>
    /// Slack of the lists around a selection, as a share of the mean distance from demand to the first selection: the room
    /// the Lagrangian multipliers get above each point's assigned distance. On the 2,000 × 200 grid of the tests half the
    /// mean left the bound 0.6 % short of the incumbent, the whole mean 0.48 %; on the street-network benchmark 0.9 % and
    /// 0.48 % (docs/benchmarks.md). Longer lists cost quadratically more pairs.
    /// </summary>
    private const double SlackShare = 1;

    /// <summary>Most rounds of lists around the selections: the first built around the heuristic's, each later one grown around the swaps' newest.</summary>
    private const int ListRounds = 4;

    /// <summary>
    /// Rough time of one round of lists around a selection from the short lists' pair count: the lists around the selection
    /// held ~5× the band lists' pairs on the street-network benchmark (0.4 M → 1.8–2.2 M), at ~0.6 µs a pair there under
    /// load; doubled.
    /// </summary>
    internal static double ListSeconds(long shortPairs) => 2 * 5 * 0.6e-6 * shortPairs;

    /// <summary>
    /// Rough time to build and presolve an exact model with this many nonzeros (measured ~2 µs each on the 2-core
    /// benchmark machine, doubled): when less time is left, the exact solver is skipped so the time limit holds.
    /// </summary>
    internal static double BuildSeconds(long nonzeros) => 4e-6 * nonzeros;

    private static double? Tighter(double? a, double? b, bool upper) =>
        a is null ? b : b is null ? a : upper ? Math.Min(a.Value, b.Value) : Math.Max(a.Value, b.Value);

    private static CoverSolution Pick(CoverSolution heuristic, CoverSolution? exact, bool maximise)
    {
        if (exact is not { Sites.Length: > 0 } || double.IsNaN(exact.Objective)) return heuristic;
        if (exact.Optimal) return exact;
        bool exactBetter = maximise ? exact.Objective > heuristic.Objective : exact.Objective < heuristic.Objective;
        return exactBetter ? exact : heuristic;
    }

    /// <summary>
    /// The time budget of one solve, on the solve's <see cref="TimeProvider"/> (timestamps in its ticks). Every phase ends
    /// with <see cref="Mark"/>, which is also where a cancelled solve stops.
    /// </summary>
    internal sealed class SolveClock
    {
        private readonly TimeProvider _time;
        private readonly long _start;
        private readonly double _limitSeconds;
        private readonly Action<string, double>? _phases;
        private readonly CancellationToken _ct;
        private long _last;

        public SolveClock(TimeProvider time, double limitSeconds, Action<string, double>? phases = null, CancellationToken ct = default)
        {
            _time = time;
            _start = time.GetTimestamp();
            _last = _start;
            _limitSeconds = limitSeconds;
            _phases = phases;
            _ct = ct;
        }

        /// <summary>Ends the current phase: reports its seconds to the listener, if any; throws if the solve was cancelled.</summary>
        public void Mark(string phase)
        {
            long now = _time.GetTimestamp();
            _phases?.Invoke(phase, _time.GetElapsedTime(_last, now).TotalSeconds);
            _last = now;
            _ct.ThrowIfCancellationRequested();
        }

        public long Now => _time.GetTimestamp();

        public long Frequency => _time.TimestampFrequency;

        public double Elapsed => _time.GetElapsedTime(_start).TotalSeconds;

        /// <summary>Seconds left, keeping back <paramref name="reserve"/> of the limit.</summary>
        public double Remaining(double reserve) => _limitSeconds * (1 - reserve) - Elapsed;

        /// <summary>Timestamp at which a phase allowed <paramref name="share"/> of the limit must stop.</summary>
        public long Ticks(double share) => _start + (long)(_limitSeconds * share * _time.TimestampFrequency);

        /// <summary>The deadline of a phase allowed <paramref name="share"/> of the limit (or cancellation).</summary>
        public Deadline Deadline(double share) => At(Ticks(share));

        public Deadline At(long ticks) => new(_time, ticks, _ct);
    }
}

/// <summary>The selection to report, in original candidate indices.</summary>
internal sealed record Chosen(int[] Sites, double[]? Assigned, bool Optimal, double? Bound, string Solver);
