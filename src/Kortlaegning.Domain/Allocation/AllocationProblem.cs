using System.Text.Json.Serialization;
using Kortlaegning.Domain.Distance;

namespace Kortlaegning.Domain.Allocation;

/// <summary>Which location-allocation model to solve.</summary>
public enum AllocationObjective
{
    /// <summary>Maximal covering location problem (Church &amp; ReVelle 1974): most weight within the radius of k sites.</summary>
    Mclp,
    /// <summary>p-median (Hakimi 1964; ReVelle &amp; Swain 1970): least total weight × distance to the nearest of k sites.</summary>
    [JsonStringEnumMemberName("pmedian")]
    PMedian,
    /// <summary>Location set covering (Toregas et al. 1971): fewest sites covering all coverable weight, or a target share.</summary>
    Lscp,
}

/// <summary>How to solve: instant heuristic, exact CP-SAT, or both (heuristic first, then exact within the time limit).</summary>
public enum SolverChoice
{
    Auto,
    Exact,
    Heuristic,
}

/// <summary>A place where people live or are counted, with how many (or how much need) it carries.</summary>
/// <param name="Id">Unique within the request.</param>
/// <param name="Location">Projected point, metres (EPSG:25832).</param>
/// <param name="Weight">Non-negative, e.g. residents.</param>
/// <param name="AreaId">Optional area (parish, district); not used by any constraint today, reported back only.</param>
public sealed record DemandPoint(string Id, PlanarPoint Location, double Weight, string? AreaId = null);

/// <summary>A place where a site could open.</summary>
/// <param name="Id">Unique within the request.</param>
/// <param name="Location">Projected point, metres (EPSG:25832).</param>
/// <param name="Capacity">Most demand weight the site may serve (MCLP only); null means unlimited.</param>
/// <param name="AreaId">Area the site lies in, for <see cref="AllocationProblem.MinPerArea"/>.</param>
public sealed record CandidateSite(string Id, PlanarPoint Location, double? Capacity = null, string? AreaId = null);

/// <summary>
/// One location-allocation request. Mirrors the HTTP body
/// <c>{objective, k, radiusMetres, demand, candidates, fixed, minPerArea, coverageTarget, timeLimitSeconds, solver}</c>
/// with points already projected.
/// </summary>
public sealed record AllocationProblem
{
    /// <summary>Largest demand list accepted; more is answered as "too large" (HTTP 413).</summary>
    public const int MaxDemand = 200_000;

    /// <summary>Largest candidate list accepted; more is answered as "too large" (HTTP 413).</summary>
    public const int MaxCandidates = 20_000;

    public required AllocationObjective Objective { get; init; }

    /// <summary>Number of sites to open, fixed sites included (MCLP, p-median). LSCP ignores it.</summary>
    public int K { get; init; } = 1;

    /// <summary>Coverage radius, metres. Required for MCLP and LSCP; for p-median only used to report covered weight.</summary>
    public double? RadiusMetres { get; init; }

    public required IReadOnlyList<DemandPoint> Demand { get; init; }

    public required IReadOnlyList<CandidateSite> Candidates { get; init; }

    /// <summary>Candidate ids that must be selected (existing sites). They count towards <see cref="K"/>.</summary>
    public IReadOnlyList<string> Fixed { get; init; } = [];

    /// <summary>Equity constraint: candidate area id → least number of selected sites in that area.</summary>
    public IReadOnlyDictionary<string, int> MinPerArea { get; init; } = new Dictionary<string, int>();

    /// <summary>LSCP only: share (0, 1] of the total weight to cover; null means all coverable weight.</summary>
    public double? CoverageTarget { get; init; }

    /// <summary>Wall-clock budget for the whole solve, seconds.</summary>
    public double TimeLimitSeconds { get; init; } = 10;

    public SolverChoice Solver { get; init; } = SolverChoice.Auto;

    /// <summary>
    /// p-median only: how many nearest candidates each demand point may be assigned to in the exact model
    /// (0 = automatic: all candidates on small instances, otherwise 24). See docs/allocation.md.
    /// </summary>
    public int PMedianNeighbours { get; init; }

    /// <summary>Exact solver stops once (bound − objective) / |bound| is at most this; 0 asks for a proof of optimality.</summary>
    public double RelativeGapLimit { get; init; }
}
