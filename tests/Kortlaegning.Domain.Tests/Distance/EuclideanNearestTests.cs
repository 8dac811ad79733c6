using Kortlaegning.Domain.Distance;

namespace Kortlaegning.Domain.Tests.Distance;

public class EuclideanNearestTests
{
    // Two sites on one line have a zero-area extent; the grid used to pick 1 m cells and then walk ~400,000 rings
    // of empty cells per query (it hung the access tests). It must answer exactly, and at once.
    [Fact]
    public void CollinearDestinationsFarFromTheOriginStillGiveTheExactNearest()
    {
        var sites = new[] { new PlanarPoint(440_000, 6_100_000), new PlanarPoint(880_000, 6_100_000) };
        var found = EuclideanDistance.Instance.Nearest([new PlanarPoint(500_000, 6_400_000), new PlanarPoint(870_000, 6_100_000)], sites);

        Assert.Equal(0, found[0].Index);
        Assert.Equal(Math.Sqrt(60_000.0 * 60_000 + 300_000.0 * 300_000), found[0].Metres, 6);
        Assert.Equal(new Neighbour(1, 10_000), found[1]);
    }

    [Fact]
    public void SingleDestinationIsNearestToEveryOrigin()
    {
        var found = EuclideanDistance.Instance.Nearest([new PlanarPoint(0, 0), new PlanarPoint(450_000, 0)], [new PlanarPoint(900_000, 0)]);
        Assert.Equal(new Neighbour(0, 900_000), found[0]);
        Assert.Equal(new Neighbour(0, 450_000), found[1]);
    }
}
