namespace Kortlaegning.Domain.Network;

/// <summary>
/// One search's best distance to each snapped target, reset by a stamp in O(targets touched) instead of clearing the
/// arrays: a bounded search touches a few hundred of 20,000 targets. A target at offset o along edge e, snapped
/// m metres off it, is reached from a settled end vertex at distance d in d + (o or length − o) + m, and from a source
/// on the same edge along the edge itself.
/// </summary>
internal sealed class TargetLabels(StreetGraph graph, int targetCount)
{
    private readonly double[] _best = new double[targetCount];
    private readonly int[] _stamp = new int[targetCount];
    private readonly List<int> _touched = [];
    private int _current;

    /// <summary>The targets offered since <see cref="Reset"/>, in the order first offered.</summary>
    public IReadOnlyList<int> Touched => _touched;

    public double Best(int target) => _best[target];

    /// <summary>Forgets every label (the next search starts empty).</summary>
    public void Reset()
    {
        _current++;
        _touched.Clear();
    }

    /// <summary>The targets on the source's own edge, reached along it without passing a vertex.</summary>
    public void OfferOnOwnEdge(NetworkSnap source, SnappedPoints targets)
    {
        for (int k = targets.Start[source.Edge]; k < targets.Start[source.Edge + 1]; k++)
        {
            Offer(targets.Point[k], source.Metres + Math.Abs(source.Offset - targets.Offset[k]) + targets.Metres[k]);
        }
    }

    /// <summary>The targets on every edge at settled vertex <paramref name="v"/>, reached from it at distance <paramref name="d"/>.</summary>
    public void OfferFrom(int v, double d, SnappedPoints targets)
    {
        var g = graph;
        for (int a = g.First[v]; a < g.First[v + 1]; a++)
        {
            int e = g.ArcEdge[a];
            double len = g.EdgeMetres[e];
            bool loop = g.EdgeSource[e] == g.EdgeTarget[e], forward = g.EdgeSource[e] == v;
            for (int k = targets.Start[e]; k < targets.Start[e + 1]; k++)
            {
                double off = targets.Offset[k];
                double along = loop ? Math.Min(off, len - off) : forward ? off : len - off;
                Offer(targets.Point[k], d + along + targets.Metres[k]);
            }
        }
    }

    private void Offer(int t, double d)
    {
        if (_stamp[t] != _current)
        {
            _stamp[t] = _current;
            _best[t] = d;
            _touched.Add(t);
        }
        else if (d < _best[t])
        {
            _best[t] = d;
        }
    }
}
