using Kortlaegning.Domain.Indicators;

namespace Kortlaegning.Domain.Tests.Followup;

public class IntervalDisclosureTests
{
    private static IntervalCell I(string id, int from, int to) => new(id, from, to);

    private static SeriesCount[] Counts(params long[] byPosition) => byPosition.Select((c, i) => new SeriesCount(i, c)).ToArray();

    private static List<(int, int)> PublishedStretches(IReadOnlyList<IntervalCell> cells, IReadOnlyDictionary<string, DisclosureDecision> d) =>
        cells.Where(c => d[c.Id].Published).Select(c => (c.From, c.To)).ToList();

    [Fact]
    public void AQuartersTotalAndTheYearToDateMustNotRevealASmallEarlierQuarterBySubtraction()
    {
        // Q1 = 3 (positions 0), Q2 = 40 (position 1). Year to date at Q2 = 43 is the first priority.
        var cells = new[] { I("ytd", 0, 2), I("q1", 0, 1), I("q2", 1, 2) };
        var d = DisclosureControl.ApplyIntervals(Counts(3, 40), cells);
        Assert.True(d["ytd"].Published);
        Assert.Equal(SuppressionReason.Primary, d["q1"].Reason);
        // Publishing Q2 would give Q1 = 43 − 40 = 3.
        Assert.Equal(SuppressionReason.Complementary, d["q2"].Reason);
        Assert.False(Subtraction.CanRecover(PublishedStretches(cells, d), (0, 1), [0, 1]));
    }

    [Fact]
    public void TheDifferenceOfTwoYearToDateTotalsIsProtectedEvenWhenNeitherIsSmall()
    {
        // Months 10, 2, 10: ytd1 = 10, ytd2 = 12, ytd3 = 22. ytd2 − ytd1 = 2, so ytd2 is withheld.
        var cells = new[] { I("ytd1", 0, 1), I("ytd2", 0, 2), I("ytd3", 0, 3) };
        var d = DisclosureControl.ApplyIntervals(Counts(10, 2, 10), cells);
        Assert.True(d["ytd1"].Published);
        Assert.Equal(SuppressionReason.Complementary, d["ytd2"].Reason);
        Assert.True(d["ytd3"].Published); // 22 − 10 = 12: safe
    }

    [Fact]
    public void MonthlyCellsUnderAPublishedYearTotalGetAComplementSoNoSuppressedMonthCanBeRecovered()
    {
        long[] months = [12, 9, 2, 15, 20, 8, 0, 11, 7, 30, 6, 14];
        var cells = new List<IntervalCell> { I("year", 0, 12) };
        cells.AddRange(Enumerable.Range(0, 12).Select(m => I($"m{m}", m, m + 1)));
        var d = DisclosureControl.ApplyIntervals(Counts(months), cells);
        Assert.True(d["year"].Published);
        Assert.Equal(SuppressionReason.Primary, d["m2"].Reason);
        Assert.True(d["m6"].Published); // a zero is published
        var withheld = cells.Where(c => !d[c.Id].Published).ToList();
        Assert.True(withheld.Count >= 2, "one suppressed month alone would be year minus the others");
        var published = PublishedStretches(cells, d);
        foreach (var c in withheld) Assert.False(Subtraction.CanRecover(published, (c.From, c.To), Enumerable.Range(0, 12).ToArray()), c.Id);
    }

    [Fact]
    public void AStretchForbiddenByTheCallerNeverBecomesDerivable()
    {
        var cells = new[] { I("a", 0, 1), I("b", 1, 2), I("ab", 0, 2) };
        var d = DisclosureControl.ApplyIntervals(Counts(10, 10), cells, forbidden: [(0, 2)]);
        Assert.True(d["a"].Published);
        Assert.False(d["b"].Published);
        Assert.False(d["ab"].Published);
    }

    // The attacker on random series: every small total of any stretch between end points of candidates must be
    // unrecoverable from what is published, and every withheld candidate too.
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void OnRandomMonthlySeriesNoSmallTotalOfAnyStretchCanBeRecovered(int seed)
    {
        var rng = new Random(seed);
        long[] months = Enumerable.Range(0, 12).Select(_ => (long)(rng.NextDouble() < 0.4 ? rng.Next(0, 5) : rng.Next(5, 30))).ToArray();
        var cells = new List<IntervalCell> { I("year", 0, 12) };
        for (int m = 1; m < 12; m++) cells.Add(I($"ytd{m}", 0, m));
        for (int q = 0; q < 4; q++) cells.Add(I($"q{q}", 3 * q, 3 * q + 3));
        for (int m = 0; m < 12; m++) cells.Add(I($"m{m}", m, m + 1));
        var d = DisclosureControl.ApplyIntervals(Counts(months), cells);
        var published = PublishedStretches(cells, d);
        var positions = Enumerable.Range(0, 12).ToArray();
        for (int a = 0; a < 12; a++)
        {
            for (int b = a + 1; b <= 12; b++)
            {
                long sum = months[a..b].Sum();
                if (sum is > 0 and < 5) Assert.False(Subtraction.CanRecover(published, (a, b), positions), $"months {a}–{b - 1} total {sum} recoverable");
            }
        }
        foreach (var c in cells.Where(c => !d[c.Id].Published)) Assert.False(Subtraction.CanRecover(published, (c.From, c.To), positions), c.Id);
    }
}
