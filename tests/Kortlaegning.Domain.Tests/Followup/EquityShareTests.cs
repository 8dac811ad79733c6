using Kortlaegning.Domain.Followup;
using Kortlaegning.Domain.Indicators;

namespace Kortlaegning.Domain.Tests.Followup;

public class EquityShareTests
{
    // Ten parishes, need 10 … 1: the top quintile is the two of most need, p1 and p2.
    private static readonly Dictionary<string, double> Need = Enumerable.Range(1, 10).ToDictionary(i => $"p{i}", i => 11.0 - i);

    [Fact]
    public void TheTopQuintileOfTenAreasIsTheTwoOfMostNeedAndTiesAreKeptTogether()
    {
        Assert.Equal(["p1", "p2"], EquityShare.TopQuintile(Need).Order());
        var tied = new Dictionary<string, double>(Need) { ["p3"] = 9 };
        Assert.Equal(["p1", "p2", "p3"], EquityShare.TopQuintile(tied).Order());
        Assert.Equal(["a"], EquityShare.TopQuintile(new Dictionary<string, double> { ["a"] = 1, ["b"] = 0 }));
    }

    [Fact]
    public void SharesCountActivitiesOutsideRankedAreasInTheDenominator()
    {
        // 4 activities: p1 (20 participants), p2 (10), p7 (30), none (40): 2 of 4 activities, 30 of 100 participants.
        (string?, long)[] items = [("p1", 20), ("p2", 10), ("p7", 30), (null, 40)];
        var raw = EquityShare.Compute(Need, items, rawCounts: true, null, new DisclosureOptions());
        Assert.Equal(0.5, raw.ActivityShare);
        Assert.Equal(0.3, raw.ParticipantShare);
        var published = EquityShare.Compute(Need, items, rawCounts: false, 100, new DisclosureOptions());
        Assert.Equal(0.3, published.ParticipantShare);
        Assert.Equal(30, published.ParticipantsInTop);
    }

    [Fact]
    public void APublishedShareThatWouldRevealASmallCountIsWithheld()
    {
        // 3 of 60 participants in the top quintile: share × total = 3, so the share is withheld (activities stay).
        (string?, long)[] items = [("p1", 3), ("p7", 57)];
        var r = EquityShare.Compute(Need, items, rawCounts: false, 60, new DisclosureOptions());
        Assert.Null(r.ParticipantShare);
        Assert.Null(r.ParticipantsInTop);
        Assert.Equal(0.5, r.ActivityShare);
        // And when the total itself is withheld, so is the share.
        Assert.Null(EquityShare.Compute(Need, [("p1", 30), ("p7", 30)], rawCounts: false, null, new DisclosureOptions()).ParticipantShare);
    }
}
