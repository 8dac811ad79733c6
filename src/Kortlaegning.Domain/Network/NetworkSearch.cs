using System.Runtime.CompilerServices;

namespace Kortlaegning.Domain.Network;

/// <summary>
/// Dijkstra's algorithm (1959) on a <see cref="StreetGraph"/> from one snapped point, bounded: vertices farther than the
/// bound are never settled, so a 1,200 m search touches only the streets within 1,200 m. Labels live in arrays reused
/// between searches (a stamp per search marks which entries are current), so a search costs O(settled · log) and no
/// allocation. One instance per thread.
/// </summary>
internal sealed class NetworkSearch
{
    private readonly StreetGraph _g;
    private readonly double[] _dist;
    private readonly int[] _stamp;
    private readonly bool[] _settled;
    private readonly PriorityQueue<int, double> _heap = new();
    private readonly List<int> _settledList = [];
    private int _current;

    public NetworkSearch(StreetGraph graph)
    {
        _g = graph;
        _dist = new double[graph.VertexCount];
        _stamp = new int[graph.VertexCount];
        _settled = new bool[graph.VertexCount];
    }

    /// <summary>Vertices settled by the last search, in the order settled.</summary>
    public IReadOnlyList<int> Settled => _settledList;

    /// <summary>Metres from the last search's origin to vertex v (+∞ when not settled).</summary>
    public double Distance(int v) => _stamp[v] == _current && _settled[v] ? _dist[v] : double.PositiveInfinity;

    /// <summary>Settles every vertex within <paramref name="bound"/> metres of the snapped origin (snapping metres included).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Run(NetworkSnap origin, double bound)
    {
        Begin(origin);
        RunFromOffers(bound);
    }

    /// <summary>Starts an unbounded search from the snapped origin that the caller drives with <see cref="Next"/>.</summary>
    public void Begin(NetworkSnap origin)
    {
        _current++;
        _heap.Clear();
        _settledList.Clear();
        if (!origin.Reachable) return;
        int e = origin.Edge;
        Offer(_g.EdgeSource[e], origin.Metres + origin.Offset);
        Offer(_g.EdgeTarget[e], origin.Metres + _g.EdgeMetres[e] - origin.Offset);
    }

    /// <summary>
    /// Settles the next vertex of the search <see cref="Begin"/> started and gives it with its metres; false when the
    /// origin's part of the network is exhausted. Every vertex not yet settled lies at least <paramref name="metres"/> away.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Next(out int vertex, out double metres)
    {
        while (_heap.TryDequeue(out int v, out double d))
        {
            if (_settled[v] || d > _dist[v]) continue;
            _settled[v] = true;
            _settledList.Add(v);
            for (int a = _g.First[v]; a < _g.First[v + 1]; a++) Offer(_g.ArcTarget[a], d + _g.ArcMetres[a]);
            (vertex, metres) = (v, d);
            return true;
        }
        (vertex, metres) = (-1, double.PositiveInfinity);
        return false;
    }

    /// <summary>
    /// Settles the vertices v whose distance from the snapped origin is at most <paramref name="reach"/>[v]: a vertex
    /// beyond its own reach is neither settled nor expanded. A settled label is the length of a real path (never below the
    /// true distance), and it is the true distance for every vertex whose shortest path stays within reach all the way;
    /// <see cref="NetworkDistance.WithinSelectionPlus"/> shows when that holds.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void RunWithin(NetworkSnap origin, double[] reach)
    {
        Begin(origin);
        while (_heap.TryDequeue(out int v, out double d))
        {
            if (_settled[v] || d > _dist[v] || d > reach[v]) continue;
            _settled[v] = true;
            _settledList.Add(v);
            for (int a = _g.First[v]; a < _g.First[v + 1]; a++)
            {
                double nd = d + _g.ArcMetres[a];
                if (nd <= reach[_g.ArcTarget[a]]) Offer(_g.ArcTarget[a], nd);
            }
        }
    }

    /// <summary>
    /// Multi-source variant: every snapped point in <paramref name="sources"/> is an origin; <paramref name="owner"/>[v] gets
    /// the index of the point nearest to each settled vertex (ties to the lower index). Unbounded.
    /// </summary>
    public void RunFromAll(SnappedPoints sources, int[] owner)
    {
        _current++;
        _heap.Clear();
        _settledList.Clear();
        for (int i = 0; i < sources.Count; i++)
        {
            var s = sources.Snaps[i];
            if (!s.Reachable) continue;
            OfferOwned(_g.EdgeSource[s.Edge], s.Metres + s.Offset, i, owner);
            OfferOwned(_g.EdgeTarget[s.Edge], s.Metres + _g.EdgeMetres[s.Edge] - s.Offset, i, owner);
        }
        while (_heap.TryDequeue(out int v, out double d))
        {
            if (_settled[v] || d > _dist[v]) continue;
            _settled[v] = true;
            _settledList.Add(v);
            for (int a = _g.First[v]; a < _g.First[v + 1]; a++)
            {
                OfferOwned(_g.ArcTarget[a], d + _g.ArcMetres[a], owner[v], owner);
            }
        }
    }

    /// <summary>
    /// Metres from the last search's origin to a snapped target on edge <paramref name="edge"/> at <paramref name="offset"/>
    /// with <paramref name="snap"/> metres of snapping, through either end of the edge (+∞ when neither end was settled).
    /// A target on the origin's own edge is handled by the caller (the direct stretch along the edge).
    /// </summary>
    public double ToPoint(int edge, double offset, double snap)
    {
        double viaSource = Distance(_g.EdgeSource[edge]) + offset;
        double viaTarget = Distance(_g.EdgeTarget[edge]) + _g.EdgeMetres[edge] - offset;
        return Math.Min(viaSource, viaTarget) + snap;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void RunFromOffers(double bound)
    {
        while (_heap.TryDequeue(out int v, out double d))
        {
            if (_settled[v] || d > _dist[v]) continue;
            if (d > bound) break;
            _settled[v] = true;
            _settledList.Add(v);
            for (int a = _g.First[v]; a < _g.First[v + 1]; a++)
            {
                double nd = d + _g.ArcMetres[a];
                if (nd <= bound) Offer(_g.ArcTarget[a], nd);
            }
        }
    }

    private void Offer(int v, double d)
    {
        if (_stamp[v] != _current)
        {
            _stamp[v] = _current;
            _settled[v] = false;
            _dist[v] = d;
            _heap.Enqueue(v, d);
        }
        else if (!_settled[v] && d < _dist[v])
        {
            _dist[v] = d;
            _heap.Enqueue(v, d);
        }
    }

    private void OfferOwned(int v, double d, int who, int[] owner)
    {
        if (_stamp[v] != _current)
        {
            _stamp[v] = _current;
            _settled[v] = false;
            (_dist[v], owner[v]) = (d, who);
            _heap.Enqueue(v, d);
        }
        else if (!_settled[v] && (d < _dist[v] || (d == _dist[v] && who < owner[v])))
        {
            (_dist[v], owner[v]) = (d, who);
            _heap.Enqueue(v, d);
        }
    }
}
