using Kortlaegning.Domain.Distance;

namespace Kortlaegning.Domain.Access;

/// <summary>
/// The straight-line (<see cref="EuclideanDistance"/>) fast path of <see cref="TwoStepFloatingCatchment"/> and
/// <see cref="FacilityAccess"/>: the same arithmetic in the same order as the provider's radius query, without
/// materialising a neighbour list per demand point. Facilities are sorted once into flat arrays by the provider's own
/// grid key (column, row, index; cell = the catchment), so a demand point's candidates in one grid column are one
/// contiguous span, visited in exactly the order <c>PointGrid.Within</c> visits them. Both 2SFCA steps enumerate the
/// pairs again instead of storing them (millions of pairs at a 10 km catchment in Danish towns), step 2 in parallel
/// (each point writes only its own score, so the result does not depend on scheduling), and step 2 also records each
/// point's nearest facility within the catchment, which is its nearest overall; only points with none in reach are
/// passed to the provider's nearest query. Results are bit-identical to the generic path (tested).
/// </summary>
internal sealed class PlanarCatchment
{
    private readonly double _cell, _radius, _r2;
    private readonly long _minCol, _minRow, _maxCol, _maxRow;
    private readonly int[] _colStart;          // facilities of column minCol + c are [_colStart[c], _colStart[c + 1])
    private readonly long[] _row;              // row key per sorted facility (ascending within a column)
    private readonly double[] _x, _y;          // coordinates per sorted facility
    private readonly int[] _index;             // original facility index per sorted facility
    private readonly double[] _limits, _weights;

    private PlanarCatchment(IReadOnlyList<SupplyPoint> supply, Catchment catchment, double cell, long minCol, long maxCol, long minRow, long maxRow,
        long[] cols, long[] rows)
    {
        _radius = catchment.Metres;
        _r2 = _radius * _radius;
        _cell = cell;
        (_minCol, _maxCol, _minRow, _maxRow) = (minCol, maxCol, minRow, maxRow);
        int n = supply.Count;
        var order = new int[n];
        for (int j = 0; j < n; j++) order[j] = j;
        Array.Sort(order, (a, b) =>
        {
            int c = cols[a].CompareTo(cols[b]);
            if (c != 0) return c;
            c = rows[a].CompareTo(rows[b]);
            return c != 0 ? c : a.CompareTo(b);
        });
        _row = new long[n];
        _x = new double[n];
        _y = new double[n];
        _index = order;
        _colStart = new int[maxCol - minCol + 2];
        for (int k = 0; k < n; k++)
        {
            int j = order[k];
            _row[k] = rows[j];
            _x[k] = supply[j].Location.X;
            _y[k] = supply[j].Location.Y;
            _colStart[cols[j] - minCol + 1]++;
        }
        for (int c = 1; c < _colStart.Length; c++) _colStart[c] += _colStart[c - 1];
        var zones = catchment.Zones;
        _limits = new double[zones.Count];
        _weights = new double[zones.Count];
        for (int z = 0; z < zones.Count; z++) (_limits[z], _weights[z]) = (zones[z].UpToMetres, zones[z].Weight);
    }

    /// <summary>
    /// The fast path when <paramref name="distances"/> is the straight line and the grid stays small; null otherwise
    /// (another provider, no facilities, or coordinates so spread that the column table would be huge).
    /// </summary>
    public static PlanarCatchment? TryCreate(IReadOnlyList<SupplyPoint> supply, Catchment catchment, IDistanceProvider distances)
    {
        if (distances is not EuclideanDistance || supply.Count == 0) return null;
        // The cell of EuclideanDistance.Within, so that candidates come in the same order.
        double cell = Math.Max(catchment.Metres, 1);
        int n = supply.Count;
        var cols = new long[n];
        var rows = new long[n];
        long minCol = long.MaxValue, maxCol = long.MinValue, minRow = long.MaxValue, maxRow = long.MinValue;
        for (int j = 0; j < n; j++)
        {
            var p = supply[j].Location;
            if (!double.IsFinite(p.X) || !double.IsFinite(p.Y)) return null;
            cols[j] = (long)Math.Floor(p.X / cell);
            rows[j] = (long)Math.Floor(p.Y / cell);
            minCol = Math.Min(minCol, cols[j]); maxCol = Math.Max(maxCol, cols[j]);
            minRow = Math.Min(minRow, rows[j]); maxRow = Math.Max(maxRow, rows[j]);
        }
        if (maxCol - minCol > 4_000_000) return null;
        return new PlanarCatchment(supply, catchment, cell, minCol, maxCol, minRow, maxRow, cols, rows);
    }

    /// <summary>
    /// A_i per demand point (as <see cref="TwoStepFloatingCatchment.Scores"/>), and when <paramref name="nearestMetres"/>
    /// is given, each point's distance to its nearest facility if one lies within the catchment, else +∞.
    /// <paramref name="cancellationToken"/> is checked every few thousand points in step 1 and per block in step 2.
    /// </summary>
    public double[] Scores(PlanarPoint[] demand, double[] population, IReadOnlyList<SupplyPoint> supply, double[]? nearestMetres,
        CancellationToken cancellationToken = default)
    {
        int m = demand.Length;
        var scores = new double[m];

        // Step 1, sequential in demand order: each R_j's denominator is summed in the same order as the generic path.
        var weightedDemand = new double[supply.Count];
        for (int i = 0; i < m; i++)
        {
            if ((i & 4095) == 0) cancellationToken.ThrowIfCancellationRequested();
            double pop = population[i];
            if (pop == 0) continue;
            var o = demand[i];
            Range(o, out long c0, out long c1, out long r0, out long r1);
            for (long c = c0; c <= c1; c++)
            {
                Span(c, r0, r1, out int s, out int e);
                for (int k = s; k < e; k++)
                {
                    double dx = _x[k] - o.X, dy = _y[k] - o.Y;
                    double d2 = dx * dx + dy * dy;
                    if (d2 <= _r2) weightedDemand[_index[k]] += Weight(Math.Sqrt(d2)) * pop;
                }
            }
        }

        var ratio = new double[supply.Count];
        for (int j = 0; j < supply.Count; j++)
        {
            ratio[j] = weightedDemand[j] > 0 ? supply[j].Capacity / weightedDemand[j] : 0;
        }

        // Step 2: each point writes only its own score and nearest, so blocks can run on any thread.
        const int block = 2048;
        int blocks = (m + block - 1) / block;
        Parallel.For(0, blocks, new ParallelOptions { CancellationToken = cancellationToken }, b =>
        {
            int end = Math.Min(m, (b + 1) * block);
            for (int i = b * block; i < end; i++)
            {
                var o = demand[i];
                double a = 0, best = double.PositiveInfinity;
                Range(o, out long c0, out long c1, out long r0, out long r1);
                for (long c = c0; c <= c1; c++)
                {
                    Span(c, r0, r1, out int s, out int e);
                    for (int k = s; k < e; k++)
                    {
                        double dx = _x[k] - o.X, dy = _y[k] - o.Y;
                        double d2 = dx * dx + dy * dy;
                        if (d2 <= _r2)
                        {
                            double d = Math.Sqrt(d2);
                            a += Weight(d) * ratio[_index[k]];
                            if (d < best) best = d;
                        }
                    }
                }
                scores[i] = a;
                if (nearestMetres is not null) nearestMetres[i] = best;
            }
        });
        return scores;
    }

    /// <summary>Grid columns and rows a radius query from <paramref name="o"/> covers, clipped to the occupied extent (as PointGrid.Within).</summary>
    private void Range(PlanarPoint o, out long c0, out long c1, out long r0, out long r1)
    {
        c0 = Math.Max((long)Math.Floor((o.X - _radius) / _cell), _minCol);
        c1 = Math.Min((long)Math.Floor((o.X + _radius) / _cell), _maxCol);
        r0 = Math.Max((long)Math.Floor((o.Y - _radius) / _cell), _minRow);
        r1 = Math.Min((long)Math.Floor((o.Y + _radius) / _cell), _maxRow);
    }

    /// <summary>Sorted positions of column <paramref name="c"/>'s facilities in rows r0…r1: one contiguous span.</summary>
    private void Span(long c, long r0, long r1, out int start, out int end)
    {
        int s = _colStart[c - _minCol], e = _colStart[c - _minCol + 1];
        start = LowerBound(s, e, r0);
        end = LowerBound(start, e, r1 + 1);
    }

    private int LowerBound(int lo, int hi, long row)
    {
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_row[mid] < row) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>As <see cref="Catchment.Weight"/>.</summary>
    private double Weight(double metres)
    {
        var limits = _limits;
        for (int z = 0; z < limits.Length; z++)
        {
            if (metres <= limits[z]) return _weights[z];
        }
        return 0;
    }
}
