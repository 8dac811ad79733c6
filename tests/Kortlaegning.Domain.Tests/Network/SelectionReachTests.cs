using Kortlaegning.Domain.Distance;

namespace Kortlaegning.Domain.Tests.Network;

/// <summary>
/// The pruned searches of <c>NetworkDistance.WithinSelectionPlus</c> against the complete matrix: every destination
/// within T_i is listed at its exact metres, every unlisted one lies beyond T_i, and T_i is the largest distance to the
/// selections plus the slack. The p-median bound is only valid if all three hold.
/// </summary>
public class SelectionReachTests
{
    [Theory]
    [InlineData(1, 0.0)]
    [InlineData(2, 50.0)]
    [InlineData(3, 250.0)]
    [InlineData(4, 900.0)]
    public void ListsHoldExactlyTheDestinationsWithinEachLimit(int seed, double slack)
    {
        var network = StreetGrid.Provider(seed, size: 15, missing: 0.25);
        var problem = StreetGrid.PMedian(seed, size: 15, demand: 250, candidates: 40, k: 3);
        var origins = problem.Demand.Select(d => d.Location).ToArray();
        var sites = problem.Candidates.Select(c => c.Location).ToArray();
        var rng = new Random(seed);
        IReadOnlyList<int>[] selections = [Pick(rng, 40, 3), Pick(rng, 40, 5)];
        var (lists, limit) = network.WithinSelectionPlus(origins, sites, selections, slack);
        var matrix = network.Complete(origins, sites);
        int listed = 0;
        for (int i = 0; i < origins.Length; i++)
        {
            double expected = selections.Max(sel => sel.Min(j => matrix[i * 40 + j]));
            if (double.IsFinite(expected)) Assert.Equal(expected + slack, limit[i], 6);
            var row = lists[i].ToDictionary(nb => nb.Index, nb => nb.Metres);
            for (int j = 0; j < 40; j++)
            {
                double d = matrix[i * 40 + j];
                if (row.TryGetValue(j, out double metres)) Assert.Equal(d, metres, 6);
                else Assert.True(d > limit[i] || double.IsPositiveInfinity(d), $"origin {i}: site {j} at {d} m within its limit {limit[i]} but not listed");
            }
            listed += row.Count;
        }
        Assert.True(listed > 0);
    }

    /// <summary>
    /// <c>WithinEach</c> (one bounded search per origin, its own limit) against the complete matrix: every destination
    /// within the origin's limit is listed at its exact metres, none beyond it; a limit of +∞ lists every reachable one.
    /// </summary>
    [Theory]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    public void EachOriginListsExactlyTheDestinationsWithinItsOwnLimit(int seed)
    {
        var network = StreetGrid.Provider(seed, size: 15, missing: 0.25);
        var problem = StreetGrid.PMedian(seed, size: 15, demand: 200, candidates: 40, k: 3);
        var origins = problem.Demand.Select(d => d.Location).ToArray();
        var sites = problem.Candidates.Select(c => c.Location).ToArray();
        var rng = new Random(seed);
        var limits = origins.Select((_, i) => i % 10 == 0 ? double.PositiveInfinity : i % 10 == 1 ? 0 : rng.NextDouble() * 1_500).ToArray();
        var lists = network.WithinEach(origins, sites, limits);
        var matrix = network.Complete(origins, sites);
        int listed = 0, unlisted = 0;
        for (int i = 0; i < origins.Length; i++)
        {
            var row = lists[i].ToDictionary(nb => nb.Index, nb => nb.Metres);
            Assert.Equal(lists[i].Count, row.Count);
            for (int j = 0; j < 40; j++)
            {
                double d = matrix[i * 40 + j];
                if (row.TryGetValue(j, out double metres))
                {
                    Assert.Equal(d, metres, 6);
                    Assert.True(metres <= limits[i] + 1e-6, $"origin {i}: site {j} at {metres} m listed beyond its limit {limits[i]}");
                    listed++;
                }
                else
                {
                    Assert.True(d > limits[i] || double.IsPositiveInfinity(d), $"origin {i}: site {j} at {d} m within its limit {limits[i]} but not listed");
                    unlisted += double.IsFinite(d) ? 1 : 0;
                }
            }
        }
        Assert.True(listed > 0 && unlisted > 0, $"{listed} listed, {unlisted} reachable but unlisted: the limits test nothing");
    }

    private static int[] Pick(Random rng, int m, int k) => Enumerable.Range(0, m).OrderBy(_ => rng.Next()).Take(k).ToArray();
}
