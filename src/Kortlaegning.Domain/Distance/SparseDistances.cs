using System.Runtime.CompilerServices;

namespace Kortlaegning.Domain.Distance;

/// <summary>
/// Origin → destination lists in compressed sparse rows: origin i's destinations are
/// <c>Index[Start[i]..Start[i+1]]</c> with their distances in <see cref="Metres"/>.
/// </summary>
internal sealed class SparseDistances(int[] start, int[] index, double[] metres)
{
    public int[] Start { get; } = start;
    public int[] Index { get; } = index;
    public double[] Metres { get; } = metres;
    public int OriginCount => Start.Length - 1;

    public int CountOf(int origin) => Start[origin + 1] - Start[origin];
    public ReadOnlySpan<int> IndicesOf(int origin) => Index.AsSpan(Start[origin], CountOf(origin));

    /// <summary>
    /// Every destination within <paramref name="maxMetres"/> of each origin (inclusive). Straight-line distance goes
    /// through <see cref="FlatGridWithin"/> without per-origin allocations; any other provider through its own Within.
    /// </summary>
    public static SparseDistances Within(IDistanceProvider provider, IReadOnlyList<PlanarPoint> origins,
        IReadOnlyList<PlanarPoint> destinations, double maxMetres)
    {
        if (provider is EuclideanDistance) return FlatGridWithin(origins, destinations, maxMetres);
        return FromLists(provider.Within(origins, destinations, maxMetres));
    }

    /// <summary>One row per list, in order.</summary>
    public static SparseDistances FromLists(IReadOnlyList<Neighbour>[] lists)
    {
        var start = new int[lists.Length + 1];
        for (int i = 0; i < lists.Length; i++) start[i + 1] = start[i] + lists[i].Count;
        var index = new int[start[^1]];
        var metres = new double[start[^1]];
        for (int i = 0; i < lists.Length; i++)
        {
            int at = start[i];
            foreach (var nb in lists[i]) (index[at], metres[at++]) = (nb.Index, nb.Metres);
        }
        return new SparseDistances(start, index, metres);
    }

    /// <summary>
    /// Radius query on a flat bucket grid over the destinations: cells of about the radius (coarser when that would
    /// give more than ~4 cells per destination), destinations sorted by cell (row-major) in one array with their
    /// coordinates, so one row of candidate cells is one contiguous range. Cost O(n + m + result).
    /// </summary>
    public static SparseDistances FlatGridWithin(IReadOnlyList<PlanarPoint> origins, IReadOnlyList<PlanarPoint> destinations, double radius)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(radius);
        int n = origins.Count, m = destinations.Count;
        var start = new int[n + 1];
        if (m == 0 || n == 0) return new SparseDistances(start, [], []);
        double minX = double.MaxValue, minY = double.MaxValue, maxX = double.MinValue, maxY = double.MinValue;
        for (int j = 0; j < m; j++)
        {
            var p = destinations[j];
            minX = Math.Min(minX, p.X); maxX = Math.Max(maxX, p.X);
            minY = Math.Min(minY, p.Y); maxY = Math.Max(maxY, p.Y);
        }
        double cell = Math.Max(radius, 1e-6);
        long cap = 4L * m + 4096;
        while ((maxX - minX) / cell + 1 > cap || (maxY - minY) / cell + 1 > cap
               || ((long)((maxX - minX) / cell) + 1) * ((long)((maxY - minY) / cell) + 1) > cap)
        {
            cell *= 2;
        }
        int cols = (int)((maxX - minX) / cell) + 1, rows = (int)((maxY - minY) / cell) + 1;
        var cellStart = new int[cols * rows + 1];
        var cellOf = new int[m];
        for (int j = 0; j < m; j++)
        {
            int cx = Math.Min((int)((destinations[j].X - minX) / cell), cols - 1);
            int cy = Math.Min((int)((destinations[j].Y - minY) / cell), rows - 1);
            cellOf[j] = cy * cols + cx;
            cellStart[cellOf[j] + 1]++;
        }
        for (int c = 0; c < cols * rows; c++) cellStart[c + 1] += cellStart[c];
        var fill = new int[cols * rows];
        Array.Copy(cellStart, fill, fill.Length);
        var id = new int[m];
        var xs = new double[m];
        var ys = new double[m];
        for (int j = 0; j < m; j++)
        {
            int at = fill[cellOf[j]]++;
            (id[at], xs[at], ys[at]) = (j, destinations[j].X, destinations[j].Y);
        }

        // Origins in contiguous chunks, one per core (each with its own growing buffers), then concatenated in order.
        var grid = new Grid(minX, minY, cell, cols, rows, cellStart, id, xs, ys, radius);
        int chunks = n >= 4096 ? Math.Min(Environment.ProcessorCount, 8) : 1;
        var parts = new (int[] Index, double[] Metres, int Count)[chunks];
        Parallel.For(0, chunks, c => parts[c] = grid.Scan(origins, (int)((long)n * c / chunks), (int)((long)n * (c + 1) / chunks), start));
        int total = 0;
        foreach (var part in parts) total += part.Count;
        var index = new int[total];
        var metres = new double[total];
        int offset = 0;
        for (int c = 0; c < chunks; c++)
        {
            int lo = (int)((long)n * c / chunks), hi = (int)((long)n * (c + 1) / chunks);
            for (int i = lo + 1; i <= hi; i++) start[i] += offset;
            Array.Copy(parts[c].Index, 0, index, offset, parts[c].Count);
            Array.Copy(parts[c].Metres, 0, metres, offset, parts[c].Count);
            offset += parts[c].Count;
        }
        return new SparseDistances(start, index, metres);
    }

    /// <summary>Destinations bucketed by cell (row-major), with their coordinates, for radius scans.</summary>
    private sealed record Grid(double MinX, double MinY, double Cell, int Cols, int Rows, int[] CellStart, int[] Id, double[] Xs, double[] Ys, double Radius)
    {
        /// <summary>
        /// Destinations within the radius of origins [lo, hi): fills <paramref name="start"/>[i + 1] with the end of origin
        /// i's run counted from the chunk's own start (the caller shifts it by the chunks before).
        /// </summary>
        // Hot loops that run once per solve are compiled optimised at once (here and in the allocation kernels): tiered
        // JIT would run them as tier-0 code for the first ~30 requests (docs/allocation.md, "Time budget").
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public (int[] Index, double[] Metres, int Count) Scan(IReadOnlyList<PlanarPoint> origins, int lo, int hi, int[] start)
        {
            var index = new int[Math.Max(1024, Math.Min((long)(hi - lo) * 8, 1L << 26))];
            var metres = new double[index.Length];
            int count = 0;
            double r2 = Radius * Radius;
            for (int i = lo; i < hi; i++)
            {
                double ox = origins[i].X, oy = origins[i].Y;
                double fx0 = (ox - Radius - MinX) / Cell, fx1 = (ox + Radius - MinX) / Cell;
                double fy0 = (oy - Radius - MinY) / Cell, fy1 = (oy + Radius - MinY) / Cell;
                if (fx1 >= 0 && fx0 < Cols && fy1 >= 0 && fy0 < Rows)
                {
                    int c0 = Math.Max(0, (int)Math.Floor(fx0)), c1 = Math.Min(Cols - 1, (int)Math.Floor(fx1));
                    int r0 = Math.Max(0, (int)Math.Floor(fy0)), r1 = Math.Min(Rows - 1, (int)Math.Floor(fy1));
                    for (int r = r0; r <= r1; r++)
                    {
                        int to = CellStart[r * Cols + c1 + 1];
                        for (int k = CellStart[r * Cols + c0]; k < to; k++)
                        {
                            double dx = Xs[k] - ox, dy = Ys[k] - oy;
                            double d2 = dx * dx + dy * dy;
                            if (d2 > r2) continue;
                            if (count == index.Length)
                            {
                                Array.Resize(ref index, index.Length * 2);
                                Array.Resize(ref metres, index.Length);
                            }
                            index[count] = Id[k];
                            metres[count++] = Math.Sqrt(d2);
                        }
                    }
                }
                start[i + 1] = count;
            }
            return (index, metres, count);
        }
    }
}
