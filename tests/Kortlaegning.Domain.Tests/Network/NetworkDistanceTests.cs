using Kortlaegning.Domain.Distance;
using Kortlaegning.Domain.Network;

namespace Kortlaegning.Domain.Tests.Network;

public class NetworkDistanceTests
{
    private static readonly NetworkDistance Walk = RiverGrid.Provider();

    [Fact]
    public void TheRiverTurnsAHundredMetresIntoSevenHundred()
    {
        Assert.Equal(700, Walk.Between(RiverGrid.At(1, 0), RiverGrid.At(2, 0)), 9);
        Assert.Equal(100, EuclideanDistance.Instance.Between(RiverGrid.At(1, 0), RiverGrid.At(2, 0)), 9);
    }

    [Fact]
    public void OnOneSideOfTheRiverTheNetworkDistanceIsTheManhattanDistance()
    {
        Assert.Equal(400, Walk.Between(RiverGrid.At(0, 0), RiverGrid.At(1, 3)), 9);
        Assert.Equal(200, Walk.Between(RiverGrid.At(2, 1), RiverGrid.At(3, 2)), 9);
    }

    [Fact]
    public void SnappingDistanceIsAddedAtBothEnds()
    {
        // (50, 10) joins the street y = 0 at x = 50 (10 m); (100, -20) joins it at the corner (20 m): 10 + 50 + 20.
        Assert.Equal(80, Walk.Between(new PlanarPoint(50, 10), new PlanarPoint(100, -20)), 9);
        var snap = Walk.Snap([new PlanarPoint(50, 10)])[0];
        Assert.Equal(10, snap.Metres, 9);
        Assert.Equal(Walk.Graph.EdgeIds[snap.Edge], RiverGrid.Edges().Single(e => e.Source == RiverGrid.Id(0, 0) && e.Target == RiverGrid.Id(1, 0)).Id);
    }

    [Fact]
    public void TwoPointsOnOneStreetAreTheStretchBetweenThemApart()
    {
        Assert.Equal(5 + 60 + 5, Walk.Between(new PlanarPoint(20, 5), new PlanarPoint(80, -5)), 9);
    }

    [Fact]
    public void AWithinQueryStopsAtTheRadiusAlongTheStreets()
    {
        var origins = new[] { RiverGrid.At(1, 0) };
        var across = new[] { RiverGrid.At(2, 0), RiverGrid.At(0, 0) };
        var short_ = Walk.Within(origins, across, 699);
        Assert.Equal([new Neighbour(1, 100)], short_[0]);
        var enough = Walk.Within(origins, across, 700);
        Assert.Equal([new Neighbour(0, 700), new Neighbour(1, 100)], enough[0].OrderBy(n => n.Index));
    }

    [Fact]
    public void APointFartherThanTheSnappingDistanceIsUnreachableAndCounted()
    {
        var far = new PlanarPoint(150, 500); // 200 m above the top row, the limit is 60 m
        Assert.Empty(Walk.Within([far], [RiverGrid.At(0, 0)], 10_000)[0]);
        Assert.Equal(new Neighbour(-1, double.PositiveInfinity), Walk.Nearest([far], [RiverGrid.At(0, 0)])[0]);
        var summary = Walk.Summarise([far, new PlanarPoint(50, 10)]);
        Assert.Equal((2, 1, 10.0), (summary.Count, summary.Unreachable, summary.MaxMetres));
    }

    [Fact]
    public void NearestPicksTheSameBankOverTheCloserSiteAcrossTheRiver()
    {
        // From (140, 0): the site at (200, 0) is 60 m away in a straight line, 740 m on foot; the one at (0, 100) is 240 m.
        var found = Walk.Nearest([new PlanarPoint(140, 0)], [new PlanarPoint(200, 0), new PlanarPoint(0, 100)]);
        Assert.Equal(new Neighbour(1, 240), found[0] with { Metres = Math.Round(found[0].Metres, 9) });
    }

    [Fact]
    public void IsochroneCoversWholeStreetsAndStopsPartWayAlongTheLast()
    {
        var lines = Walk.Reach(RiverGrid.At(0, 0), 150);
        double total = lines.Sum(l => l.Zip(l.Skip(1), (a, b) => EuclideanDistance.Instance.Between(a, b)).Sum());
        // Two streets from the corner (100 m each), then 50 m onwards on each of the three streets they lead to.
        Assert.Equal(350, total, 6);
    }

    /// <summary>
    /// Random points on and near the grid: every Within and Nearest answer equals snap + Floyd–Warshall shortest path
    /// between edge ends (or along the shared edge) + snap, worked out independently.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void WithinAndNearestAgreeWithAllPairsShortestPaths(int seed)
    {
        var rng = new Random(seed);
        var origins = Enumerable.Range(0, 40).Select(_ => new PlanarPoint(rng.NextDouble() * 400 - 50, rng.NextDouble() * 400 - 50)).ToArray();
        var sites = Enumerable.Range(0, 7).Select(_ => new PlanarPoint(rng.NextDouble() * 300, rng.NextDouble() * 300)).ToArray();
        var brute = new BruteForce(Walk);
        var within = Walk.Within(origins, sites, 450);
        var nearest = Walk.Nearest(origins, sites);
        for (int i = 0; i < origins.Length; i++)
        {
            var expected = Enumerable.Range(0, sites.Length).Select(j => (j, d: brute.Distance(origins[i], sites[j]))).ToArray();
            var inRadius = expected.Where(t => t.d <= 450).Select(t => t.j).Order().ToArray();
            Assert.Equal(inRadius, within[i].Select(n => n.Index).Order().ToArray());
            foreach (var nb in within[i]) Assert.Equal(expected[nb.Index].d, nb.Metres, 6);
            double best = expected.Min(t => t.d);
            Assert.Equal(best, nearest[i].Metres, 6);
        }
        // The other orientation (more destinations than origins) searches from the destinations and turns the rows round.
        var turned = Walk.Within(sites, origins, 450);
        for (int j = 0; j < sites.Length; j++)
        {
            var expected = Enumerable.Range(0, origins.Length).Where(i => brute.Distance(origins[i], sites[j]) <= 450).ToArray();
            Assert.Equal(expected, turned[j].Select(n => n.Index).Order().ToArray());
        }
    }

    /// <summary>
    /// The nearest-count search stops early and must still give each origin its k nearest sites with exact metres (and
    /// every site it reaches, when it reaches fewer): the distances in order equal the brute force's k smallest.
    /// </summary>
    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 3)]
    [InlineData(3, 5)]
    [InlineData(4, 60)]
    public void NearestCountGivesTheKNearestSitesWithExactMetres(int seed, int k)
    {
        // A 20 × 20 grid of 50 m blocks with a quarter of its streets left out (so it has islands), large enough that
        // the search stops early: its stop test runs every 32 settled vertices.
        var rng = new Random(seed);
        var edges = new List<StreetEdge>();
        PlanarPoint At(int c, int r) => new(50 * c, 50 * r);
        for (int c = 0; c < 20; c++)
        {
            for (int r = 0; r < 20; r++)
            {
                if (r + 1 < 20 && rng.NextDouble() > 0.25) edges.Add(new StreetEdge(edges.Count + 1, 20 * c + r + 1, 20 * c + r + 2, 50, [At(c, r), At(c, r + 1)]));
                if (c + 1 < 20 && rng.NextDouble() > 0.25) edges.Add(new StreetEdge(edges.Count + 1, 20 * c + r + 1, 20 * (c + 1) + r + 1, 50, [At(c, r), At(c + 1, r)]));
            }
        }
        var walk = new NetworkDistance(StreetGraph.Build(edges), NetworkProfile.Walk, 40);
        var origins = Enumerable.Range(0, 80).Select(_ => new PlanarPoint(rng.NextDouble() * 1000 - 25, rng.NextDouble() * 1000 - 25)).ToArray();
        var sites = Enumerable.Range(0, 40).Select(_ => new PlanarPoint(rng.NextDouble() * 950, rng.NextDouble() * 950)).ToArray();
        var brute = new BruteForce(walk);
        var found = walk.NearestCount(origins, sites, k);
        for (int i = 0; i < origins.Length; i++)
        {
            var expected = sites.Select(s => brute.Distance(origins[i], s)).Where(double.IsFinite).Order().ToArray();
            foreach (var nb in found[i]) Assert.Equal(brute.Distance(origins[i], sites[nb.Index]), nb.Metres, 6);
            Assert.Equal(Math.Min(k, expected.Length), Math.Min(k, found[i].Count));
            var got = found[i].Select(n => n.Metres).Order().Take(k).ToArray();
            for (int r = 0; r < got.Length; r++) Assert.Equal(expected[r], got[r], 6);
            Assert.Equal(found[i].Select(n => n.Index).Distinct().Count(), found[i].Count);
        }
    }

    /// <summary>Floyd–Warshall over the vertices and the snap formula, with no code shared with the provider's search.</summary>
    private sealed class BruteForce
    {
        private readonly NetworkDistance _p;
        private readonly double[,] _d;

        public BruteForce(NetworkDistance p)
        {
            _p = p;
            var g = p.Graph;
            int n = g.VertexCount;
            _d = new double[n, n];
            for (int a = 0; a < n; a++) for (int b = 0; b < n; b++) _d[a, b] = a == b ? 0 : double.PositiveInfinity;
            for (int e = 0; e < g.EdgeCount; e++)
            {
                int s = g.EdgeSource[e], t = g.EdgeTarget[e];
                _d[s, t] = _d[t, s] = Math.Min(_d[s, t], g.EdgeMetres[e]);
            }
            for (int k = 0; k < n; k++) for (int a = 0; a < n; a++) for (int b = 0; b < n; b++) _d[a, b] = Math.Min(_d[a, b], _d[a, k] + _d[k, b]);
        }

        public double Distance(PlanarPoint a, PlanarPoint b)
        {
            var g = _p.Graph;
            var (sa, sb) = (_p.Snap([a])[0], _p.Snap([b])[0]);
            if (!sa.Reachable || !sb.Reachable) return double.PositiveInfinity;
            var endsA = new[] { (g.EdgeSource[sa.Edge], sa.Offset), (g.EdgeTarget[sa.Edge], g.EdgeMetres[sa.Edge] - sa.Offset) };
            var endsB = new[] { (g.EdgeSource[sb.Edge], sb.Offset), (g.EdgeTarget[sb.Edge], g.EdgeMetres[sb.Edge] - sb.Offset) };
            double best = sa.Edge == sb.Edge ? Math.Abs(sa.Offset - sb.Offset) : double.PositiveInfinity;
            foreach (var (va, da) in endsA) foreach (var (vb, db) in endsB) best = Math.Min(best, da + _d[va, vb] + db);
            return sa.Metres + best + sb.Metres;
        }
    }
}
