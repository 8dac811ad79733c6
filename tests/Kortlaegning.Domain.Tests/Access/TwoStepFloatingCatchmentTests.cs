using Kortlaegning.Domain.Access;
using Kortlaegning.Domain.Distance;

namespace Kortlaegning.Domain.Tests.Access;

// A worked example in the style of Luo & Wang (2003), on a line so every distance is obvious:
//
//   P1 (x=0, 100)   S1 (x=500, capacity 10)   P2 (x=1000, 200)          S2 (x=2500, capacity 5)   P3 (x=3000, 300)
//
// Distances: P1–S1 500, P2–S1 500, P2–S2 1,500, P3–S2 500; P1–S2 2,500, P3–S1 2,500.
// Catchment d0 = 1,600 m:
//   step 1: R1 = 10 / (100 + 200) = 1/30;   R2 = 5 / (200 + 300) = 1/100
//   step 2: A1 = R1 = 0.03333;  A2 = R1 + R2 = 0.04333;  A3 = R2 = 0.01   (per resident)
//   check: 100·A1 + 200·A2 + 300·A3 = 3.333 + 8.667 + 3 = 15 = total supply.
public class TwoStepFloatingCatchmentTests
{
    private static readonly PlanarPoint[] Demand = [new(0, 0), new(1000, 0), new(3000, 0)];
    private static readonly double[] Population = [100, 200, 300];
    private static readonly SupplyPoint[] Supply = [new(new PlanarPoint(500, 0), 10), new(new PlanarPoint(2500, 0), 5)];

    [Fact]
    public void WorkedExampleMatchesHandCalculation()
    {
        var a = TwoStepFloatingCatchment.Scores(Demand, Population, Supply, Catchment.Uniform(1600), EuclideanDistance.Instance);

        Assert.Equal(1.0 / 30, a[0], 12);
        Assert.Equal(1.0 / 30 + 1.0 / 100, a[1], 12);
        Assert.Equal(1.0 / 100, a[2], 12);
        Assert.Equal(15, 100 * a[0] + 200 * a[1] + 300 * a[2], 9);
    }

    // E2SFCA zones ≤500 m ×1.00, ≤1,000 m ×0.68, ≤1,600 m ×0.22: only the P2–S2 link (1,500 m) is discounted.
    //   R1 = 10 / (100 + 200) = 1/30;   R2 = 5 / (0.22·200 + 300) = 5/344
    //   A1 = 1/30;  A2 = 1/30 + 0.22·5/344;  A3 = 5/344.  Supply is still conserved: 100·A1 + 200·A2 + 300·A3 = 15.
    [Fact]
    public void EnhancedVersionWeighsBothStepsByZone()
    {
        var zones = new Catchment([new CatchmentZone(500, 1.00), new CatchmentZone(1000, 0.68), new CatchmentZone(1600, 0.22)]);
        var a = TwoStepFloatingCatchment.Scores(Demand, Population, Supply, zones, EuclideanDistance.Instance);

        Assert.Equal(1.0 / 30, a[0], 12);
        Assert.Equal(1.0 / 30 + 0.22 * 5 / 344, a[1], 12);
        Assert.Equal(5.0 / 344, a[2], 12);
        Assert.Equal(15, 100 * a[0] + 200 * a[1] + 300 * a[2], 9);
    }

    [Fact]
    public void GaussianThirdsUsesLuoAndQiWeights()
    {
        var c = Catchment.GaussianThirds(3000);
        Assert.Equal(1.00, c.Weight(0));
        Assert.Equal(1.00, c.Weight(1000));
        Assert.Equal(0.68, c.Weight(1000.001));
        Assert.Equal(0.68, c.Weight(2000));
        Assert.Equal(0.22, c.Weight(3000));
        Assert.Equal(0, c.Weight(3000.001));
        Assert.Equal(3000, c.Metres);
        Assert.False(c.IsUniform);
        Assert.True(Catchment.Uniform(3000).IsUniform);
    }

    // A facility nobody can reach has no ratio to hand out; it must not become S/0 = ∞ for a zero-population point.
    [Fact]
    public void FacilityWithoutDemandInReachGivesNothing()
    {
        var a = TwoStepFloatingCatchment.Scores([new PlanarPoint(0, 0)], [0.0], [new SupplyPoint(new PlanarPoint(100, 0), 7)], Catchment.Uniform(1000), EuclideanDistance.Instance);
        Assert.Equal(0, a[0]);
    }

    [Fact]
    public void FacilityAccessAveragesPointScoresByPopulationPerArea()
    {
        var points = new PopulationPoint[] { new(Demand[0], 100, 0), new(Demand[1], 200, 0), new(Demand[2], 300, 1) };
        var result = FacilityAccess.Compute(points, 2, Supply, new AccessOptions(1000, Catchment.Uniform(1600)), EuclideanDistance.Instance);

        // Area 0: (100·1/30 + 200·(1/30 + 1/100)) / 300 per resident × 1,000 = (3.333 + 8.667) / 300 × 1,000 = 40.
        Assert.Equal(40, result[0].Score!.Value, 9);
        Assert.Equal(10, result[1].Score!.Value, 9);
    }

    [Theory]
    [InlineData(new double[] { 1000, 500 }, new double[] { 1, 1 })]
    [InlineData(new double[] { 1000 }, new double[] { 1.5 })]
    [InlineData(new double[] { 0 }, new double[] { 1 })]
    public void ZonesThatDoNotIncreaseOrHaveImpossibleWeightsAreRejected(double[] limits, double[] weights) =>
        Assert.Throws<ArgumentException>(() => new Catchment(limits.Zip(weights, (l, w) => new CatchmentZone(l, w)).ToArray()));
}
