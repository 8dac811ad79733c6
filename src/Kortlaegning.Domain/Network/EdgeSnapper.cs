using Kortlaegning.Domain.Distance;

namespace Kortlaegning.Domain.Network;

/// <summary>
/// Joins points to the street graph at the nearest point of the nearest edge line (orthogonal projection onto each
/// segment), within a snapping distance. The segments sit in a uniform bucket grid (compressed rows over cells, a segment
/// in every cell its bounding box touches), searched in rings outwards until no closer segment can be left.
/// </summary>
public sealed class EdgeSnapper
{
    private readonly StreetGraph _graph;
    private readonly int[] _segmentEdge;
    private readonly double _minX, _minY, _cell;
    private readonly int _cols, _rows;
    private readonly int[] _cellStart, _cellSegments;

    public EdgeSnapper(StreetGraph graph)
    {
        _graph = graph;
        int points = graph.PointX.Length;
        _segmentEdge = new int[points];
        Array.Fill(_segmentEdge, -1);
        for (int e = 0; e < graph.EdgeCount; e++)
        {
            for (int k = graph.PointStart[e]; k < graph.PointStart[e + 1] - 1; k++) _segmentEdge[k] = e;
        }
        if (points == 0)
        {
            (_cell, _cols, _rows, _cellStart, _cellSegments) = (1, 1, 1, new int[2], []);
            return;
        }
        double maxX = graph.PointX.Max(), maxY = graph.PointY.Max();
        (_minX, _minY) = (graph.PointX.Min(), graph.PointY.Min());
        // ~2 segments per cell at the network's mean density, at least 50 m, and never more cells than 4 per segment.
        double area = Math.Max(maxX - _minX, 1) * Math.Max(maxY - _minY, 1);
        _cell = Math.Max(50, Math.Sqrt(2 * area / Math.Max(1, points)));
        while ((long)((maxX - _minX) / _cell + 1) * (long)((maxY - _minY) / _cell + 1) > 4L * points + 1024) _cell *= 2;
        _cols = (int)((maxX - _minX) / _cell) + 1;
        _rows = (int)((maxY - _minY) / _cell) + 1;
        var count = new int[_cols * _rows + 1];
        ForEachCell((c, _) => count[c + 1]++);
        for (int c = 0; c < _cols * _rows; c++) count[c + 1] += count[c];
        _cellStart = count;
        _cellSegments = new int[count[^1]];
        var fill = count[..^1];
        ForEachCell((c, s) => _cellSegments[fill[c]++] = s);
    }

    /// <summary>The nearest point on the network to <paramref name="p"/>, or <see cref="NetworkSnap.Unreachable"/> beyond <paramref name="maxMetres"/>.</summary>
    public NetworkSnap Snap(PlanarPoint p, double maxMetres)
    {
        var g = _graph;
        double best = double.PositiveInfinity;
        int bestSegment = -1;
        double bestT = 0;
        int cx = (int)Math.Floor((p.X - _minX) / _cell), cy = (int)Math.Floor((p.Y - _minY) / _cell);
        int maxRing = (int)Math.Min(Math.Ceiling(maxMetres / _cell) + 1, Math.Max(_cols, _rows) + Math.Max(Math.Abs(cx), Math.Abs(cy)));
        for (int ring = 0; ring <= maxRing; ring++)
        {
            // Every segment first met in ring r lies at least (r − 1) cells from the point.
            if ((ring - 1) * _cell > Math.Min(best, maxMetres)) break;
            for (int r = cy - ring; r <= cy + ring; r++)
            {
                if (r < 0 || r >= _rows) continue;
                bool edgeRow = r == cy - ring || r == cy + ring;
                for (int c = cx - ring; c <= cx + ring; c += edgeRow ? 1 : Math.Max(1, 2 * ring))
                {
                    if (c < 0 || c >= _cols) continue;
                    int cell = r * _cols + c;
                    for (int k = _cellStart[cell]; k < _cellStart[cell + 1]; k++)
                    {
                        int s = _cellSegments[k];
                        double ax = g.PointX[s], ay = g.PointY[s], dx = g.PointX[s + 1] - ax, dy = g.PointY[s + 1] - ay;
                        double len2 = dx * dx + dy * dy;
                        double t = len2 > 0 ? Math.Clamp(((p.X - ax) * dx + (p.Y - ay) * dy) / len2, 0, 1) : 0;
                        double ex = ax + t * dx - p.X, ey = ay + t * dy - p.Y;
                        double d = Math.Sqrt(ex * ex + ey * ey);
                        // Ties (a junction shared by several segments) go to the lowest segment index: the same answer every run.
                        if (d < best || (d == best && s < bestSegment)) (best, bestSegment, bestT) = (d, s, t);
                    }
                }
            }
        }
        if (bestSegment < 0 || best > maxMetres) return NetworkSnap.Unreachable;
        int e = _segmentEdge[bestSegment];
        double offset = g.Along[bestSegment] + bestT * (g.Along[bestSegment + 1] - g.Along[bestSegment]);
        return new NetworkSnap(e, offset, best);
    }

    public NetworkSnap[] Snap(IReadOnlyList<PlanarPoint> points, double maxMetres)
    {
        var result = new NetworkSnap[points.Count];
        Parallel.For(0, points.Count, new ParallelOptions { MaxDegreeOfParallelism = points.Count >= 4096 ? Environment.ProcessorCount : 1 },
            i => result[i] = Snap(points[i], maxMetres));
        return result;
    }

    private void ForEachCell(Action<int, int> visit)
    {
        var g = _graph;
        for (int s = 0; s < _segmentEdge.Length; s++)
        {
            if (_segmentEdge[s] < 0) continue;
            int c0 = Col(Math.Min(g.PointX[s], g.PointX[s + 1])), c1 = Col(Math.Max(g.PointX[s], g.PointX[s + 1]));
            int r0 = Row(Math.Min(g.PointY[s], g.PointY[s + 1])), r1 = Row(Math.Max(g.PointY[s], g.PointY[s + 1]));
            for (int r = r0; r <= r1; r++) for (int c = c0; c <= c1; c++) visit(r * _cols + c, s);
        }
    }

    private int Col(double x) => Math.Clamp((int)((x - _minX) / _cell), 0, _cols - 1);
    private int Row(double y) => Math.Clamp((int)((y - _minY) / _cell), 0, _rows - 1);
}
