namespace Kortlaegning.Domain.Allocation;

/// <summary>
/// Shrinks a covering instance without changing its optimum (docs/allocation.md, "Reductions"):
/// drops demand nobody can reach and demand of weight 0; merges demand nodes with the same set of sites (summing weights);
/// drops a site whose node set is a subset of another site's (equal sets: the later one), unless it is fixed, its area has a
/// minimum and the larger site lies elsewhere, or the instance has capacities. MCLP keeps at least K sites.
/// </summary>
internal static class CoverReduction
{
    public sealed record Result(CoverInstance Instance, int[] SiteMap, int DroppedSites, int MergedNodes);

    public static Result Reduce(CoverInstance original, bool keepK)
    {
        var (weight, lists) = MergeNodes(original, Enumerable.Range(0, original.SiteCount).ToArray());
        var keep = original.Constraints.Capacity is null
            ? SitesToKeep(original, keepK)
            : Enumerable.Range(0, original.SiteCount).ToArray();
        if (keep.Length < original.SiteCount)
        {
            var partial = new CoverInstance(weight, lists, original.SiteCount, original.Constraints);
            (weight, lists) = MergeNodes(partial, keep);
        }
        var instance = new CoverInstance(weight, lists, keep.Length, original.Constraints.Select(keep));
        return new Result(instance, keep, original.SiteCount - keep.Length, original.NodeCount - instance.NodeCount);
    }

    /// <summary>Keeps the given sites (renumbered 0..), drops nodes left without sites or weight, merges identical site lists.</summary>
    private static (double[] Weight, int[][] Lists) MergeNodes(CoverInstance inst, int[] keep)
    {
        var newIndex = new int[inst.SiteCount];
        Array.Fill(newIndex, -1);
        for (int k = 0; k < keep.Length; k++) newIndex[keep[k]] = k;
        var groups = new Dictionary<int[], int>(SequenceComparer.Instance);
        var weights = new List<double>();
        var lists = new List<int[]>();
        var buffer = new List<int>();
        for (int i = 0; i < inst.NodeCount; i++)
        {
            if (!(inst.Weight[i] > 0)) continue;
            buffer.Clear();
            foreach (int s in inst.SitesOf(i)) if (newIndex[s] >= 0) buffer.Add(newIndex[s]);
            if (buffer.Count == 0) continue;
            buffer.Sort();
            var key = buffer.ToArray();
            if (groups.TryGetValue(key, out int g)) weights[g] += inst.Weight[i];
            else
            {
                groups[key] = lists.Count;
                lists.Add(key);
                weights.Add(inst.Weight[i]);
            }
        }
        return (weights.ToArray(), lists.ToArray());
    }

    /// <summary>
    /// Site s is dominated by t when every positive-weight node of s is also a node of t. Found by counting, for each s,
    /// how many of its nodes each other site shares: cost Σ over nodes of (sites per node)².
    /// </summary>
    private static int[] SitesToKeep(CoverInstance inst, bool keepK)
    {
        var c = inst.Constraints;
        int m = inst.SiteCount;
        var size = new int[m];
        for (int s = 0; s < m; s++) foreach (int i in inst.NodesOf(s)) if (inst.Weight[i] > 0) size[s]++;
        var shared = new int[m];
        var touched = new List<int>();
        var dropped = new bool[m];
        for (int s = 0; s < m; s++)
        {
            if (c.Fixed[s]) continue;
            bool areaMatters = c.Area[s] >= 0 && c.AreaMin[c.Area[s]] > 0;
            if (size[s] == 0)
            {
                dropped[s] = !areaMatters;
                continue;
            }
            foreach (int i in inst.NodesOf(s))
            {
                if (!(inst.Weight[i] > 0)) continue;
                foreach (int t in inst.SitesOf(i))
                {
                    if (t == s) continue;
                    if (shared[t]++ == 0) touched.Add(t);
                }
            }
            foreach (int t in touched)
            {
                bool covers = shared[t] == size[s] && (size[t] > size[s] || t < s);
                if (covers && (!areaMatters || c.Area[t] == c.Area[s])) dropped[s] = true;
                shared[t] = 0;
            }
            touched.Clear();
        }
        // Exactly K sites must open; if fewer survive, bring back dropped ones (they add nothing, but the count must hold).
        int survivors = dropped.Count(d => !d);
        for (int s = 0; keepK && survivors < c.K && s < m; s++)
        {
            if (dropped[s]) { dropped[s] = false; survivors++; }
        }
        return Enumerable.Range(0, m).Where(s => !dropped[s]).ToArray();
    }

    private sealed class SequenceComparer : IEqualityComparer<int[]>
    {
        public static readonly SequenceComparer Instance = new();
        public bool Equals(int[]? x, int[]? y) => x.AsSpan().SequenceEqual(y);
        public int GetHashCode(int[] a)
        {
            var h = new HashCode();
            foreach (int v in a) h.Add(v);
            return h.ToHashCode();
        }
    }
}
