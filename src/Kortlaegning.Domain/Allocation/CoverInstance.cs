using System.Runtime.CompilerServices;

namespace Kortlaegning.Domain.Allocation;

/// <summary>
/// A covering instance in compressed sparse rows both ways: demand nodes → sites within the radius, and sites → nodes.
/// Nodes are demand points, or groups of demand points with the same sites after <see cref="CoverReduction"/>.
/// </summary>
internal sealed class CoverInstance
{
    public CoverInstance(double[] weight, int[][] nodeSites, int siteCount, CoverConstraints constraints)
        : this(weight, Compress(nodeSites), siteCount, constraints)
    {
    }

    /// <summary>From node lists already in compressed rows (shared, not copied).</summary>
    public CoverInstance(double[] weight, int[] nodeStart, int[] nodeSites, int siteCount, CoverConstraints constraints)
        : this(weight, (nodeStart, nodeSites), siteCount, constraints)
    {
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private CoverInstance(double[] weight, (int[] Start, int[] Items) rows, int siteCount, CoverConstraints constraints)
    {
        Weight = weight;
        SiteCount = siteCount;
        Constraints = constraints;
        (NodeStart, NodeSites) = rows;
        var counts = new int[siteCount];
        foreach (int s in NodeSites) counts[s]++;
        SiteStart = new int[siteCount + 1];
        for (int s = 0; s < siteCount; s++) SiteStart[s + 1] = SiteStart[s] + counts[s];
        SiteNodes = new int[NodeSites.Length];
        var fill = SiteStart[..^1].ToArray();
        for (int i = 0; i < NodeCount; i++)
        {
            for (int e = NodeStart[i]; e < NodeStart[i + 1]; e++) SiteNodes[fill[NodeSites[e]]++] = i;
        }
    }

    public double[] Weight { get; }
    public int NodeCount => Weight.Length;
    public int SiteCount { get; }
    public int[] NodeStart { get; }
    public int[] NodeSites { get; }
    public int[] SiteStart { get; }
    public int[] SiteNodes { get; }
    public CoverConstraints Constraints { get; }

    public ReadOnlySpan<int> SitesOf(int node) => NodeSites.AsSpan(NodeStart[node], NodeStart[node + 1] - NodeStart[node]);
    public ReadOnlySpan<int> NodesOf(int site) => SiteNodes.AsSpan(SiteStart[site], SiteStart[site + 1] - SiteStart[site]);

    private static (int[] Start, int[] Items) Compress(int[][] lists)
    {
        var start = new int[lists.Length + 1];
        for (int i = 0; i < lists.Length; i++) start[i + 1] = start[i] + lists[i].Length;
        var items = new int[start[^1]];
        for (int i = 0; i < lists.Length; i++) lists[i].CopyTo(items, start[i]);
        return (start, items);
    }
}

/// <summary>
/// Site-side rules shared by every objective: how many sites (K; LSCP ignores it), which are fixed,
/// each site's area index (-1 none) with the minimum per area, and capacities (null when no site has one).
/// </summary>
internal sealed record CoverConstraints(int K, bool[] Fixed, int[] Area, int[] AreaMin, double[]? Capacity)
{
    public CoverConstraints Select(int[] keep) => new(
        K,
        keep.Select(s => Fixed[s]).ToArray(),
        keep.Select(s => Area[s]).ToArray(),
        AreaMin,
        Capacity is null ? null : keep.Select(s => Capacity[s]).ToArray());

    /// <summary>True when the selection meets K (if <paramref name="checkK"/>), the fixed sites and the area minimums.</summary>
    public bool IsFeasible(IReadOnlyCollection<int> selected, bool checkK)
    {
        if (checkK && selected.Count != K) return false;
        var set = selected.ToHashSet();
        for (int s = 0; s < Fixed.Length; s++) if (Fixed[s] && !set.Contains(s)) return false;
        var count = new int[AreaMin.Length];
        foreach (int s in selected) if (Area[s] >= 0) count[Area[s]]++;
        for (int a = 0; a < AreaMin.Length; a++) if (count[a] < AreaMin[a]) return false;
        return true;
    }
}
