using Kortlaegning.Domain.Workshops;

namespace Kortlaegning.Domain.Tests.Workshops;

public class CategoryKeyTests
{
    [Theory]
    [InlineData("idea")]
    [InlineData("safety_concern")]
    [InlineData("a1")]
    public void LowerCaseKeysStartingWithALetterAreValid(string key) => Assert.True(CategoryKey.IsValid(key));

    [Theory]
    [InlineData("")]
    [InlineData("1st")]
    [InlineData("_x")]
    [InlineData("Idea")]
    [InlineData("møde")]
    [InlineData("two words")]
    [InlineData(null)]
    public void OtherKeysAreInvalid(string? key) => Assert.False(CategoryKey.IsValid(key));

    [Fact]
    public void FortyCharactersIsTheLongestKey()
    {
        Assert.True(CategoryKey.IsValid(new string('a', WorkshopLimits.CategoryKeyLength)));
        Assert.False(CategoryKey.IsValid(new string('a', WorkshopLimits.CategoryKeyLength + 1)));
    }
}
