using Kortlaegning.Domain.Distance;

namespace Kortlaegning.Domain.Network;

/// <summary>
/// Distance along a street network (walking or cycling, undirected): each point is snapped to the nearest point of the
/// nearest street line (<see cref="EdgeSnapper"/>), and a network distance is snap + along the streets (Dijkstra,
/// <see cref="NetworkSearch"/>) + snap. A point farther than <see cref="SnapMetres"/> from every street is unreachable:
/// it gets no neighbours within any radius and an infinite nearest distance, and <see cref="Summarise"/> counts it.
/// Radius queries search from the smaller of the two point sets, bounded by the radius, one search per point in parallel;
/// nearest-count queries search from each origin until its nearest destinations are settled.
/// </summary>
public sealed partial class NetworkDistance : IDistanceProvider, INearestDistances, ISelectionReach
{
    public NetworkDistance(StreetGraph graph, NetworkProfile profile, double snapMetres)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfNegative(snapMetres);
        Graph = graph;
        Profile = profile;
        SnapMetres = snapMetres;
        Snapper = new EdgeSnapper(graph);
    }

    public StreetGraph Graph { get; }
    public NetworkProfile Profile { get; }
    public EdgeSnapper Snapper { get; }

    /// <summary>Farthest a point may lie from the network and still be reached, metres.</summary>
    public double SnapMetres { get; }

    public string Name => Profile == NetworkProfile.Bike ? "network:bike" : "network:walk";

    public NetworkSnap[] Snap(IReadOnlyList<PlanarPoint> points) => Snapper.Snap(points, SnapMetres);

    /// <summary>How the points join the network: how many are unreachable, and the largest and mean snapping distance of the rest.</summary>
    public SnapSummary Summarise(IReadOnlyList<PlanarPoint> points) => SnapSummary.Of(Snap(points), SnapMetres);

    public double Between(PlanarPoint a, PlanarPoint b) => Nearest([a], [b])[0].Metres;

    public IReadOnlyList<Neighbour>[] Within(IReadOnlyList<PlanarPoint> origins, IReadOnlyList<PlanarPoint> destinations, double maxMetres)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxMetres);
        var so = Snap(origins);
        var sd = Snap(destinations);
        bool fromDestinations = destinations.Count < origins.Count;
        var (sources, targets) = fromDestinations ? (sd, so) : (so, sd);
        var found = Search(sources, new SnappedPoints(Graph, targets), maxMetres);
        return fromDestinations ? TurnRound(found, origins.Count) : found;
    }

    /// <summary>Destination rows turned round into origin rows (undirected: d(origin, destination) = d(destination, origin)).</summary>
    private static Neighbour[][] TurnRound(IReadOnlyList<Neighbour>[] rows, int originCount)
    {
        var count = new int[originCount];
        foreach (var row in rows) foreach (var nb in row) count[nb.Index]++;
        var result = new Neighbour[originCount][];
        for (int i = 0; i < result.Length; i++) result[i] = new Neighbour[count[i]];
        Array.Clear(count);
        for (int j = 0; j < rows.Length; j++) foreach (var nb in rows[j]) result[nb.Index][count[nb.Index]++] = new Neighbour(j, nb.Metres);
        return result;
    }

    public Neighbour[] Nearest(IReadOnlyList<PlanarPoint> origins, IReadOnlyList<PlanarPoint> destinations)
    {
        var result = new Neighbour[origins.Count];
        Array.Fill(result, new Neighbour(-1, double.PositiveInfinity));
        if (destinations.Count == 0 || origins.Count == 0) return result;
        var so = Snap(origins);
        var dest = new SnappedPoints(Graph, Snap(destinations));
        var search = new NetworkSearch(Graph);
        var owner = new int[Graph.VertexCount];
        search.RunFromAll(dest, owner);
        for (int i = 0; i < so.Length; i++) if (so[i].Reachable) result[i] = NearestOf(so[i], search, owner, dest);
        return result;
    }

    /// <summary>
    /// The nearest of the sources of a finished multi-source search (<see cref="NetworkSearch.RunFromAll"/>) to a reachable
    /// point: through either end of its edge, or along the edge to a source on it.
    /// </summary>
    private Neighbour NearestOf(NetworkSnap s, NetworkSearch search, int[] owner, SnappedPoints sources)
    {
        var best = new Neighbour(-1, double.PositiveInfinity);
        int from = Graph.EdgeSource[s.Edge], to = Graph.EdgeTarget[s.Edge];
        best = Better(best, owner[from], search.Distance(from) + s.Offset + s.Metres);
        best = Better(best, owner[to], search.Distance(to) + Graph.EdgeMetres[s.Edge] - s.Offset + s.Metres);
        for (int k = sources.Start[s.Edge]; k < sources.Start[s.Edge + 1]; k++)
        {
            best = Better(best, sources.Point[k], s.Metres + Math.Abs(s.Offset - sources.Offset[k]) + sources.Metres[k]);
        }
        return best;
    }

    public IReadOnlyList<Neighbour>[] NearestCount(IReadOnlyList<PlanarPoint> origins, IReadOnlyList<PlanarPoint> destinations, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var so = Snap(origins);
        var targets = new SnappedPoints(Graph, Snap(destinations));
        var result = new IReadOnlyList<Neighbour>[so.Length];
        var options = new ParallelOptions { MaxDegreeOfParallelism = so.Length >= 64 ? Environment.ProcessorCount : 1 };
        Parallel.For(0, so.Length, options, () => new Workspace(Graph, targets.Count), (i, _, w) =>
        {
            result[i] = w.CollectNearest(so[i], targets, count);
            return w;
        }, _ => { });
        return result;
    }

    /// <summary>
    /// The streets reached within <paramref name="metres"/> of <paramref name="origin"/> (snapping included), as line
    /// pieces in EPSG:25832: whole edges, and the reached stretch of edges the bound ends on. Empty when unreachable.
    /// </summary>
    public IReadOnlyList<PlanarPoint[]> Reach(PlanarPoint origin, double metres)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(metres);
        var s = Snapper.Snap(origin, SnapMetres);
        if (!s.Reachable || s.Metres > metres) return [];
        var search = new NetworkSearch(Graph);
        search.Run(s, metres);
        var reached = new Dictionary<int, List<(double From, double To)>>
        {
            [s.Edge] = [(s.Offset - (metres - s.Metres), s.Offset + (metres - s.Metres))],
        };
        foreach (int v in search.Settled)
        {
            double left = metres - search.Distance(v);
            for (int a = Graph.First[v]; a < Graph.First[v + 1]; a++)
            {
                int e = Graph.ArcEdge[a];
                double len = Graph.EdgeMetres[e];
                var piece = Graph.EdgeSource[e] == v ? (0, Math.Min(left, len)) : (Math.Max(0, len - left), len);
                if (!reached.TryGetValue(e, out var list)) reached[e] = list = [];
                list.Add(piece);
            }
        }
        var lines = new List<PlanarPoint[]>();
        foreach (var (edge, pieces) in reached.OrderBy(kv => kv.Key))
        {
            foreach (var (from, to) in Merge(pieces, Graph.EdgeMetres[edge])) lines.Add(Graph.Slice(edge, from, to));
        }
        return lines;
    }

    private IReadOnlyList<Neighbour>[] Search(NetworkSnap[] sources, SnappedPoints targets, double bound)
    {
        var result = new IReadOnlyList<Neighbour>[sources.Length];
        var options = new ParallelOptions { MaxDegreeOfParallelism = sources.Length >= 64 ? Environment.ProcessorCount : 1 };
        Parallel.For(0, sources.Length, options, () => new Workspace(Graph, targets.Count), (j, _, w) =>
        {
            result[j] = w.Collect(sources[j], targets, bound);
            return w;
        }, _ => { });
        return result;
    }

    private static Neighbour Better(Neighbour best, int index, double metres) =>
        metres < best.Metres || (metres == best.Metres && index >= 0 && index < best.Index) ? new Neighbour(index, metres) : best;

    private static IEnumerable<(double From, double To)> Merge(List<(double From, double To)> pieces, double length)
    {
        var sorted = pieces.Select(p => (From: Math.Max(0, p.From), To: Math.Min(length, p.To))).Where(p => p.To > p.From).OrderBy(p => p.From).ToList();
        for (int k = 0; k < sorted.Count;)
        {
            var (from, to) = sorted[k++];
            while (k < sorted.Count && sorted[k].From <= to) to = Math.Max(to, sorted[k++].To);
            yield return (from, to);
        }
    }

    /// <summary>One thread's search and per-target labels.</summary>
    private sealed class Workspace(StreetGraph graph, int targetCount)
    {
        private readonly NetworkSearch _search = new(graph);
        private readonly TargetLabels _labels = new(graph, targetCount);

        public Neighbour[] Collect(NetworkSnap source, SnappedPoints targets, double bound)
        {
            if (!source.Reachable) return [];
            _labels.Reset();
            _search.Run(source, bound);
            foreach (int v in _search.Settled) _labels.OfferFrom(v, _search.Distance(v), targets);
            _labels.OfferOnOwnEdge(source, targets);
            return Labels(bound, inclusive: true);
        }

        /// <summary>
        /// At least <paramref name="count"/> nearest targets (all reached, when fewer). The search stops at the first
        /// settled vertex at distance d where <paramref name="count"/> labels are below d: every target still to be
        /// offered (or improved) is reached through a vertex not yet settled, so at d or more, which makes the labels
        /// below d exact and no other target nearer than them.
        /// </summary>
        public Neighbour[] CollectNearest(NetworkSnap source, SnappedPoints targets, int count)
        {
            if (!source.Reachable || count == 0) return [];
            _labels.Reset();
            _labels.OfferOnOwnEdge(source, targets);
            _search.Begin(source);
            int settled = 0;
            while (_search.Next(out int v, out double d))
            {
                // The k-th label costs O(touched); checking every 32 settled vertices keeps that below the search's cost.
                if ((++settled & 31) == 0 && _labels.Touched.Count >= count && KthLabel(count) < d) return Labels(d, inclusive: false);
                _labels.OfferFrom(v, d, targets);
            }
            return Labels(double.PositiveInfinity, inclusive: true);
        }

        private double KthLabel(int count)
        {
            var labels = new double[_labels.Touched.Count];
            for (int i = 0; i < labels.Length; i++) labels[i] = _labels.Best(_labels.Touched[i]);
            Array.Sort(labels);
            return labels[count - 1];
        }

        private Neighbour[] Labels(double bound, bool inclusive)
        {
            var found = new List<Neighbour>(_labels.Touched.Count);
            foreach (int t in _labels.Touched)
            {
                double best = _labels.Best(t);
                if (best < bound || (inclusive && best == bound)) found.Add(new Neighbour(t, best));
            }
            return found.ToArray();
        }
    }
}
