using Kortlaegning.Domain.Allocation;
using Kortlaegning.Domain.Distance;

namespace Kortlaegning.Domain.Tests.Network;

/// <summary>
/// The p-median rows, sorted in one chunk of demand points per core on large instances: every row in order of distance
/// (ties by candidate index) at the metres of the complete matrix, whatever the chunking.
/// </summary>
public class SortedRowsTests
{
    [Fact]
    public void RowsOfALargeInstanceAreSortedByDistanceThenIndex()
    {
        // 1,500 × 200 = 300,000 pairs: above the pair count from which the rows are sorted on every core.
        var network = StreetGrid.Provider(seed: 11, size: 20);
        var problem = StreetGrid.PMedian(seed: 11, size: 20, demand: 1_500, candidates: 200, k: 5);
        var input = new AllocationInput(problem, network);
        var inst = PMedianInstance.Build(input.DemandPoints, input.Weights, input.SitePoints, network, 0, input.Constraints);
        var matrix = network.Complete(input.DemandPoints, input.SitePoints);

        Assert.True(inst.Site.Length >= 200_000, $"{inst.Site.Length} pairs: the chunked sort is not reached");
        for (int i = 0; i < inst.NodeCount; i++)
        {
            int d = inst.DemandIndex[i];
            var expected = Enumerable.Range(0, 200).Where(j => double.IsFinite(matrix[d * 200 + j]))
                .OrderBy(j => matrix[d * 200 + j]).ThenBy(j => j).ToArray();
            var row = inst.Site.AsSpan(inst.Start[i], inst.Start[i + 1] - inst.Start[i]).ToArray();
            // Equal metres may come out of two searches a rounding apart: compare the metres in order, then the sites where
            // the metres are clearly apart.
            Assert.Equal(expected.Length, row.Length);
            for (int e = 0; e < row.Length; e++)
            {
                Assert.Equal(matrix[d * 200 + expected[e]], inst.Metres[inst.Start[i] + e], 6);
                if (e > 0) Assert.True(inst.Metres[inst.Start[i] + e - 1] < inst.Metres[inst.Start[i] + e] || row[e - 1] < row[e], $"row {i}: tie not in index order");
            }
        }
    }
}
