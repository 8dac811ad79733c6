using Kortlaegning.Api.Indicators;
using Kortlaegning.Api.Infrastructure.Validation;

namespace Kortlaegning.Api.UnitTests.Indicators;

public class OwnIndicatorRulesTests
{
    private static OwnIndicatorBody Body(string code = "bl.diabetes", string unit = "count", bool countBased = true, string? en = "Diabetes") =>
        new(code, new OwnIndicatorName("Diabetes", en), unit, "low_is_good", countBased, null, "Residents with diabetes.", new OwnIndicatorSource("BL", null), null, "740");

    private static (Indicator? Indicator, IReadOnlyDictionary<string, string[]> Errors) Validate(OwnIndicatorBody body)
    {
        var errors = new FieldErrors();
        var d = OwnIndicatorRules.Validate(body, errors);
        return (d, errors.ToDictionary());
    }

    [Fact]
    public void AGoodDefinitionIsOwnedByItsMunicipalityAndAttributedToItsSource()
    {
        var (d, errors) = Validate(Body(en: null));
        Assert.Empty(errors);
        Assert.Equal("0740", d!.OwnerMunicipality);
        Assert.Equal("municipality:0740", d.Source);
        Assert.Equal("BL", d.SourceName);
        Assert.Equal("Diabetes", d.NameEn); // defaults to the Danish name
        Assert.Equal(0, d.Decimals); // counts default to whole numbers
    }

    [Theory]
    [InlineData("sp.x")]
    [InlineData("dst.x")]
    [InlineData("grid.x")]
    [InlineData("access.x")]
    [InlineData("workshop.x")]
    [InlineData("nodot")]
    [InlineData("BL.Diabetes")]
    public void ReservedOrMalformedCodesAreRefused(string code) => Assert.Contains("code", Validate(Body(code)).Errors.Keys);

    [Fact]
    public void OnlyCountsAndRatesCanBeCountBased()
    {
        Assert.Contains("countBased", Validate(Body(unit: "years")).Errors.Keys);
        Assert.Empty(Validate(Body(unit: "per_1000")).Errors);
        Assert.Empty(Validate(Body(unit: "years", countBased: false)).Errors);
    }
}
