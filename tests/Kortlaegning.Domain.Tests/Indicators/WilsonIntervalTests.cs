using Kortlaegning.Domain.Indicators;

namespace Kortlaegning.Domain.Tests.Indicators;

public class WilsonIntervalTests
{
    // 10/100 at 95 %: p = 0.1, z² = 3.84146; lower = (20 + 3.84146 − 1.959964·√(3.84146 + 36)) / (2·103.84146)
    // = 0.05523, upper = 0.17437 (the 5.52 %–17.44 % in the brief; Newcombe 1998, table I, gives 0.0552–0.1744).
    [Fact]
    public void TenOutOfOneHundredGivesFivePointFiveToSeventeenPointFourPercent()
    {
        var ci = WilsonInterval.Compute(10, 100);
        Assert.Equal(5.52, ci.Lower, 2);
        Assert.Equal(17.44, ci.Upper, 2);
    }

    // At O = 0 the formula reduces to [0, z²/(n + z²)] = [0, 3.84146/53.84146] = [0, 7.135 %].
    [Fact]
    public void NoEventsGivesZeroLowerLimitAndAPositiveUpperLimit()
    {
        var ci = WilsonInterval.Compute(0, 50);
        Assert.Equal(0, ci.Lower);
        Assert.Equal(7.135, ci.Upper, 3);
    }

    // At O = n the formula reduces to [n/(n + z²), 1] = [50/53.84146, 1] = [92.865 %, 100 %].
    [Fact]
    public void AllEventsGivesUpperLimitOfOneHundredPercent()
    {
        var ci = WilsonInterval.Compute(50, 50);
        Assert.Equal(92.865, ci.Lower, 3);
        Assert.Equal(100, ci.Upper, 9);
    }

    [Fact]
    public void MultiplierPutsTheLimitsOnThePerThousandScale()
    {
        var ci = WilsonInterval.Compute(10, 100, multiplier: 1000);
        Assert.Equal(55.23, ci.Lower, 2);
        Assert.Equal(174.37, ci.Upper, 2);
    }

    [Fact]
    public void NinetyNinePointEightPercentIntervalIsWiderThanNinetyFive()
    {
        var ci95 = WilsonInterval.Compute(10, 100);
        var ci998 = WilsonInterval.Compute(10, 100, WilsonInterval.Z998);
        Assert.True(ci998.Lower < ci95.Lower && ci998.Upper > ci95.Upper);
        // By hand with z = 3.090232: (20 + 9.54953 ∓ 3.090232·√(9.54953 + 36)) / (2·109.54953) → 3.97 %, 23.01 %.
        Assert.Equal(3.97, ci998.Lower, 2);
        Assert.Equal(23.01, ci998.Upper, 2);
    }

    // A zero denominator is a data error upstream, not a 0 % rate; the caller must see it.
    [Theory]
    [InlineData(1, 0)]
    [InlineData(-1, 10)]
    [InlineData(11, 10)]
    public void ImpossibleCountsAreRejected(double numerator, double denominator) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => WilsonInterval.Compute(numerator, denominator));

    [Fact]
    public void TryComputeReturnsNullWithoutADenominator()
    {
        Assert.Null(WilsonInterval.TryCompute(3, null));
        Assert.Null(WilsonInterval.TryCompute(3, 0));
        Assert.NotNull(WilsonInterval.TryCompute(3, 10));
    }
}
