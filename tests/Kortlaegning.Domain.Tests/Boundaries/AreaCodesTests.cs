using Kortlaegning.Domain.Boundaries;

namespace Kortlaegning.Domain.Tests.Boundaries;

public class AreaCodesTests
{
    [Theory]
    [InlineData(AreaLevel.Municipality, "461", "0461")]
    [InlineData(AreaLevel.Municipality, " 0461 ", "0461")]
    [InlineData(AreaLevel.Municipality, "101", "0101")]
    [InlineData(AreaLevel.Parish, "8907", "8907")]
    [InlineData(AreaLevel.Postcode, "800", "0800")]
    [InlineData(AreaLevel.Postcode, "1000-1499", "1000-1499")]
    [InlineData(AreaLevel.HousingDepartment, "domi-7", "domi-7")]
    public void CodesAreNormalised(AreaLevel level, string raw, string expected) =>
        Assert.Equal(expected, AreaCodes.Normalise(level, raw));

    [Theory]
    [InlineData(AreaLevel.Municipality, "04611")]
    [InlineData(AreaLevel.Municipality, "0000")]
    [InlineData(AreaLevel.Parish, "89a7")]
    [InlineData(AreaLevel.Parish, "")]
    [InlineData(AreaLevel.Custom, "has space")]
    [InlineData(AreaLevel.Custom, "<script>")]
    public void MalformedCodesAreRefused(AreaLevel level, string raw) =>
        Assert.Null(AreaCodes.Normalise(level, raw));
}
