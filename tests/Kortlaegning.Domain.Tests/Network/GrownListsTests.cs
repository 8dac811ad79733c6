using Kortlaegning.Domain.Allocation;
using Kortlaegning.Domain.Distance;
using Kortlaegning.Domain.Network;

namespace Kortlaegning.Domain.Tests.Network;

/// <summary>
/// Lists around the incumbent grown around a new selection (<c>PMedianInstance.GrownAround</c>, one search from each
/// demand point whose limit grows) against the lists built around both selections from scratch (one pruned search per
/// candidate, checked against the complete matrix in <see cref="SelectionReachTests"/>): the same rows, metres and
/// fallbacks, so the grown instance is as complete as the rebuilt one and stays a relaxation.
/// </summary>
public class GrownListsTests
{
    /// <summary>A seeded street grid, its p-median input, and two selections: the second far from the first in places, so
    /// some points' new nearest site lies beyond their lists.</summary>
    private static (NetworkDistance Network, AllocationInput Input, int[] First, int[] Second) Setup(int seed)
    {
        var network = StreetGrid.Provider(seed, size: 15, missing: 0.25);
        var problem = StreetGrid.PMedian(seed, size: 15, demand: 300, candidates: 40, k: 4);
        var rng = new Random(seed);
        var first = Enumerable.Range(0, 40).OrderBy(_ => rng.Next()).Take(4).ToArray();
        var second = Enumerable.Range(0, 40).Except(first).OrderBy(_ => rng.Next()).Take(2).ToArray();
        return (network, new AllocationInput(problem, network), first, second);
    }

    [Theory]
    [InlineData(1, 0.0)]
    [InlineData(2, 100.0)]
    [InlineData(3, 400.0)]
    [InlineData(4, 1_000.0)]
    public void GrowingAroundASecondSelectionGivesTheListsAroundBoth(int seed, double slack)
    {
        var (network, input, first, second) = Setup(seed);

        var around = PMedianInstance.AroundSelection(input.DemandPoints, input.Weights, input.SitePoints, network, [first], slack, input.Constraints);
        var grown = around.GrownAround(input.DemandPoints, input.SitePoints, network, network, second, slack, slack, int.MaxValue, out int rows)!;
        var rebuilt = PMedianInstance.AroundSelection(input.DemandPoints, input.Weights, input.SitePoints, network, [first, second], slack, input.Constraints);

        Assert.True(rows > 0, "no row grew: the test checks nothing");
        Assert.True(rebuilt.Site.Length > around.Site.Length);
        Assert.Equal(rebuilt.NodeCount, grown.NodeCount);
        Assert.Equal(rebuilt.DemandIndex, grown.DemandIndex);
        for (int i = 0; i < rebuilt.NodeCount; i++)
        {
            Assert.Equal(rebuilt.Fallback[i], grown.Fallback[i], 6);
            var expected = Row(rebuilt, i);
            var actual = Row(grown, i);
            Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
            foreach (var (j, metres) in expected) Assert.Equal(metres, actual[j], 6);
            for (int e = grown.Start[i] + 1; e < grown.Start[i + 1]; e++) Assert.True(grown.Metres[e - 1] <= grown.Metres[e], $"row {i} not sorted");
        }
        // The site-major index the heuristic and the bound read matches the rows.
        for (int s = 0; s < grown.SiteCount; s++)
        {
            for (int e = grown.SiteStart[s]; e < grown.SiteStart[s + 1]; e++) Assert.Equal(Row(grown, grown.SiteNode[e])[s], grown.SiteMetres[e]);
        }
        Assert.Equal(rebuilt.SparseCost(second), grown.SparseCost(second), 6);
        Assert.Null(around.GrownAround(input.DemandPoints, input.SitePoints, network, network, second, slack, slack, rows - 1, out int counted));
        Assert.Equal(rows, counted);
    }

    /// <summary>
    /// Room 0 grows only the rows that list no site of the new selection; against the complete matrix every row still
    /// holds exactly the sites within its fallback (the relaxation the bound needs), and now lists its nearest site of the
    /// new selection (so that selection's sparse cost is its true cost).
    /// </summary>
    [Theory]
    [InlineData(5, 0.0)]
    [InlineData(6, 300.0)]
    public void GrowingWithoutRoomKeepsEveryRowCompleteUpToItsFallback(int seed, double slack)
    {
        var (network, input, first, second) = Setup(seed);
        var around = PMedianInstance.AroundSelection(input.DemandPoints, input.Weights, input.SitePoints, network, [first], slack, input.Constraints);
        var grown = around.GrownAround(input.DemandPoints, input.SitePoints, network, network, second, slack, 0, int.MaxValue, out int rows)!;
        var matrix = network.Complete(input.DemandPoints, input.SitePoints);

        Assert.True(rows > 0, "no row grew: the test checks nothing");
        int kept = 0;
        for (int i = 0; i < grown.NodeCount; i++)
        {
            int d = grown.DemandIndex[i];
            var row = Row(grown, i);
            for (int j = 0; j < 40; j++)
            {
                double metres = matrix[d * 40 + j];
                if (row.TryGetValue(j, out double listed)) Assert.Equal(metres, listed, 6);
                else Assert.True(metres > grown.Fallback[i] || double.IsPositiveInfinity(metres), $"point {d}: site {j} at {metres} m within its fallback {grown.Fallback[i]} but not listed");
            }
            double nearest = second.Min(j => matrix[d * 40 + j]);
            if (double.IsFinite(nearest)) Assert.Contains(second, j => row.ContainsKey(j));
            if (Row(around, i).Count == row.Count) kept++;
        }
        Assert.True(kept > 0, "every row grew: room 0 was not tested");
        grown.SparseCost(second, out bool inside);
        Assert.True(inside);
    }

    private static Dictionary<int, double> Row(PMedianInstance inst, int i) =>
        Enumerable.Range(inst.Start[i], inst.Start[i + 1] - inst.Start[i]).ToDictionary(e => inst.Site[e], e => inst.Metres[e]);
}
