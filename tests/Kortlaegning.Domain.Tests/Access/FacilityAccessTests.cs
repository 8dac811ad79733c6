using Kortlaegning.Domain.Access;
using Kortlaegning.Domain.Distance;

namespace Kortlaegning.Domain.Tests.Access;

public class FacilityAccessTests
{
    private static PopulationPoint Pt(double x, double y, double population, int area) => new(new PlanarPoint(x, y), population, area);

    private static SupplyPoint Site(double x, double y, double capacity = 1) => new(new PlanarPoint(x, y), capacity);

    private static readonly SupplyPoint[] TwoSites = [Site(0, 0), Site(10_000, 0)];

    // Area 0: 100 residents at (3000, 0), nearest site 3,000 m; 300 at (0, 4000), nearest 4,000 m.
    //   centre = ((100·3000 + 300·0)/400, (100·0 + 300·4000)/400) = (750, 3000) → √(750² + 3000²) = 3,092.3 m to (0, 0)
    //   mean = (100·3000 + 300·4000)/400 = 3,750 m;  within 3,500 m: 100 of 400 = 0.25
    // Area 1: 50 residents at (9000, 0), 1,000 m from (10000, 0): mean 1,000 m, share 1.
    [Fact]
    public void NearestDistancesAndShareWithinMatchHandCalculation()
    {
        var points = new[] { Pt(3000, 0, 100, 0), Pt(0, 4000, 300, 0), Pt(9000, 0, 50, 1) };
        var result = FacilityAccess.Compute(points, 2, TwoSites, new AccessOptions(3500, Catchment.Uniform(5000)), EuclideanDistance.Instance);

        Assert.Equal(400, result[0].Population);
        Assert.Equal(Math.Sqrt(750.0 * 750 + 3000.0 * 3000), result[0].CentreToNearestMetres!.Value, 6);
        Assert.Equal(3750, result[0].MeanNearestMetres!.Value, 6);
        Assert.Equal(0.25, result[0].ShareWithin);
        Assert.Equal(1000, result[1].MeanNearestMetres!.Value, 6);
        Assert.Equal(1, result[1].ShareWithin);
        Assert.Contains("euclidean", result[0].MethodNote);
        Assert.Contains("2SFCA", result[0].MethodNote);
    }

    // Area 0 has a grid point with nobody living there; area 1 has no points at all. Neither has a centre or rates,
    // and neither must turn into NaN (0/0).
    [Fact]
    public void AreasWithoutResidentsGetPopulationZeroAndNoMeasures()
    {
        var points = new[] { Pt(1000, 0, 0, 0), Pt(2000, 0, 10, 2) };
        var result = FacilityAccess.Compute(points, 3, TwoSites, new AccessOptions(3500, Catchment.Uniform(5000)), EuclideanDistance.Instance);

        foreach (var empty in new[] { result[0], result[1] })
        {
            Assert.Equal(0, empty.Population);
            Assert.Null(empty.CentreToNearestMetres);
            Assert.Null(empty.MeanNearestMetres);
            Assert.Null(empty.ShareWithin);
            Assert.Null(empty.Score);
        }
        Assert.Equal(2000, result[2].MeanNearestMetres!.Value, 6);
    }

    [Fact]
    public void NoFacilitiesGivesNoDistancesShareZeroAndScoreZero()
    {
        var points = new[] { Pt(1000, 0, 10, 0) };
        var result = FacilityAccess.Compute(points, 1, [], new AccessOptions(3500, Catchment.Uniform(5000)), EuclideanDistance.Instance);

        Assert.Null(result[0].CentreToNearestMetres);
        Assert.Null(result[0].MeanNearestMetres);
        Assert.Equal(0, result[0].ShareWithin);
        Assert.Equal(0, result[0].Score);
        Assert.Contains("No facilities", result[0].MethodNote);
    }

    // Straight line × 2, standing in for a road network: every distance must come from the provider.
    [Fact]
    public void DistancesComeFromTheProvider()
    {
        var points = new[] { Pt(3000, 0, 100, 0) };
        var result = FacilityAccess.Compute(points, 1, TwoSites, new AccessOptions(5000, Catchment.Uniform(5000)), new DoubledDistance());

        Assert.Equal(6000, result[0].MeanNearestMetres!.Value, 6);
        Assert.Equal(6000, result[0].CentreToNearestMetres!.Value, 6);
        Assert.Equal(0, result[0].ShareWithin);
        Assert.Equal(0, result[0].Score);
        Assert.Contains("doubled", result[0].MethodNote);
    }

    [Fact]
    public void PointInAnAreaOutsideTheRangeIsRejected() =>
        Assert.Throws<ArgumentException>(() =>
            FacilityAccess.Compute([Pt(0, 0, 1, 5)], 2, TwoSites, new AccessOptions(1, Catchment.Uniform(1)), EuclideanDistance.Instance));

    private sealed class DoubledDistance : IDistanceProvider
    {
        private static readonly EuclideanDistance Line = EuclideanDistance.Instance;

        public string Name => "doubled";

        public double Between(PlanarPoint a, PlanarPoint b) => 2 * Line.Between(a, b);

        public IReadOnlyList<Neighbour>[] Within(IReadOnlyList<PlanarPoint> origins, IReadOnlyList<PlanarPoint> destinations, double maxMetres) =>
            Line.Within(origins, destinations, maxMetres / 2)
                .Select(list => (IReadOnlyList<Neighbour>)list.Select(n => n with { Metres = 2 * n.Metres }).ToArray())
                .ToArray();

        public Neighbour[] Nearest(IReadOnlyList<PlanarPoint> origins, IReadOnlyList<PlanarPoint> destinations) =>
            Line.Nearest(origins, destinations).Select(n => n with { Metres = 2 * n.Metres }).ToArray();
    }
}
