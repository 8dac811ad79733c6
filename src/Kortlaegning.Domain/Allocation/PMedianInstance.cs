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

    private PMedianInstance(double[] weight, int[] demandIndex, List<(int Site, double Metres)[]> lists, double[] fallback, int siteCount, CoverConstraints c)
    {
        Weight = weight;
        DemandIndex = demandIndex;
        Fallback = fallback;
        SiteCount = siteCount;
        Constraints = c;
        Start = new int[lists.Count + 1];
        for (int i = 0; i < lists.Count; i++) Start[i + 1] = Start[i] + lists[i].Length;
        Site = new int[Start[^1]];
        Metres = new double[Start[^1]];
        for (int i = 0; i < lists.Count; i++)
        {
            for (int k = 0; k < lists[i].Length; k++) (Site[Start[i] + k], Metres[Start[i] + k]) = lists[i][k];
        }
        var count = new int[siteCount];
        foreach (int s in Site) count[s]++;
        SiteStart = new int[siteCount + 1];
        for (int s = 0; s < siteCount; s++) SiteStart[s + 1] = SiteStart[s] + count[s];
        SiteNode = new int[Site.Length];
        SiteMetres = new double[Site.Length];
        var fill = SiteStart[..^1].ToArray();
        for (int i = 0; i < lists.Count; i++)
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
    public double SparseCost(IEnumerable<int> sites)
    {
        var open = sites.ToHashSet();
        double total = 0;
        for (int i = 0; i < NodeCount; i++)
        {
            double d = Fallback[i];
            for (int e = Start[i]; e < Start[i + 1]; e++)
            {
                if (open.Contains(Site[e])) { d = Metres[e]; break; }
            }
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
        var lists = l >= sites.Count ? AllPairs(origins, sites, distances) : NearestByRadius(origins, sites, distances, l + 1);
        var fallback = new double[keep.Length];
        for (int i = 0; i < lists.Count; i++)
        {
            var sorted = lists[i].OrderBy(n => n.Metres).ThenBy(n => n.Index).ToArray();
            fallback[i] = sorted.Length > l ? sorted[l].Metres : double.PositiveInfinity;
            lists[i] = sorted.Take(l).ToArray();
        }
        var typed = lists.Select(list => list.Select(n => (n.Index, n.Metres)).ToArray()).ToList();
        return new PMedianInstance(keep.Select(i => weight[i]).ToArray(), keep, typed, fallback, sites.Count, c);
    }

    private static List<Neighbour[]> AllPairs(PlanarPoint[] origins, IReadOnlyList<PlanarPoint> sites, IDistanceProvider distances)
    {
        var lists = new List<Neighbour[]>(origins.Length);
        foreach (var o in origins)
        {
            var row = new Neighbour[sites.Count];
            for (int s = 0; s < sites.Count; s++) row[s] = new Neighbour(s, distances.Between(o, sites[s]));
            lists.Add(row);
        }
        return lists;
    }

    /// <summary>
    /// At least <paramref name="want"/> nearest sites per origin through radius queries only, so a network provider works too:
    /// start from the radius that holds ~2·want sites at average density, double it for origins still short
    /// (want ≤ number of sites, so this ends).
    /// </summary>
    private static List<Neighbour[]> NearestByRadius(PlanarPoint[] origins, IReadOnlyList<PlanarPoint> sites, IDistanceProvider distances, int want)
    {
        double minX = sites.Min(p => p.X), maxX = sites.Max(p => p.X), minY = sites.Min(p => p.Y), maxY = sites.Max(p => p.Y);
        double extent = Math.Max(maxX - minX, 1) * Math.Max(maxY - minY, 1);
        double radius = Math.Sqrt(2.0 * want * extent / sites.Count / Math.PI);
        var lists = new List<Neighbour[]>(new Neighbour[origins.Length][]);
        var pending = Enumerable.Range(0, origins.Length).ToArray();
        while (pending.Length > 0)
        {
            var found = distances.Within(pending.Select(i => origins[i]).ToArray(), sites, radius);
            var still = new List<int>();
            for (int k = 0; k < pending.Length; k++)
            {
                if (found[k].Count >= want) lists[pending[k]] = found[k].ToArray();
                else still.Add(pending[k]);
            }
            pending = still.ToArray();
            radius *= 2;
        }
        return lists;
    }
}
