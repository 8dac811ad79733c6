namespace Kortlaegning.Domain.Distance;

/// <summary>
/// A uniform bucket grid over a fixed set of points, for radius and nearest-neighbour queries.
/// Buckets are square cells of <c>cellSize</c> metres keyed by (column, row).
/// </summary>
internal sealed class PointGrid
{
    private readonly IReadOnlyList<PlanarPoint> _points;
    private readonly double _cell;
    private readonly Dictionary<(long, long), List<int>> _buckets = new();
    private readonly long _minCol, _maxCol, _minRow, _maxRow;

    public PointGrid(IReadOnlyList<PlanarPoint> points, double cellSize)
    {
        if (!(cellSize > 0) || double.IsInfinity(cellSize))
        {
            throw new ArgumentOutOfRangeException(nameof(cellSize), "Cell size must be positive and finite.");
        }
        _points = points;
        _cell = cellSize;
        (_minCol, _maxCol, _minRow, _maxRow) = (long.MaxValue, long.MinValue, long.MaxValue, long.MinValue);
        for (int i = 0; i < points.Count; i++)
        {
            var key = Key(points[i]);
            if (!_buckets.TryGetValue(key, out var list))
            {
                _buckets[key] = list = new List<int>(4);
            }
            list.Add(i);
            _minCol = Math.Min(_minCol, key.Item1);
            _maxCol = Math.Max(_maxCol, key.Item1);
            _minRow = Math.Min(_minRow, key.Item2);
            _maxRow = Math.Max(_maxRow, key.Item2);
        }
    }

    /// <summary>A cell size giving about two points per occupied cell on average over the points' extent.</summary>
    public static double SuggestCellSize(IReadOnlyList<PlanarPoint> points)
    {
        double minX = double.MaxValue, minY = double.MaxValue, maxX = double.MinValue, maxY = double.MinValue;
        foreach (var p in points)
        {
            minX = Math.Min(minX, p.X); maxX = Math.Max(maxX, p.X);
            minY = Math.Min(minY, p.Y); maxY = Math.Max(maxY, p.Y);
        }
        // A 1 m floor on each side keeps collinear points (zero-area extent) from collapsing the cell to 1 m.
        double area = Math.Max(maxX - minX, 1) * Math.Max(maxY - minY, 1);
        return Math.Max(Math.Sqrt(2 * area / points.Count), 1);
    }

    public List<Neighbour> Within(PlanarPoint origin, double radius)
    {
        var found = new List<Neighbour>();
        var (c0, r0) = Key(new PlanarPoint(origin.X - radius, origin.Y - radius));
        var (c1, r1) = Key(new PlanarPoint(origin.X + radius, origin.Y + radius));
        double r2 = radius * radius;
        for (long c = Math.Max(c0, _minCol); c <= Math.Min(c1, _maxCol); c++)
        {
            for (long r = Math.Max(r0, _minRow); r <= Math.Min(r1, _maxRow); r++)
            {
                if (!_buckets.TryGetValue((c, r), out var list)) continue;
                foreach (int i in list)
                {
                    double dx = _points[i].X - origin.X, dy = _points[i].Y - origin.Y;
                    double d2 = dx * dx + dy * dy;
                    if (d2 <= r2) found.Add(new Neighbour(i, Math.Sqrt(d2)));
                }
            }
        }
        return found;
    }

    /// <summary>Searches rings of cells outwards until the best hit is closer than the next ring can be.</summary>
    public Neighbour Nearest(PlanarPoint origin)
    {
        var (oc, or) = Key(origin);
        var best = new Neighbour(-1, double.PositiveInfinity);
        long maxRing = Math.Max(Math.Max(Math.Abs(oc - _minCol), Math.Abs(oc - _maxCol)), Math.Max(Math.Abs(or - _minRow), Math.Abs(or - _maxRow)));
        for (long ring = 0; ring <= maxRing; ring++)
        {
            // Any point in ring k is at least (k - 1) cells away from the origin.
            if (best.Index >= 0 && best.Metres <= (ring - 1) * _cell) break;
            // Far from sparse or collinear points (one hospital; sites along a line give a 1 m cell) the rings are
            // mostly empty and their cost grows with ring²: once the square searched holds more cells than there are
            // points, one pass over all points is cheaper and still exact.
            if ((2 * ring + 1) * (2 * ring + 1) > 4L * _points.Count + 16) return Scan(origin);
            for (long c = oc - ring; c <= oc + ring; c++)
            {
                for (long r = or - ring; r <= or + ring; r++)
                {
                    if (Math.Max(Math.Abs(c - oc), Math.Abs(r - or)) != ring) continue;
                    if (!_buckets.TryGetValue((c, r), out var list)) continue;
                    foreach (int i in list)
                    {
                        double dx = _points[i].X - origin.X, dy = _points[i].Y - origin.Y;
                        double d = Math.Sqrt(dx * dx + dy * dy);
                        if (d < best.Metres || (d == best.Metres && i < best.Index)) best = new Neighbour(i, d);
                    }
                }
            }
        }
        return best;
    }

    private Neighbour Scan(PlanarPoint origin)
    {
        var best = new Neighbour(-1, double.PositiveInfinity);
        for (int i = 0; i < _points.Count; i++)
        {
            double dx = _points[i].X - origin.X, dy = _points[i].Y - origin.Y;
            double d = Math.Sqrt(dx * dx + dy * dy);
            if (d < best.Metres) best = new Neighbour(i, d);
        }
        return best;
    }

    private (long, long) Key(PlanarPoint p) => ((long)Math.Floor(p.X / _cell), (long)Math.Floor(p.Y / _cell));
}
