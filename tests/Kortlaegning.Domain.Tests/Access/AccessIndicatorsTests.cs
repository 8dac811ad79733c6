using Kortlaegning.Domain.Access;

namespace Kortlaegning.Domain.Tests.Access;

public class AccessIndicatorsTests
{
    [Fact]
    public void ATypeHasFourIndicatorCodesInAFixedOrder()
    {
        Assert.Equal(["access.library.distance", "access.library.mean_distance", "access.library.share_within_1000", "access.library.2sfca"],
            AccessIndicators.Codes("library"));
    }

    [Theory]
    [InlineData("access.gp_clinic.2sfca", "gp_clinic")]
    [InlineData("access.gp_clinic", null)]
    [InlineData("population.total", null)]
    [InlineData("access..distance", null)]
    public void TheTypeIsReadBackFromAnAccessIndicatorCode(string code, string? type)
    {
        Assert.Equal(type, AccessIndicators.TypeOf(code));
    }

    [Fact]
    public void MeasuresAreRoundedAndTheShareIsInPercent()
    {
        var values = AccessIndicators.Values("library", new AreaAccess(0, 120, 1234.56, 2000.4, 0.123456, 0.123456789, ""));
        Assert.Equal([1235, 2000, 12.35, 0.1235], values.Select(v => v.Value));
        Assert.All(values, v => Assert.Null(v.Note));
        Assert.Equal(AccessIndicators.Codes("library"), values.Select(v => v.Code));
    }

    [Fact]
    public void WithoutAnyFacilityTheDistancesAreNullAndNotedAsNoFacility()
    {
        var values = AccessIndicators.Values("library", new AreaAccess(0, 120, null, null, 0, 0, ""));
        Assert.Equal([null, null, 0, 0], values.Select(v => v.Value));
        Assert.Equal(["no_facility", "no_facility", null, null], values.Select(v => v.Note));
    }

    [Fact]
    public void AnAreaWithoutResidentsHasNoValuesAndIsNotedSo()
    {
        var values = AccessIndicators.Values("library", new AreaAccess(0, 0, null, null, null, null, ""));
        Assert.All(values, v => Assert.Null(v.Value));
        Assert.All(values, v => Assert.Equal("no_residents", v.Note));
    }
}
