using Kortlaegning.Domain.Distance;

namespace Kortlaegning.Domain.Allocation;

/// <summary>
/// Sparse p-median data: for each demand point of positive weight, its L nearest candidates sorted by distance, and the
/// distance to the (L+1)-th (<see cref="Fallback"/>; +∞ when the list holds every candidate). A demand point whose listed
/// sites are all closed is charged the fallback distance, which is never more than its true distance: the sparse model is a
/// relaxation, so its bound is a valid lower bound and a solution that uses no fallback is truly optimal (docs/allocation.md).
/// </summary>
internal sealed class PMedianInstance
{
    /// <summary>Up to this many demand × candidate pairs, every pair is kept and the model is the full p-median.</summary>
    public const long CompletePairs = 4_000_000;

    public const int DefaultNeighbours = 24;

    /// <summary>Pairs from which the rows are sorted on every core.</summary>
    private const int ParallelSortPairs = 200_000;

    private PMedianInstance(double[] weight, int[] demandIndex, int[] start, int[] site, double[] metres, double[] fallback, int siteCount, CoverConstraints c)
    {
        Weight = weight;
        DemandIndex = demandIndex;
        Fallback = fallback;
        SiteCount = siteCount;
        Constraints = c;
        (Start, Site, Metres) = (start, site, metres);
        int nodes = weight.Length;
        var count = new int[siteCount];
        foreach (int s in Site) count[s]++;
        SiteStart = new int[siteCount + 1];
        for (int s = 0; s < siteCount; s++) SiteStart[s + 1] = SiteStart[s] + count[s];
        SiteNode = new int[Site.Length];
        SiteMetres = new double[Site.Length];
        var fill = SiteStart[..^1].ToArray();
        for (int i = 0; i < nodes; i++)
        {
            for (int e = Start[i]; e < Start[i + 1]; e++)
            {
                int at = fill[Site[e]]++;
                SiteNode[at] = i;
                SiteMetres[at] = Metres[e];
            }
        }
        MaxMetres = Metres.Length == 0 ? 0 : Metres.Max();
    }

    public double[] Weight { get; }
    public int[] DemandIndex { get; }
    public int NodeCount => Weight.Length;
    public int SiteCount { get; }
    public int[] Start { get; }
    public int[] Site { get; }
    public double[] Metres { get; }
    public double[] Fallback { get; }
    public int[] SiteStart { get; }
    public int[] SiteNode { get; }
    public double[] SiteMetres { get; }
    public double MaxMetres { get; }
    public CoverConstraints Constraints { get; }
    public bool Complete => Fallback.All(double.IsPositiveInfinity);

    /// <summary>Σ w × distance to the nearest open listed site, or the fallback when none is open: never above the true cost.</summary>
    public double SparseCost(IEnumerable<int> sites) => SparseCost(sites, out _);

    /// <summary>
    /// The sparse cost, and whether every demand point has an open listed site (<paramref name="inside"/>). Then the sparse
    /// cost is the true cost: an unlisted site lies at or beyond the fallback, which is at least every listed distance.
    /// </summary>
    public double SparseCost(IEnumerable<int> sites, out bool inside)
    {
        var open = sites.ToHashSet();
        double total = 0;
        inside = true;
        for (int i = 0; i < NodeCount; i++)
        {
            double d = Fallback[i];
            bool found = false;
            for (int e = Start[i]; e < Start[i + 1]; e++)
            {
                if (open.Contains(Site[e])) { d = Metres[e]; found = true; break; }
            }
            inside &= found;
            total += Weight[i] * d;
        }
        return total;
    }

    public static PMedianInstance Build(IReadOnlyList<PlanarPoint> demand, double[] weight, IReadOnlyList<PlanarPoint> sites,
        IDistanceProvider distances, int neighbours, CoverConstraints c)
    {
        var keep = Enumerable.Range(0, demand.Count).Where(i => weight[i] > 0).ToArray();
        var origins = keep.Select(i => demand[i]).ToArray();
        int l = neighbours > 0 ? neighbours : (long)keep.Length * sites.Count <= CompletePairs ? sites.Count : DefaultNeighbours;
        if (neighbours == 0 && l < sites.Count && distances is ISelectionReach reach && sites.Count > 0)
        {
            // Automatic lists on a street network: every candidate within a band beyond the nearest one (one pruned search
            // per candidate, far cheaper than a search per demand point until its L nearest are settled). The band is the
            // mean distance to the nearest of K sites spread evenly over the candidates' box (0.38·√(area / K), the mean
            // distance to the centre of a hexagonal cell): about what a K-site selection's assignment needs; the lists
            // around the selection that follow (AroundSelection) do not depend on it being right.
            double minX = sites.Min(p => p.X), maxX = sites.Max(p => p.X), minY = sites.Min(p => p.Y), maxY = sites.Max(p => p.Y);
            double band = 0.38 * Math.Sqrt(Math.Max(maxX - minX, 1) * Math.Max(maxY - minY, 1) / Math.Max(1, c.K));
            var (rows, limit) = reach.WithinSelectionPlus(origins, sites, [Enumerable.Range(0, sites.Count).ToArray()], band);
            return Assemble(keep, weight, SparseDistances.FromLists(rows), int.MaxValue, limit, sites.Count, c);
        }
        var lists = l >= sites.Count ? AllPairs(origins, sites, distances) : NearestByRadius(origins, sites, distances, l + 1);
        return Assemble(keep, weight, lists, l, null, sites.Count, c);
    }

    /// <summary>
    /// Lists around selections (Elloumi 2010's radius formulation cut at a per-point radius): demand point i keeps every
    /// candidate within T_i = D_i + <paramref name="slack"/>, D_i the largest over <paramref name="selections"/> of its true
    /// distance to the nearest selected site, and its fallback is T_i. Every unlisted candidate lies farther than T_i, so the
    /// fallback never overcharges and the instance stays a relaxation (its bounds are valid for the true p-median), while
    /// each selection's own assignment is inside every list, so its sparse cost is its true cost. With k sites among m a
    /// point's nearest open site is about its (m / 2k)-th nearest candidate; fixed-length lists miss it when m / k is large
    /// (issue 19: 24 listed, m / k = 50), these do not, and the Lagrangian bound on them is that of the full model whenever
    /// its multipliers stay below w_i·T_i (the slack is the room for that).
    /// </summary>
    public static PMedianInstance AroundSelection(IReadOnlyList<PlanarPoint> demand, double[] weight, IReadOnlyList<PlanarPoint> sites,
        ISelectionReach reach, IReadOnlyList<IReadOnlyList<int>> selections, double slack, CoverConstraints c)
    {
        var keep = Enumerable.Range(0, demand.Count).Where(i => weight[i] > 0).ToArray();
        var origins = keep.Select(i => demand[i]).ToArray();
        var (lists, limit) = reach.WithinSelectionPlus(origins, sites, selections, slack);
        return Assemble(keep, weight, SparseDistances.FromLists(lists), int.MaxValue, limit, sites.Count, c);
    }

    /// <summary>
    /// These lists grown around one more selection. With <paramref name="room"/> = <paramref name="slack"/> it is the
    /// instance <see cref="AroundSelection"/> would build around the earlier selections and <paramref name="selection"/>
    /// together (T_i = max(T_i, D_i + slack), D_i the distance to the nearest selected site); with less room only the rows
    /// with D_i + room > T_i get T_i = D_i + slack (room 0: the rows that do not list any selected site), the others keep
    /// theirs. Either way every row stays complete up to its fallback, so the instance stays a relaxation. Only the rows
    /// whose limit grows are searched again, one bounded search from each of those demand points
    /// (<see cref="ISelectionReach.WithinEach"/>). D_i is read off the row when its nearest selected site is
    /// listed (the rows are complete up to T_i, so the first selected site in the sorted row is the nearest), otherwise from
    /// one multi-source search from the selection (<see cref="IDistanceProvider.Nearest"/>). After swaps a few hundred of
    /// 20,000 points need this on the street-network benchmark, against a pruned search from each of the 1,000 candidates
    /// for a rebuild. <paramref name="grown"/> is the number of rows to search again; when it is above
    /// <paramref name="maxRows"/> nothing is searched and the answer is null (a rebuild is then cheaper).
    /// </summary>
    public PMedianInstance? GrownAround(IReadOnlyList<PlanarPoint> demand, IReadOnlyList<PlanarPoint> sites, IDistanceProvider distances,
        ISelectionReach reach, IReadOnlyList<int> selection, double slack, double room, int maxRows, out int grown)
    {
        var open = new bool[SiteCount];
        foreach (int s in selection) open[s] = true;
        var limit = (double[])Fallback.Clone();
        var far = new List<int>();
        var rows = new List<int>();
        for (int i = 0; i < NodeCount; i++)
        {
            if (double.IsPositiveInfinity(Fallback[i])) continue; // every reachable site is listed already
            int e = Start[i];
            while (e < Start[i + 1] && !open[Site[e]]) e++;
            if (e == Start[i + 1]) far.Add(i);
            else if (Metres[e] + room > Fallback[i])
            {
                limit[i] = Metres[e] + slack;
                rows.Add(i);
            }
        }
        grown = rows.Count + far.Count;
        if (grown > maxRows) return null;
        if (far.Count > 0)
        {
            var nearest = distances.Nearest(far.Select(i => demand[DemandIndex[i]]).ToArray(), selection.Select(j => sites[j]).ToArray());
            for (int k = 0; k < far.Count; k++) limit[far[k]] = Math.Max(Fallback[far[k]], nearest[k].Metres + slack);
            rows.AddRange(far);
        }
        if (rows.Count == 0) return this;
        rows.Sort();
        var found = reach.WithinEach(rows.Select(i => demand[DemandIndex[i]]).ToArray(), sites, rows.Select(i => limit[i]).ToArray());
        var newRow = new int[NodeCount];
        Array.Fill(newRow, -1);
        for (int k = 0; k < rows.Count; k++) newRow[rows[k]] = k;
        var start = new int[NodeCount + 1];
        for (int i = 0; i < NodeCount; i++) start[i + 1] = start[i] + (newRow[i] >= 0 ? found[newRow[i]].Count : Start[i + 1] - Start[i]);
        var site = new int[start[^1]];
        var metres = new double[start[^1]];
        for (int i = 0; i < NodeCount; i++)
        {
            if (newRow[i] < 0)
            {
                Site.AsSpan(Start[i], Start[i + 1] - Start[i]).CopyTo(site.AsSpan(start[i]));
                Metres.AsSpan(Start[i], Start[i + 1] - Start[i]).CopyTo(metres.AsSpan(start[i]));
                continue;
            }
            var row = found[newRow[i]];
            for (int k = 0; k < row.Count; k++) (site[start[i] + k], metres[start[i] + k]) = (row[k].Index, row[k].Metres);
            SortRow(metres.AsSpan(start[i], row.Count), site.AsSpan(start[i], row.Count));
        }
        return new PMedianInstance(Weight, DemandIndex, start, site, metres, limit, SiteCount, Constraints);
    }

    /// <summary>Sorts a row by distance, ties by candidate index (primitive sort, then each run of equal distances by index).</summary>
    private static void SortRow(Span<double> keys, Span<int> items)
    {
        keys.Sort(items);
        for (int a = 0, b; a < keys.Length; a = b)
        {
            for (b = a + 1; b < keys.Length && keys[b] == keys[a];) b++;
            if (b - a > 1) items[a..b].Sort();
        }
    }

    /// <summary>
    /// Sorted rows from the candidate lists: the <paramref name="most"/> nearest of each, with the fallback
    /// <paramref name="limit"/>[i] when given, else the (most+1)-th distance (+∞ when the list holds every candidate).
    /// </summary>
    private static PMedianInstance Assemble(int[] keep, double[] weight, SparseDistances lists, int most, double[]? limit, int siteCount, CoverConstraints c)
    {
        var fallback = new double[keep.Length];
        var start = new int[keep.Length + 1];
        for (int i = 0; i < keep.Length; i++) start[i + 1] = start[i] + Math.Min(most, lists.CountOf(i));
        var site = new int[start[^1]];
        var metres = new double[start[^1]];
        // Rows are independent: sorted in one chunk of demand points per core once there are enough pairs (sorting ~2 M pairs
        // took 0.16–0.27 s of each round of lists on the street-network benchmark); the result does not depend on the threads.
        int chunks = lists.Index.Length >= ParallelSortPairs ? Math.Clamp(Environment.ProcessorCount, 1, 8) : 1;
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = chunks }, part =>
        {
            int from = (int)((long)keep.Length * part / chunks), to = (int)((long)keep.Length * (part + 1) / chunks);
            int longest = 0;
            for (int i = from; i < to; i++) longest = Math.Max(longest, lists.CountOf(i));
            var keys = new double[longest];
            var items = new int[longest];
            for (int i = from; i < to; i++)
            {
                int count = lists.CountOf(i);
                var k = keys.AsSpan(0, count);
                var it = items.AsSpan(0, count);
                lists.Metres.AsSpan(lists.Start[i], count).CopyTo(k);
                lists.Index.AsSpan(lists.Start[i], count).CopyTo(it);
                SortRow(k, it);
                fallback[i] = limit is not null ? limit[i] : count > most ? k[most] : double.PositiveInfinity;
                int take = start[i + 1] - start[i];
                k[..take].CopyTo(metres.AsSpan(start[i]));
                it[..take].CopyTo(site.AsSpan(start[i]));
            }
        });
        return new PMedianInstance(keep.Select(i => weight[i]).ToArray(), keep, start, site, metres, fallback, siteCount, c);
    }

    private static SparseDistances AllPairs(PlanarPoint[] origins, IReadOnlyList<PlanarPoint> sites, IDistanceProvider distances)
    {
        int m = sites.Count;
        var start = new int[origins.Length + 1];
        var index = new int[(long)origins.Length * m];
        var metres = distances.Complete(origins, sites);
        for (int i = 0; i < origins.Length; i++)
        {
            start[i + 1] = start[i] + m;
            for (int s = 0; s < m; s++) index[start[i] + s] = s;
        }
        return new SparseDistances(start, index, metres);
    }

    /// <summary>
    /// At least <paramref name="want"/> nearest sites per origin through radius queries only, so a network provider works too:
    /// start from the radius that holds ~2·want sites at average density, double it for origins still short
    /// (want ≤ number of sites, so this ends); a provider that finds nearest sites itself (a street network) does so instead.
    /// Straight-line queries use the flat grid of <see cref="SparseDistances"/>.
    /// </summary>
    private static SparseDistances NearestByRadius(PlanarPoint[] origins, IReadOnlyList<PlanarPoint> sites, IDistanceProvider distances, int want)
    {
        if (distances is INearestDistances nearest) return SparseDistances.FromLists(nearest.NearestCount(origins, sites, want));
        double minX = sites.Min(p => p.X), maxX = sites.Max(p => p.X), minY = sites.Min(p => p.Y), maxY = sites.Max(p => p.Y);
        double extent = Math.Max(maxX - minX, 1) * Math.Max(maxY - minY, 1);
        double radius = Math.Sqrt(2.0 * want * extent / sites.Count / Math.PI);
        // Sites rarely fill their bounding box (coast, sea, rural parts): calibrate on up to 256 spread-out origins so that
        // the median origin finds ~1.5·want sites; those that find fewer are retried at twice the radius.
        if (origins.Length > 1024)
        {
            var sample = Enumerable.Range(0, 256).Select(k => origins[(int)((long)k * origins.Length / 256)]).ToArray();
            var counts = SparseDistances.Within(distances, sample, sites, radius);
            var sorted = Enumerable.Range(0, sample.Length).Select(counts.CountOf).Order().ToArray();
            double median = Math.Max(1, sorted[sorted.Length / 2]);
            radius *= Math.Clamp(Math.Sqrt(1.5 * want / median), 0.25, 1);
        }
        var rows = new (int[] Index, double[] Metres)?[origins.Length];
        var pending = Enumerable.Range(0, origins.Length).ToArray();
        SparseDistances? first = null;
        // A street network can leave a point short of sites at any radius (unreachable, or on an island): past a radius
        // that holds every site in a straight line, its row keeps what it found (fewer than want, no fallback).
        double minOX = origins.Min(p => p.X), maxOX = origins.Max(p => p.X), minOY = origins.Min(p => p.Y), maxOY = origins.Max(p => p.Y);
        double everything = 4 * Math.Sqrt(Math.Pow(Math.Max(maxX, maxOX) - Math.Min(minX, minOX), 2) + Math.Pow(Math.Max(maxY, maxOY) - Math.Min(minY, minOY), 2)) + 1;
        while (pending.Length > 0)
        {
            var found = SparseDistances.Within(distances, pending.Select(i => origins[i]).ToArray(), sites, radius);
            var still = new List<int>();
            bool last = radius > everything;
            for (int k = 0; k < pending.Length; k++)
            {
                int count = found.CountOf(k);
                if (count < want && !last) still.Add(pending[k]);
                else if (first is null) continue; // first round: read straight from its arrays below
                else rows[pending[k]] = (found.Index.AsSpan(found.Start[k], count).ToArray(), found.Metres.AsSpan(found.Start[k], count).ToArray());
            }
            first ??= found;
            pending = still.ToArray();
            radius *= 2;
        }
        // Rows the first round answered (all origins were pending then, in order) come from its arrays.
        var start = new int[origins.Length + 1];
        for (int i = 0; i < origins.Length; i++) start[i + 1] = start[i] + (rows[i] is { } r ? r.Index.Length : first!.CountOf(i));
        var index = new int[start[^1]];
        var metres = new double[start[^1]];
        for (int i = 0; i < origins.Length; i++)
        {
            if (rows[i] is { } r)
            {
                r.Index.CopyTo(index, start[i]);
                r.Metres.CopyTo(metres, start[i]);
            }
            else
            {
                first!.Index.AsSpan(first.Start[i], first.CountOf(i)).CopyTo(index.AsSpan(start[i]));
                first.Metres.AsSpan(first.Start[i], first.CountOf(i)).CopyTo(metres.AsSpan(start[i]));
            }
        }
        return new SparseDistances(start, index, metres);
    }
}
