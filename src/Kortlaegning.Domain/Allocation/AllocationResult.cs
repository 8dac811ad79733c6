namespace Kortlaegning.Domain.Allocation;

/// <summary>
/// The answer to an <see cref="AllocationProblem"/>. Mirrors the HTTP result
/// <c>{selected, coveredWeight, totalWeight, objectiveValue, optimal, bound, gap, solver, seconds, perSite, marginal}</c>.
/// </summary>
/// <param name="Selected">Selected candidate ids: fixed sites first, then in the order of <paramref name="Marginal"/>.</param>
/// <param name="CoveredWeight">Demand weight within the radius of a selected site (MCLP with capacities: weight actually assigned).</param>
/// <param name="TotalWeight">Sum of all demand weights.</param>
/// <param name="UncoverableWeight">Weight that no candidate reaches within the radius; for p-median also the weight that no
/// candidate reaches at all on a street network (left out of its objective).</param>
/// <param name="ObjectiveValue">MCLP: covered weight; p-median: Σ weight × metres to the nearest selected site; LSCP: number of sites.</param>
/// <param name="Optimal">True when this selection is proven optimal: by the exact solver, or by a bound that meets the objective.</param>
/// <param name="Bound">Best proven bound on the objective (upper for MCLP, lower for p-median and LSCP): the exact solver's, or the
/// heuristic's own (Lagrangian or submodular, docs/allocation.md), whichever is tighter; null when there is none (LSCP and
/// capacitated MCLP without an exact run).</param>
/// <param name="Gap">|objective − bound| / max(|objective|, |bound|), 0 when optimal; null without a bound.</param>
/// <param name="Solver">What produced the selection: "heuristic" (greedy + swaps to a local optimum), "greedy" (swaps cut
/// short by the time limit, or not run), "lagrangian" or "lp" (the Lagrangian relaxation's averaged solution or the LP relaxation's, rounded and improved by
/// swaps), "rins" (SCIP on the neighbourhood of the incumbent), "scip" or "cp-sat".</param>
/// <param name="Seconds">Wall-clock seconds for the whole solve.</param>
/// <param name="PerSite">One entry per selected site, in the order of <paramref name="Selected"/>.</param>
/// <param name="Marginal">Objective after each of the first 1..K selected sites (see <see cref="MarginalStep"/>).</param>
/// <param name="Distance">Name of the distance provider ("euclidean", …).</param>
public sealed record AllocationResult(
    IReadOnlyList<string> Selected,
    double CoveredWeight,
    double TotalWeight,
    double UncoverableWeight,
    double ObjectiveValue,
    bool Optimal,
    double? Bound,
    double? Gap,
    string Solver,
    double Seconds,
    IReadOnlyList<SiteAllocation> PerSite,
    IReadOnlyList<MarginalStep> Marginal,
    string Distance);

/// <summary>What one selected site does.</summary>
/// <param name="Id">Candidate id.</param>
/// <param name="CoveredWeight">Demand weight within the radius of this site, whether or not another site also covers it.</param>
/// <param name="AssignedWeight">Demand weight assigned to this site: the nearest selected site (within the radius for MCLP/LSCP),
/// or the capacitated assignment found by the solver.</param>
public sealed record SiteAllocation(string Id, double CoveredWeight, double AssignedWeight);

/// <summary>
/// One point on the marginal curve: the first <paramref name="K"/> sites of the returned selection, ordered greedily
/// (fixed sites first, then each step adds the selected site that improves the objective most).
/// </summary>
/// <param name="K">Number of sites.</param>
/// <param name="AddedId">The site added at this step.</param>
/// <param name="ObjectiveValue">MCLP and LSCP: covered weight; p-median: Σ weight × metres.</param>
/// <param name="CoveredWeight">Weight within the radius of the first K sites (0 for p-median without a radius).</param>
/// <param name="Gain">Improvement of <paramref name="ObjectiveValue"/> over the previous step (positive is better for every objective).</param>
public sealed record MarginalStep(int K, string AddedId, double ObjectiveValue, double CoveredWeight, double Gain);
