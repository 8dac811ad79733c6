using Kortlaegning.Domain.Distance;

namespace Kortlaegning.Domain.Allocation;

/// <summary>A validated problem turned into arrays: points, weights, and the site constraints by candidate index.</summary>
internal sealed class AllocationInput
{
    private SparseDistances? _coverage;

    public AllocationInput(AllocationProblem problem, IDistanceProvider distances)
    {
        Problem = problem;
        Distances = distances;
        DemandPoints = problem.Demand.Select(d => d.Location).ToArray();
        SitePoints = problem.Candidates.Select(c => c.Location).ToArray();
        Weights = problem.Demand.Select(d => d.Weight).ToArray();
        TotalWeight = Weights.Sum();
        Constraints = BuildConstraints(problem);
        // A p-median objective is a sum of distances: demand that reaches no candidate at all (a street network that does
        // not join it, or a point beyond the snapping distance) would make every selection cost +∞. It is left out of the
        // model (weight 0) and reported in the result's uncoverable weight, never dropped silently.
        if (problem.Objective == AllocationObjective.PMedian && distances is not EuclideanDistance && SitePoints.Length > 0)
        {
            var nearest = distances.Nearest(DemandPoints, SitePoints);
            for (int i = 0; i < Weights.Length; i++)
            {
                if (Weights[i] > 0 && double.IsPositiveInfinity(nearest[i].Metres)) (UnreachableWeight, Weights[i]) = (UnreachableWeight + Weights[i], 0);
            }
        }
    }

    public AllocationProblem Problem { get; }
    public IDistanceProvider Distances { get; }
    public PlanarPoint[] DemandPoints { get; }
    public PlanarPoint[] SitePoints { get; }
    public double[] Weights { get; }
    public double TotalWeight { get; }

    /// <summary>P-median: weight of the demand that no candidate reaches at any distance (left out of the model).</summary>
    public double UnreachableWeight { get; }
    public CoverConstraints Constraints { get; }

    /// <summary>
    /// Candidates within the radius of each demand point, with their distances, in compressed rows (computed once);
    /// null for p-median without a radius.
    /// </summary>
    public SparseDistances? Coverage =>
        Problem.RadiusMetres is { } r ? _coverage ??= SparseDistances.Within(Distances, DemandPoints, SitePoints, r) : null;

    /// <summary>The unreduced covering instance: one node per demand point, sharing <see cref="Coverage"/>'s arrays.</summary>
    public CoverInstance CoverInstance()
    {
        var coverage = Coverage!;
        return new CoverInstance(Weights, coverage.Start, coverage.Index, SitePoints.Length, Constraints);
    }

    /// <summary>True p-median cost Σ w × distance to the nearest of <paramref name="sites"/>.</summary>
    public double PMedianCost(IReadOnlyList<int> sites) => NearestOf(sites).Select((n, i) => Weights[i] * n.Metres).Sum();

    /// <summary>For each demand point, the nearest of <paramref name="sites"/> (Index is into <paramref name="sites"/>).</summary>
    public Neighbour[] NearestOf(IReadOnlyList<int> sites)
    {
        var nearest = Distances.Nearest(DemandPoints, sites.Select(s => SitePoints[s]).ToArray());
        // Demand of weight 0 has no say; its infinite distance (no sites) must not poison the sum.
        for (int i = 0; i < nearest.Length; i++) if (Weights[i] == 0) nearest[i] = nearest[i] with { Metres = 0 };
        return nearest;
    }

    private static CoverConstraints BuildConstraints(AllocationProblem p)
    {
        var index = p.Candidates.Select((c, j) => (c.Id, j)).ToDictionary(t => t.Id, t => t.j, StringComparer.Ordinal);
        var isFixed = new bool[p.Candidates.Count];
        foreach (string id in p.Fixed) isFixed[index[id]] = true;
        var areas = p.MinPerArea.Where(kv => kv.Value > 0).Select(kv => kv.Key).Order(StringComparer.Ordinal).ToArray();
        var areaIndex = areas.Select((a, k) => (a, k)).ToDictionary(t => t.a, t => t.k, StringComparer.Ordinal);
        var area = p.Candidates.Select(c => c.AreaId is { } a && areaIndex.TryGetValue(a, out int k) ? k : -1).ToArray();
        var min = areas.Select(a => p.MinPerArea[a]).ToArray();
        double[]? capacity = p.Candidates.Any(c => c.Capacity is not null)
            ? p.Candidates.Select(c => c.Capacity ?? double.PositiveInfinity).ToArray()
            : null;
        int k = p.Objective == AllocationObjective.Lscp ? 0 : p.K;
        return new CoverConstraints(k, isFixed, area, min, capacity);
    }
}
