using Kortlaegning.Domain.Followup;
using Kortlaegning.Domain.Indicators;

namespace Kortlaegning.Domain.Tests.Followup;

public class FollowupDisclosureTests
{
    private static IntervalCell I(string id, int from, int to) => new(id, from, to);

    [Fact]
    public void APlaceWithASmallCountIsWithheldWithTheNextSmallestSoTheTotalMinusTheOthersRevealsNothing()
    {
        // One stretch (the year), positions 0..1: A = 3, B = 20, C = 30, project total 53 published.
        var cells = new[] { I("year", 0, 2) };
        var places = new Dictionary<string, IReadOnlyList<SeriesCount>>
        {
            ["A"] = [new SeriesCount(0, 3)],
            ["B"] = [new SeriesCount(0, 20)],
            ["C"] = [new SeriesCount(1, 30)],
        };
        var (total, byPlace) = FollowupDisclosure.Decide([new SeriesCount(0, 23), new SeriesCount(1, 30)], places, cells, cells, new DisclosureOptions());
        Assert.True(total.Decisions["year"].Published);
        Assert.False(byPlace["A"].Decisions["year"].Published);
        Assert.False(byPlace["B"].Decisions["year"].Published);
        Assert.True(byPlace["C"].Decisions["year"].Published);
        // 53 − 30 = 23 = A + B: not small, neither recoverable.
    }

    [Fact]
    public void AWithheldProjectTotalIsNotGivenAwayByTheSumOfThePlaces()
    {
        // Q1 = 10 (A 5 + B 5), Q2 = 2 (A 2): the year 12 is published; Q2's 2 is withheld, so is Q1 (12 − 10).
        // Per place, A's year (7) and B's year (5) would sum to the year — fine — but A's Q2 is withheld as small.
        var cells = new[] { I("year", 0, 2), I("q1", 0, 1), I("q2", 1, 2) };
        var places = new Dictionary<string, IReadOnlyList<SeriesCount>>
        {
            ["A"] = [new SeriesCount(0, 5), new SeriesCount(1, 2)],
            ["B"] = [new SeriesCount(0, 5)],
        };
        var (total, byPlace) = FollowupDisclosure.Decide([new SeriesCount(0, 10), new SeriesCount(1, 2)], places, cells, cells, new DisclosureOptions());
        Assert.True(total.Decisions["year"].Published);
        Assert.False(total.Decisions["q1"].Published);
        Assert.False(total.Decisions["q2"].Published);
        foreach (var q in new[] { "q1", "q2" })
        {
            // The quarter's project total is withheld: the places of that quarter must not all be published.
            Assert.Contains(byPlace.Values, s => !s.Decisions[q].Published);
        }
        // Whatever is published, no withheld total is recoverable: check with the attacker over (place, position) cells.
        var cols = new[] { ("A", 0), ("A", 1), ("B", 0), ("B", 1) };
        double[] Vec(string? place, (int From, int To) s) => cols.Select(c => (place is null || c.Item1 == place) && c.Item2 >= s.From && c.Item2 < s.To ? 1.0 : 0.0).ToArray();
        var published = new List<double[]>();
        foreach (var c in cells)
        {
            if (total.Decisions[c.Id].Published) published.Add(Vec(null, (c.From, c.To)));
            foreach (var (p, s) in byPlace) if (s.Decisions[c.Id].Published) published.Add(Vec(p, (c.From, c.To)));
        }
        Assert.False(InSpan(published, Vec(null, (1, 2))), "the project's Q2 (2) is recoverable");
        Assert.False(InSpan(published, Vec("A", (1, 2))), "A's Q2 (2) is recoverable");
    }

    private static bool InSpan(List<double[]> rows, double[] v)
    {
        int Rank(List<double[]> m)
        {
            m = m.Select(r => (double[])r.Clone()).ToList();
            int rank = 0;
            for (int c = 0; c < v.Length && rank < m.Count; c++)
            {
                int p = m.FindIndex(rank, r => Math.Abs(r[c]) > 1e-9);
                if (p < 0) continue;
                (m[rank], m[p]) = (m[p], m[rank]);
                for (int i = 0; i < m.Count; i++)
                {
                    if (i == rank) continue;
                    double f = m[i][c] / m[rank][c];
                    for (int j = 0; j < v.Length; j++) m[i][j] -= f * m[rank][j];
                }
                rank++;
            }
            return rank;
        }
        return Rank(rows) == Rank([.. rows, v]);
    }
}
