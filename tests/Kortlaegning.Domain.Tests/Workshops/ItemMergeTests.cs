using Kortlaegning.Domain.Workshops;

namespace Kortlaegning.Domain.Tests.Workshops;

public class ItemMergeTests
{
    [Fact]
    public void AnItemMayMergeIntoAnother() => Assert.Null(ItemMerge.Refusal(3, 7));

    [Fact]
    public void AnItemCannotMergeIntoItself() => Assert.Equal("An item cannot merge into itself.", ItemMerge.Refusal(3, 3));

    [Fact]
    public void AMergeNeedsATarget() => Assert.NotNull(ItemMerge.Refusal(3, null));

    // Participants 1, 2 and 3 dotted the duplicate; 2 had also dotted the target: 1 and 3 move, 2 gets the dot back.
    [Fact]
    public void DotsMoveToTheTargetUnlessTheirOwnerAlreadyDottedIt()
    {
        var (moved, returned) = ItemMerge.Dots([1, 2, 3], [2, 9]);
        Assert.Equal([1, 3], moved);
        Assert.Equal([2], returned);
    }
}
