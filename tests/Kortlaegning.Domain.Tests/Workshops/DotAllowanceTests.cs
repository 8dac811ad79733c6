using Kortlaegning.Domain.Workshops;

namespace Kortlaegning.Domain.Tests.Workshops;

public class DotAllowanceTests
{
    [Fact]
    public void WithFiveDotsAndFourPlacedOneIsLeftAndCanBePlaced()
    {
        Assert.True(DotAllowance.CanPlace(5, 4));
        Assert.Equal(1, DotAllowance.Left(5, 4));
    }

    [Fact]
    public void WithAllDotsPlacedNoneCanBePlaced()
    {
        Assert.False(DotAllowance.CanPlace(5, 5));
        Assert.Equal(0, DotAllowance.Left(5, 5));
    }

    [Fact]
    public void LoweringTheLimitBelowWhatIsPlacedLeavesZeroNotANegativeNumber()
    {
        Assert.False(DotAllowance.CanPlace(2, 4));
        Assert.Equal(0, DotAllowance.Left(2, 4));
    }

    [Fact]
    public void AWorkshopWithoutDotsAllowsNone() => Assert.False(DotAllowance.CanPlace(0, 0));
}
