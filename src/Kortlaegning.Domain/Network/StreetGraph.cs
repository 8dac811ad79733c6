using Kortlaegning.Domain.Distance;

namespace Kortlaegning.Domain.Network;

/// <summary>
/// A street network as compact arrays: vertices 0..n−1 (their pgRouting ids in <see cref="VertexIds"/>), the adjacency
/// in compressed sparse rows (vertex v's arcs are <c>First[v]..First[v+1]</c>, each to <see cref="ArcTarget"/> along edge
/// <see cref="ArcEdge"/>, <see cref="ArcMetres"/> long; both directions of every edge), and each edge's line with the
/// running metres along it, for snapping and isochrones. About 60 bytes per edge: a municipality of 100,000 edges is ~6 MB.
/// </summary>
public sealed class StreetGraph
{
    private StreetGraph(long[] vertexIds, double[] x, double[] y, int[] first, int[] arcTarget, int[] arcEdge, double[] arcMetres,
        long[] edgeIds, int[] edgeSource, int[] edgeTarget, double[] edgeMetres, int[] pointStart, double[] px, double[] py, double[] along)
    {
        (VertexIds, X, Y, First, ArcTarget, ArcEdge, ArcMetres) = (vertexIds, x, y, first, arcTarget, arcEdge, arcMetres);
        (EdgeIds, EdgeSource, EdgeTarget, EdgeMetres, PointStart, PointX, PointY, Along) = (edgeIds, edgeSource, edgeTarget, edgeMetres, pointStart, px, py, along);
    }

    public long[] VertexIds { get; }
    public double[] X { get; }
    public double[] Y { get; }
    public int[] First { get; }
    public int[] ArcTarget { get; }
    public int[] ArcEdge { get; }
    public double[] ArcMetres { get; }
    public long[] EdgeIds { get; }
    public int[] EdgeSource { get; }
    public int[] EdgeTarget { get; }
    public double[] EdgeMetres { get; }

    /// <summary>Edge e's line is points <c>PointStart[e]..PointStart[e+1]</c> of <see cref="PointX"/>/<see cref="PointY"/>.</summary>
    public int[] PointStart { get; }
    public double[] PointX { get; }
    public double[] PointY { get; }

    /// <summary>Metres from the edge's source to each of its points, scaled so the last equals the edge's length.</summary>
    public double[] Along { get; }

    public int VertexCount => VertexIds.Length;
    public int EdgeCount => EdgeIds.Length;

    /// <summary>Vertex index of a pgRouting vertex id, or −1.</summary>
    public int VertexOf(long id)
    {
        int at = Array.BinarySearch(VertexIds, id);
        return at >= 0 ? at : -1;
    }

    /// <summary>
    /// Builds the graph. Vertex coordinates are taken from the lines' end points. Edges without a usable line (fewer than
    /// two points) or with a negative or non-finite length are refused: the import checks them before they get here.
    /// </summary>
    public static StreetGraph Build(IReadOnlyList<StreetEdge> edges)
    {
        ArgumentNullException.ThrowIfNull(edges);
        var ids = new SortedSet<long>();
        foreach (var e in edges)
        {
            if (e.Line is null || e.Line.Count < 2) throw new ArgumentException($"Edge {e.Id} has no line.", nameof(edges));
            if (!(e.Metres >= 0) || double.IsInfinity(e.Metres)) throw new ArgumentException($"Edge {e.Id} has length {e.Metres}.", nameof(edges));
            ids.Add(e.Source);
            ids.Add(e.Target);
        }
        var vertexIds = ids.ToArray();
        int n = vertexIds.Length, m = edges.Count;
        var x = new double[n];
        var y = new double[n];
        var degree = new int[n + 1];
        var edgeSource = new int[m];
        var edgeTarget = new int[m];
        var edgeMetres = new double[m];
        var edgeIds = new long[m];
        var pointStart = new int[m + 1];
        for (int e = 0; e < m; e++) pointStart[e + 1] = pointStart[e] + edges[e].Line.Count;
        var px = new double[pointStart[m]];
        var py = new double[pointStart[m]];
        var along = new double[pointStart[m]];
        for (int e = 0; e < m; e++)
        {
            var edge = edges[e];
            int s = Array.BinarySearch(vertexIds, edge.Source), t = Array.BinarySearch(vertexIds, edge.Target);
            (edgeSource[e], edgeTarget[e], edgeMetres[e], edgeIds[e]) = (s, t, edge.Metres, edge.Id);
            (x[s], y[s]) = (edge.Line[0].X, edge.Line[0].Y);
            (x[t], y[t]) = (edge.Line[^1].X, edge.Line[^1].Y);
            degree[s + 1]++;
            degree[t + 1]++;
            int p0 = pointStart[e];
            double run = 0;
            for (int k = 0; k < edge.Line.Count; k++)
            {
                (px[p0 + k], py[p0 + k]) = (edge.Line[k].X, edge.Line[k].Y);
                if (k > 0) run += Math.Sqrt(Sq(px[p0 + k] - px[p0 + k - 1]) + Sq(py[p0 + k] - py[p0 + k - 1]));
                along[p0 + k] = run;
            }
            // The stored length is the cost pgRouting uses; offsets along the line are scaled to it so the two agree.
            double scale = run > 0 ? edge.Metres / run : 0;
            for (int k = 0; k < edge.Line.Count; k++) along[p0 + k] *= scale;
            along[p0 + edge.Line.Count - 1] = edge.Metres;
        }
        var first = new int[n + 1];
        for (int v = 0; v < n; v++) first[v + 1] = first[v] + degree[v + 1];
        var fill = first[..n];
        var arcTarget = new int[first[n]];
        var arcEdge = new int[first[n]];
        var arcMetres = new double[first[n]];
        for (int e = 0; e < m; e++)
        {
            int s = edgeSource[e], t = edgeTarget[e];
            int a = fill[s]++;
            (arcTarget[a], arcEdge[a], arcMetres[a]) = (t, e, edgeMetres[e]);
            a = fill[t]++;
            (arcTarget[a], arcEdge[a], arcMetres[a]) = (s, e, edgeMetres[e]);
        }
        return new StreetGraph(vertexIds, x, y, first, arcTarget, arcEdge, arcMetres, edgeIds, edgeSource, edgeTarget, edgeMetres, pointStart, px, py, along);
    }

    /// <summary>The point <paramref name="metres"/> along edge <paramref name="edge"/> from its source (clamped to the edge).</summary>
    public PlanarPoint PointAt(int edge, double metres)
    {
        int p0 = PointStart[edge], p1 = PointStart[edge + 1] - 1;
        metres = Math.Clamp(metres, 0, EdgeMetres[edge]);
        for (int k = p0; k < p1; k++)
        {
            if (Along[k + 1] < metres && k + 1 < p1) continue;
            double span = Along[k + 1] - Along[k];
            double t = span > 0 ? Math.Clamp((metres - Along[k]) / span, 0, 1) : 0;
            return new PlanarPoint(PointX[k] + t * (PointX[k + 1] - PointX[k]), PointY[k] + t * (PointY[k + 1] - PointY[k]));
        }
        return new PlanarPoint(PointX[p0], PointY[p0]);
    }

    /// <summary>The part of edge <paramref name="edge"/>'s line between <paramref name="from"/> and <paramref name="to"/> metres from its source.</summary>
    public PlanarPoint[] Slice(int edge, double from, double to)
    {
        from = Math.Clamp(from, 0, EdgeMetres[edge]);
        to = Math.Clamp(to, from, EdgeMetres[edge]);
        var points = new List<PlanarPoint> { PointAt(edge, from) };
        for (int k = PointStart[edge] + 1; k < PointStart[edge + 1] - 1; k++)
        {
            if (Along[k] > from && Along[k] < to) points.Add(new PlanarPoint(PointX[k], PointY[k]));
        }
        points.Add(PointAt(edge, to));
        return points.ToArray();
    }

    private static double Sq(double v) => v * v;
}
