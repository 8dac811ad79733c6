using Kortlaegning.Domain.Distance;

namespace Kortlaegning.Domain.Tests.Distance;

public class SparseDistancesTests
{
    /// <summary>
    /// The bucket-grid radius search (chunked over cores from 4,096 origins) finds exactly the pairs a brute-force scan
    /// finds, in origin order, with their distances; origins outside the destinations' extent included.
    /// </summary>
    [Theory]
    [InlineData(1, 6_000, 300, 250.0)]
    [InlineData(2, 5_000, 40, 1_500.0)]
    [InlineData(3, 100, 500, 80.0)]
    public void FlatGridEqualsBruteForce(int seed, int n, int m, double radius)
    {
        var rng = new Random(seed);
        var origins = Enumerable.Range(0, n).Select(_ => new PlanarPoint(rng.NextDouble() * 12_000 - 1_000, rng.NextDouble() * 9_000 - 500)).ToArray();
        var destinations = Enumerable.Range(0, m).Select(_ => new PlanarPoint(rng.NextDouble() * 10_000, rng.NextDouble() * 8_000)).ToArray();
        var grid = SparseDistances.FlatGridWithin(origins, destinations, radius);
        Assert.Equal(n, grid.OriginCount);
        for (int i = 0; i < n; i++)
        {
            var expected = Enumerable.Range(0, m).Where(j => Dist(origins[i], destinations[j]) <= radius).ToArray();
            var found = grid.IndicesOf(i).ToArray();
            Assert.Equal(expected, found.Order().ToArray());
            for (int e = grid.Start[i]; e < grid.Start[i + 1]; e++)
            {
                Assert.Equal(Dist(origins[i], destinations[grid.Index[e]]), grid.Metres[e], 9);
            }
        }
    }

    private static double Dist(PlanarPoint a, PlanarPoint b) => Math.Sqrt((a.X - b.X) * (a.X - b.X) + (a.Y - b.Y) * (a.Y - b.Y));
}
