using Kortlaegning.Domain.Distance;

namespace Kortlaegning.Domain.Network;

public sealed partial class NetworkDistance
{
    /// <summary>Metres of slack for rounding in the pruning and the final test (sums of a few hundred edge lengths).</summary>
    private const double Rounding = 1e-6;

    /// <summary>
    /// Every destination within T_i = D_i + slack of origin i, D_i the largest over the selections of its distance to the
    /// nearest selected destination, by one multi-source search from each selection (D(v) at every vertex: the largest of
    /// their distances) and one pruned search per destination j
    /// that settles only the vertices v with d(j, v) ≤ D(v) + slack (<see cref="NetworkSearch.RunWithin"/>). Total work is
    /// about Σ_v (destinations within D(v) + slack of v), far less than one search of radius T_i per origin.
    /// <para>
    /// Why no destination within T_i is missed and every listed metre is exact: let d(j, i) ≤ T_i, its shortest path enter
    /// i's edge at end a, i at offset o from a with snapping s, so d(j, i) = d(j, a) + o + s. D_i ≤ D(a) + o + s (the path
    /// through a), so d(j, a) ≤ D_i + slack − o − s ≤ D(a) + slack. For any vertex v on the shortest path from j to a,
    /// d(j, v) = d(j, a) − d(v, a) ≤ D(a) − d(v, a) + slack ≤ D(v) + slack (D is a shortest-path distance, so
    /// D(a) ≤ D(v) + d(v, a)). So every vertex of that path is within reach, the pruned search settles a at its true
    /// distance, and i is offered d(j, i). (With several selections D is the largest of their distances, and both
    /// inequalities hold for each of them, so for the largest.) Every offer is the length of a real path, so the least offer is d(j, i); offers
    /// above T_i are dropped, and a destination never offered at or below T_i lies farther than T_i. A destination on i's
    /// own edge is also offered the stretch along the edge. Reach and limit carry 10⁻⁶ m of slack for rounding.
    /// </para>
    /// </summary>
    public (IReadOnlyList<Neighbour>[] Lists, double[] Limit) WithinSelectionPlus(IReadOnlyList<PlanarPoint> origins,
        IReadOnlyList<PlanarPoint> destinations, IReadOnlyList<IReadOnlyList<int>> selections, double slack)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(slack);
        var so = Snap(origins);
        var sd = Snap(destinations);
        var search = new NetworkSearch(Graph);
        var owner = new int[Graph.VertexCount];
        var reach = new double[Graph.VertexCount];
        var limit = new double[so.Length];
        foreach (var selected in selections)
        {
            var anchors = new SnappedPoints(Graph, selected.Select(j => sd[j]).ToArray());
            search.RunFromAll(anchors, owner);
            for (int v = 0; v < reach.Length; v++) reach[v] = Math.Max(reach[v], search.Distance(v));

            // D_i as in Nearest: through either end of i's edge, or along it to a selected destination on the same edge.
            for (int i = 0; i < so.Length; i++)
            {
                limit[i] = so[i].Reachable ? Math.Max(limit[i], NearestOf(so[i], search, owner, anchors).Metres) : double.PositiveInfinity;
            }
        }
        for (int v = 0; v < reach.Length; v++) reach[v] += slack + Rounding;
        for (int i = 0; i < limit.Length; i++) limit[i] += slack;

        var targets = new SnappedPoints(Graph, so);
        var rows = new Neighbour[sd.Length][];
        var options = new ParallelOptions { MaxDegreeOfParallelism = sd.Length >= 64 ? Environment.ProcessorCount : 1 };
        Parallel.For(0, sd.Length, options, () => new ReachWorkspace(Graph, so.Length), (j, _, w) =>
        {
            rows[j] = w.Collect(sd[j], targets, reach, limit);
            return w;
        }, _ => { });

        return (TurnRound(rows, so.Length), limit);
    }

    /// <summary>
    /// One search from each origin bounded by its own limit (plus 10⁻⁶ m for rounding, as above): a plain bounded Dijkstra
    /// settles every vertex within the bound at its true distance, so every destination within the limit is offered its
    /// exact metres. Costs a search of radius limit[i] per origin, so it pays only for a few origins (the p-median grows
    /// the lists of the demand points a new selection moved beyond their lists; all of them would cost ~20× a pruned
    /// search per destination).
    /// </summary>
    public IReadOnlyList<Neighbour>[] WithinEach(IReadOnlyList<PlanarPoint> origins, IReadOnlyList<PlanarPoint> destinations, IReadOnlyList<double> limits)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(limits.Count, origins.Count, nameof(limits));
        var so = Snap(origins);
        var targets = new SnappedPoints(Graph, Snap(destinations));
        var rows = new IReadOnlyList<Neighbour>[so.Length];
        var options = new ParallelOptions { MaxDegreeOfParallelism = so.Length >= 16 ? Environment.ProcessorCount : 1 };
        Parallel.For(0, so.Length, options, () => new Workspace(Graph, targets.Count), (i, _, w) =>
        {
            ArgumentOutOfRangeException.ThrowIfNegative(limits[i], nameof(limits));
            rows[i] = w.Collect(so[i], targets, limits[i] + Rounding);
            return w;
        }, _ => { });
        return rows;
    }

    /// <summary>One thread's pruned search and per-origin labels.</summary>
    private sealed class ReachWorkspace(StreetGraph graph, int targetCount)
    {
        private readonly NetworkSearch _search = new(graph);
        private readonly TargetLabels _labels = new(graph, targetCount);

        public Neighbour[] Collect(NetworkSnap source, SnappedPoints targets, double[] reach, double[] limit)
        {
            if (!source.Reachable) return [];
            _labels.Reset();
            _labels.OfferOnOwnEdge(source, targets);
            _search.RunWithin(source, reach);
            foreach (int v in _search.Settled) _labels.OfferFrom(v, _search.Distance(v), targets);
            var found = new List<Neighbour>();
            foreach (int t in _labels.Touched) if (_labels.Best(t) <= limit[t] + Rounding) found.Add(new Neighbour(t, _labels.Best(t)));
            return found.ToArray();
        }
    }
}
