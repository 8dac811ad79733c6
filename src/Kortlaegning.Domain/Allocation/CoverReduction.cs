using System.Numerics;
using System.Runtime.CompilerServices;

namespace Kortlaegning.Domain.Allocation;

/// <summary>
/// Shrinks a covering instance without changing its optimum (docs/allocation.md, "Reductions"):
/// drops demand nobody can reach and demand of weight 0; merges demand nodes with the same set of sites (summing weights);
/// drops a site whose node set is a subset of another site's (equal sets: the later one), unless it is fixed, its area has a
/// minimum and the larger site lies elsewhere, or the instance has capacities. MCLP keeps at least K sites.
/// The dominated-site test costs Σ over nodes of (sites per node)² and is skipped when not asked for (the heuristics do
/// not need it) or cut short at a deadline: every drop it made until then is still valid on its own, because a site is
/// only dropped for one that dominates it, and domination is a strict order, so the dominating sites at the top survive.
/// </summary>
internal static class CoverReduction
{
    public sealed record Result(CoverInstance Instance, int[] SiteMap, int DroppedSites, int MergedNodes, bool DominanceComplete);

    public static Result Reduce(CoverInstance original, bool keepK, bool dropDominated = true, Deadline? deadline = null)
    {
        var (weight, start, items) = MergeNodes(original, Enumerable.Range(0, original.SiteCount).ToArray());
        var merged = new CoverInstance(weight, start, items, original.SiteCount, original.Constraints);
        if (!dropDominated || original.Constraints.Capacity is not null)
        {
            return new Result(merged, Enumerable.Range(0, original.SiteCount).ToArray(), 0, original.NodeCount - merged.NodeCount, true);
        }
        // The test runs on the merged nodes: identical site lists count once, the subset relation is the same.
        var (keep, complete) = SitesToKeep(merged, keepK, deadline ?? Deadline.None);
        if (keep.Length < original.SiteCount) (weight, start, items) = MergeNodes(merged, keep);
        var instance = keep.Length < original.SiteCount
            ? new CoverInstance(weight, start, items, keep.Length, original.Constraints.Select(keep))
            : merged;
        return new Result(instance, keep, original.SiteCount - keep.Length, original.NodeCount - instance.NodeCount, complete);
    }

    /// <summary>Restricts an instance to <paramref name="keep"/> (ascending), merging nodes again; SiteMap maps back into <paramref name="inst"/>.</summary>
    public static Result Restrict(CoverInstance inst, int[] keep) => Restrict(inst, keep, null);

    /// <summary>
    /// As <see cref="Restrict(CoverInstance, int[])"/>; <paramref name="nodeGroup"/>, when given (length NodeCount), receives
    /// each node's node in the restriction, -1 for nodes dropped (no kept site, or no weight).
    /// </summary>
    public static Result Restrict(CoverInstance inst, int[] keep, int[]? nodeGroup)
    {
        var (weight, start, items) = MergeNodes(inst, keep, nodeGroup);
        var instance = new CoverInstance(weight, start, items, keep.Length, inst.Constraints.Select(keep));
        return new Result(instance, keep, inst.SiteCount - keep.Length, inst.NodeCount - instance.NodeCount, true);
    }

    /// <summary>
    /// Keeps the given sites (renumbered 0..), drops nodes left without sites or weight, merges identical site lists.
    /// Each node's list is renumbered and sorted first (in parallel node ranges on large instances), then one pass looks
    /// each up in an open-addressing table of the groups so far, so the groups come out in node order.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (double[] Weight, int[] Start, int[] Items) MergeNodes(CoverInstance inst, int[] keep, int[]? nodeGroup = null)
    {
        if (nodeGroup is not null) Array.Fill(nodeGroup, -1);
        var newIndex = new int[inst.SiteCount];
        Array.Fill(newIndex, -1);
        for (int k = 0; k < keep.Length; k++) newIndex[keep[k]] = k;
        // sorted[NodeStart[i] .. NodeStart[i] + length[i]) is node i's list in new indices, ascending.
        var sorted = new int[inst.NodeSites.Length];
        var length = new int[inst.NodeCount];
        int chunks = inst.NodeSites.Length >= ParallelNonzeros ? 4 : 1;
        Parallel.For(0, chunks, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (int c) =>
        {
            int from = (int)((long)inst.NodeCount * c / chunks), to = (int)((long)inst.NodeCount * (c + 1) / chunks);
            for (int i = from; i < to; i++)
            {
                int at = inst.NodeStart[i], n = 0;
                if (inst.Weight[i] > 0) foreach (int s in inst.SitesOf(i)) if (newIndex[s] >= 0) sorted[at + n++] = newIndex[s];
                sorted.AsSpan(at, n).Sort();
                length[i] = n;
            }
        });
        var table = new int[Math.Max(16, (int)BitOperations.RoundUpToPowerOf2((uint)(2 * inst.NodeCount + 1)))];
        Array.Fill(table, -1);
        int mask = table.Length - 1;
        var weights = new double[inst.NodeCount];
        var start = new int[inst.NodeCount + 1];
        var items = new int[inst.NodeSites.Length];
        int groups = 0;
        for (int i = 0; i < inst.NodeCount; i++)
        {
            if (length[i] == 0) continue;
            var key = sorted.AsSpan(inst.NodeStart[i], length[i]);
            uint hash = 2166136261;
            foreach (int v in key) hash = (hash ^ (uint)v) * 16777619;
            int slot = (int)(hash & (uint)mask);
            while (true)
            {
                int g = table[slot];
                if (g < 0)
                {
                    if (nodeGroup is not null) nodeGroup[i] = groups;
                    table[slot] = groups;
                    weights[groups] = inst.Weight[i];
                    key.CopyTo(items.AsSpan(start[groups]));
                    start[groups + 1] = start[groups] + key.Length;
                    groups++;
                    break;
                }
                if (items.AsSpan(start[g], start[g + 1] - start[g]).SequenceEqual(key))
                {
                    if (nodeGroup is not null) nodeGroup[i] = g;
                    weights[g] += inst.Weight[i];
                    break;
                }
                slot = (slot + 1) & mask;
            }
        }
        return (weights[..groups], start[..(groups + 1)], items[..start[groups]]);
    }

    /// <summary>Nonzeros from which the per-node sorting runs in parallel node ranges.</summary>
    private const int ParallelNonzeros = 200_000;

    /// <summary>
    /// Site s is dominated by t when every positive-weight node of s is also a node of t. Found by counting, for each s,
    /// how many of its nodes each other site shares: cost Σ over nodes of (sites per node)².
    /// </summary>
    private static (int[] Keep, bool Complete) SitesToKeep(CoverInstance inst, bool keepK, Deadline deadline)
    {
        bool complete = true;
        var c = inst.Constraints;
        int m = inst.SiteCount;
        var size = new int[m];
        for (int s = 0; s < m; s++) foreach (int i in inst.NodesOf(s)) if (inst.Weight[i] > 0) size[s]++;
        var shared = new int[m];
        var touched = new List<int>();
        var dropped = new bool[m];
        for (int s = 0; s < m; s++)
        {
            if ((s & 15) == 0 && deadline.Passed)
            {
                complete = false;
                break;
            }
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
        return (Enumerable.Range(0, m).Where(s => !dropped[s]).ToArray(), complete);
    }
}
