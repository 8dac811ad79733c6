using Kortlaegning.Domain.Access;
using Kortlaegning.Domain.Distance;

namespace Kortlaegning.Domain.Tests.Access;

/// <summary>The straight-line fast path must give exactly what the generic path (any provider) gives.</summary>
public class PlanarCatchmentTests
{
    /// <summary>The straight line, but not recognised as <see cref="EuclideanDistance"/>: forces the generic path.</summary>
    private sealed class Generic : IDistanceProvider
    {
        public string Name => EuclideanDistance.Instance.Name;
        public double Between(PlanarPoint a, PlanarPoint b) => EuclideanDistance.Instance.Between(a, b);
        public IReadOnlyList<Neighbour>[] Within(IReadOnlyList<PlanarPoint> o, IReadOnlyList<PlanarPoint> d, double max) => EuclideanDistance.Instance.Within(o, d, max);
        public Neighbour[] Nearest(IReadOnlyList<PlanarPoint> o, IReadOnlyList<PlanarPoint> d) => EuclideanDistance.Instance.Nearest(o, d);
    }

    public static TheoryData<int, double, bool, double> Cases => new()
    {
        { 1, 10_000, false, 2_000 },
        { 2, 15_000, true, 1_000 },
        { 3, 1_500, false, 500 },    // many points with no facility in reach: nearest from the provider
        { 4, 30_000, true, 0 },
        { 5, 100, false, 100 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void FacilityAccessEqualsGenericPathExactly(int seed, double catchmentMetres, bool gaussian, double within)
    {
        var (points, areas, sites) = Data(seed, 20_000, 300, 800);
        var catchment = gaussian ? Catchment.GaussianThirds(catchmentMetres) : Catchment.Uniform(catchmentMetres);
        var options = new AccessOptions(within, catchment);

        var fast = FacilityAccess.Compute(points, areas, sites, options, EuclideanDistance.Instance);
        var slow = FacilityAccess.Compute(points, areas, sites, options, new Generic());

        Assert.Equal(slow, fast); // record equality: every double bit-identical
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ScoresEqualGenericPathExactly(int seed, double catchmentMetres, bool gaussian, double within)
    {
        _ = within;
        var (points, _, sites) = Data(seed, 5_000, 50, 400);
        var catchment = gaussian ? Catchment.GaussianThirds(catchmentMetres) : Catchment.Uniform(catchmentMetres);
        var demand = points.Select(p => p.Location).ToArray();
        var population = points.Select(p => p.Population).ToArray();

        var fast = TwoStepFloatingCatchment.Scores(demand, population, sites, catchment, EuclideanDistance.Instance);
        var slow = TwoStepFloatingCatchment.Scores(demand, population, sites, catchment, new Generic());

        Assert.Equal(slow, fast);
    }

    [Fact]
    public void NoFacilitiesGivesNoNearestAndZeroScores()
    {
        var (points, areas, _) = Data(7, 100, 5, 1);
        var r = FacilityAccess.Compute(points, areas, [], new AccessOptions(1000, Catchment.Uniform(5000)), EuclideanDistance.Instance);
        Assert.All(r.Where(a => a.Population > 0), a => { Assert.Null(a.MeanNearestMetres); Assert.Equal(0, a.Score); });
    }

    /// <summary>Clustered points (some with population 0), facilities partly clustered, partly far away, some at the same place.</summary>
    private static (PopulationPoint[] Points, int Areas, SupplyPoint[] Sites) Data(int seed, int pointCount, int areaCount, int siteCount)
    {
        var random = new Random(seed);
        var centres = Enumerable.Range(0, areaCount).Select(_ => new PlanarPoint(440_000 + random.NextDouble() * 200_000, 6_100_000 + random.NextDouble() * 150_000)).ToArray();
        var points = Enumerable.Range(0, pointCount).Select(i =>
        {
            var c = centres[i % areaCount];
            double x = Math.Floor(c.X / 1000 + (random.NextDouble() - 0.5) * 8) * 1000 + 500;
            double y = Math.Floor(c.Y / 1000 + (random.NextDouble() - 0.5) * 8) * 1000 + 500;
            double pop = random.Next(5) == 0 ? 0 : Math.Round(Math.Exp(2 + 1.5 * random.NextDouble()), 3) * 0.37;
            return new PopulationPoint(new PlanarPoint(x, y), pop, i % areaCount);
        }).ToArray();
        var sites = Enumerable.Range(0, siteCount).Select(j =>
        {
            var at = j % 10 == 0
                ? new PlanarPoint(300_000 + random.NextDouble() * 800_000, 5_900_000 + random.NextDouble() * 700_000)
                : points[random.Next(points.Length)].Location with { X = points[random.Next(points.Length)].Location.X + (random.NextDouble() - 0.5) * 900 };
            if (j % 37 == 0 && j > 0) at = points[j].Location; // exactly on a demand point
            return new SupplyPoint(at, 1 + random.Next(6));
        }).ToArray();
        return (points, areaCount, sites);
    }
}
