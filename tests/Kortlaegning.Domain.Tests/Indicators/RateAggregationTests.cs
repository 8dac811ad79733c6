using Kortlaegning.Domain.Indicators;

namespace Kortlaegning.Domain.Tests.Indicators;

public class RateAggregationTests
{
    // 10/100 (10 %) and 100/10,000 (1 %): the parent is 110/10,100 = 1.089 %, not the 5.5 % mean of the rates.
    [Fact]
    public void RateIsRecomputedFromSummedCountsNotAveraged()
    {
        var parent = RateAggregation.Aggregate([new ChildValue("a", 10, 100), new ChildValue("b", 100, 10_000)]);
        Assert.Equal(110, parent.Numerator);
        Assert.Equal(10_100, parent.Denominator);
        Assert.Equal(110.0 / 10_100 * 100, parent.Rate!.Value, 10);
        Assert.Equal(ValueNote.None, parent.Note);
        Assert.Equal(2, parent.Children);
    }

    [Fact]
    public void MultiplierGivesRatePerThousand()
    {
        var parent = RateAggregation.Aggregate([new ChildValue("a", 3, 1_000), new ChildValue("b", 2, 1_000)], multiplier: 1000);
        Assert.Equal(2.5, parent.Rate);
    }

    // A child with only a rate cannot contribute a count, so neither the parent count nor its rate is knowable.
    [Fact]
    public void ChildWithoutNumeratorMakesTheParentRateNotComputable()
    {
        var parent = RateAggregation.Aggregate([new ChildValue("a", 10, 100), new ChildValue("b", null, 200)]);
        Assert.Null(parent.Numerator);
        Assert.Equal(300, parent.Denominator);
        Assert.Null(parent.Rate);
        Assert.True(parent.Note.HasFlag(ValueNote.NotComputable));
    }

    [Fact]
    public void SuppressedChildWithoutCountsMakesTheParentSuppressedAndNotComputable()
    {
        var parent = RateAggregation.Aggregate([new ChildValue("a", 10, 100), new ChildValue("b", null, 50, ValueNote.Suppressed)]);
        Assert.Equal(ValueNote.Suppressed | ValueNote.NotComputable, parent.Note);
    }

    // Internally the true counts of a suppressed parish are known; the municipality can be computed, but it is flagged.
    [Fact]
    public void SuppressedChildWithItsTrueCountsStillAggregatesAndFlagsTheParent()
    {
        var parent = RateAggregation.Aggregate([new ChildValue("a", 10, 100), new ChildValue("b", 3, 50, ValueNote.Suppressed)]);
        Assert.Equal(13, parent.Numerator);
        Assert.Equal(ValueNote.Suppressed, parent.Note);
    }

    [Fact]
    public void EstimatedChildMakesTheParentEstimated()
    {
        var parent = RateAggregation.Aggregate([new ChildValue("a", 10, 100, ValueNote.Estimated), new ChildValue("b", 3, 50)]);
        Assert.Equal(ValueNote.Estimated, parent.Note);
        Assert.NotNull(parent.Rate);
    }

    [Fact]
    public void NoChildrenOrZeroDenominatorIsNotComputable()
    {
        Assert.Null(RateAggregation.Aggregate([]).Rate);
        Assert.Null(RateAggregation.Aggregate([new ChildValue("a", 0, 0)]).Rate);
    }
}
