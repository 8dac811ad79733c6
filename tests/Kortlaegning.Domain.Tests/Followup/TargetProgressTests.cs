using Kortlaegning.Domain.Followup;

namespace Kortlaegning.Domain.Tests.Followup;

public class TargetProgressTests
{
    private static readonly DateOnly Jan1 = new(2026, 1, 1);
    private static readonly DateOnly Dec31 = new(2026, 12, 31);

    [Fact]
    public void AfterTheFirstQuarterNinetyOfThe365DaysOfTheTargetAreDue()
    {
        // 250 participants in 2026; 31 Mar is day 90: expected 250 × 90/365 = 61.64.
        var e = TargetProgress.Evaluate(Jan1, Dec31, 250, 62, new DateOnly(2026, 3, 31));
        Assert.Equal(90 / 365.0, e.Elapsed, 12);
        Assert.Equal(61.6438, e.Expected, 3);
        Assert.Equal(ProgressStatus.OnTrack, e.Status);
    }

    [Fact]
    public void TheFirstDayCountsWholeAndTheLastDayCompletesThePeriod()
    {
        Assert.Equal(1 / 365.0, TargetProgress.ElapsedShare(Jan1, Dec31, Jan1), 12);
        Assert.Equal(1, TargetProgress.ElapsedShare(Jan1, Dec31, Dec31));
        Assert.Equal(1, TargetProgress.ElapsedShare(Jan1, Dec31, new DateOnly(2027, 6, 1)));
        Assert.Equal(0, TargetProgress.ElapsedShare(Jan1, Dec31, new DateOnly(2025, 12, 31)));
    }

    [Fact]
    public void ALeapYearHas366DaysSoTheEndOfFebruaryIsSixtyOf366()
    {
        var from = new DateOnly(2028, 1, 1);
        var to = new DateOnly(2028, 12, 31);
        Assert.Equal(60 / 366.0, TargetProgress.ElapsedShare(from, to, new DateOnly(2028, 2, 29)), 12);
    }

    [Fact]
    public void ATargetAcrossAYearBoundaryIsProRataOverBothYears()
    {
        // 1 Jul 2026 – 30 Jun 2027 is 365 days; 31 Dec 2026 is day 184.
        var e = TargetProgress.Evaluate(new DateOnly(2026, 7, 1), new DateOnly(2027, 6, 30), 365, 100, new DateOnly(2026, 12, 31));
        Assert.Equal(184, e.Expected, 9);
        Assert.Equal(ProgressStatus.Behind, e.Status);
    }

    [Theory]
    [InlineData(111, ProgressStatus.Ahead)] // > 100 × 1.1
    [InlineData(110, ProgressStatus.OnTrack)] // exactly at the upper edge
    [InlineData(90, ProgressStatus.OnTrack)] // exactly at the lower edge
    [InlineData(89, ProgressStatus.Behind)]
    public void WithinTenPercentOfTheExpectedFigureIsOnTrack(double achieved, ProgressStatus status) =>
        Assert.Equal(status, TargetProgress.Status(achieved, 100));

    [Fact]
    public void BeforeThePeriodNothingIsExpectedAndAnythingAchievedIsAhead()
    {
        Assert.Equal(ProgressStatus.OnTrack, TargetProgress.Status(0, 0));
        Assert.Equal(ProgressStatus.Ahead, TargetProgress.Status(3, 0));
    }

    [Fact]
    public void AWithheldFigureHasNoStatus()
    {
        var e = TargetProgress.Evaluate(Jan1, Dec31, 250, null, Dec31);
        Assert.Null(e.Status);
        Assert.Equal(250, e.Expected);
    }
}
