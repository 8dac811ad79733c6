using Kortlaegning.Domain.Followup;
using Kortlaegning.Domain.Indicators;

namespace Kortlaegning.Domain.Tests.Followup;

public class FollowupFiguresTests
{
    private static readonly DateOnly Start = new(2026, 1, 1);

    private static ProjectData Project(params FollowupRegistration[] registrations)
    {
        FollowupActivity[] activities =
        [
            new(1, "walk", "afd7", "8001", Start, null, true, "community"),
            new(2, "course", "afd10", "8002", Start, null, true, "health"),
        ];
        FollowupTarget[] targets =
        [
            new(1, Metric.Participants, Start, new DateOnly(2026, 12, 31), 120),
            new(2, Metric.Participants, Start, new DateOnly(2026, 12, 31), 12, Track: "health"),
            new(3, Metric.NewActivities, Start, new DateOnly(2026, 12, 31), 20),
        ];
        return new ProjectData(Start, new DateOnly(2029, 12, 31), ["afd7", "afd10"], activities, registrations, targets);
    }

    private static FollowupRegistration R(int activity, int month, int day, long participants) =>
        new(activity, new DateOnly(2026, month, day), participants, 0, 0, 0);

    [Fact]
    public void RawProgressCountsEveryRegistrationUpToTheDay()
    {
        var data = Project(R(1, 1, 10, 20), R(1, 2, 3, 15), R(2, 3, 15, 3), R(1, 3, 20, 2));
        var f = new FollowupFigures(data, new DateOnly(2026, 3, 31), rawCounts: true, new DisclosureOptions());
        var e = f.Evaluate(data.Targets[0], new DateOnly(2026, 3, 16));
        Assert.Equal(38, e.Achieved); // 20 + 15 + 3, not the 2 of 20 March
        Assert.Equal(120 * 75 / 365.0, e.Expected, 9);
        Assert.Equal(ProgressStatus.Ahead, e.Status);
        Assert.Equal(3, f.Evaluate(data.Targets[1], new DateOnly(2026, 3, 16)).Achieved); // the health track only
        Assert.Equal(2, f.Evaluate(data.Targets[2], new DateOnly(2026, 3, 16)).Achieved);
    }

    [Fact]
    public void PublishedProgressStandsAtTheLastCompleteMonthAndWithholdsASmallTrackFigure()
    {
        var data = Project(R(1, 1, 10, 20), R(1, 2, 3, 15), R(2, 3, 15, 3), R(1, 3, 20, 2));
        var f = new FollowupFigures(data, new DateOnly(2026, 4, 10), rawCounts: false, new DisclosureOptions());
        var e = f.Evaluate(data.Targets[0], new DateOnly(2026, 4, 10));
        Assert.Equal(40, e.Achieved); // through 31 March
        Assert.Equal(120 * 90 / 365.0, e.Expected, 9);
        Assert.Null(f.Evaluate(data.Targets[1], new DateOnly(2026, 4, 10)).Achieved); // 3: withheld
        // March = 5 is publishable on its own, but Jan 20 + Feb 15 + Mar 5 under year-to-date totals: all differences ≥ 5.
        var months = f.Monthly(Metric.Participants, Start, new DateOnly(2026, 4, 1));
        Assert.Equal([20L, 15L, 5L], months.Select(m => m.Count));
        // afd10 has 3 participants: withheld, and afd7 (37) with it, since the total (40) is published; "outside" is 0.
        var places = f.Places(Start, new DateOnly(2026, 4, 1));
        Assert.Null(places.Single(p => p.Place == "afd10").Participants);
        Assert.Null(places.Single(p => p.Place == "afd7").Participants);
        Assert.Equal(1, places.Single(p => p.Place == "afd10").Activities);
    }

    [Fact]
    public void AMonthlyChartCellThatIsSmallIsWithheldTogetherWithAnotherSoTheQuarterDoesNotGiveItAway()
    {
        var data = Project(R(1, 1, 10, 20), R(1, 2, 3, 2), R(1, 3, 15, 30));
        var f = new FollowupFigures(data, new DateOnly(2026, 4, 10), rawCounts: false, new DisclosureOptions());
        var months = f.Monthly(Metric.Participants, Start, new DateOnly(2026, 4, 1));
        Assert.Null(months[1].Count);
        Assert.Equal(2, months.Count(m => m.Count is null));
        Assert.Equal(52, f.Total(Metric.Participants, Start, new DateOnly(2026, 4, 1)));
    }

    [Fact]
    public void NothingAfterTodayIsPublishedEvenWhenAskedForALaterDate()
    {
        var data = Project(R(1, 1, 10, 20), R(1, 4, 3, 50));
        var f = new FollowupFigures(data, new DateOnly(2026, 4, 10), rawCounts: false, new DisclosureOptions());
        Assert.Equal(20, f.Evaluate(data.Targets[0], new DateOnly(2026, 12, 31)).Achieved);
    }
}
