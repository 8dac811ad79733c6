using Kortlaegning.Api.Areas;
using Kortlaegning.Api.Infrastructure.Validation;
using Kortlaegning.Domain.Boundaries;

namespace Kortlaegning.Api.UnitTests.Areas;

public class AreaParametersTests
{
    [Theory]
    [InlineData("parish", AreaLevel.Parish)]
    [InlineData(" Municipality ", AreaLevel.Municipality)]
    [InlineData("housing_department", AreaLevel.HousingDepartment)]
    [InlineData("LOCAL_COMMUNITY", AreaLevel.LocalCommunity)]
    public void LevelNamesAreSnakeCaseInAnyLetterCase(string text, AreaLevel expected)
    {
        var errors = new FieldErrors();
        Assert.Equal(expected, AreaParameters.Level(errors, text));
        Assert.False(errors.Any);
    }

    [Fact]
    public void AMissingLevelIsRequiredAndTheMessageListsTheLevels()
    {
        var errors = new FieldErrors();
        Assert.Null(AreaParameters.Level(errors, null));
        var message = Assert.Single(errors.ToDictionary()["level"]);
        Assert.Contains("skal udfyldes", message);
        Assert.Contains("housing_department", message);
    }

    [Theory]
    [InlineData("county")]
    [InlineData("HousingDepartment")] // the C# name is not the API's name
    public void AnUnknownLevelIsNamedInTheError(string text)
    {
        var errors = new FieldErrors();
        Assert.Null(AreaParameters.Level(errors, text));
        Assert.Contains($"'{text}'", errors.ToDictionary()["level"][0]);
    }

    [Fact]
    public void AnOptionalLevelMayBeMissing()
    {
        var errors = new FieldErrors();
        Assert.Null(AreaParameters.Level(errors, "", required: false));
        Assert.False(errors.Any);
    }

    [Theory]
    [InlineData("461", "0461")]
    [InlineData("0461", "0461")]
    public void MunicipalityCodesGetFourDigits(string text, string expected)
    {
        var errors = new FieldErrors();
        Assert.Equal(expected, AreaParameters.Code(errors, AreaLevel.Municipality, text, "municipality"));
    }

    [Fact]
    public void ABadCodeSaysWhatACodeOfTheLevelLooksLike()
    {
        var errors = new FieldErrors();
        Assert.Null(AreaParameters.Code(errors, AreaLevel.Municipality, "04611", "municipality"));
        Assert.Contains("kommunekode", errors.ToDictionary()["municipality"][0]);
    }

    [Theory]
    [InlineData(null, 0)]
    [InlineData("0", 0)]
    [InlineData("50", 50)]
    [InlineData("2.5", 2.5)]
    [InlineData("10000", 10_000)]
    public void SimplifyIsMetresFromZeroToTenKilometres(string? text, double expected)
    {
        var errors = new FieldErrors();
        Assert.Equal(expected, AreaParameters.Simplify(errors, text));
        Assert.False(errors.Any);
    }

    [Theory]
    [InlineData("-3")]
    [InlineData("abc")]
    [InlineData("2,5")] // a Danish decimal comma
    [InlineData("10001")]
    [InlineData("NaN")]
    [InlineData("")]
    public void ABadSimplifyIsRefusedAndTheDefaultKept(string text)
    {
        var errors = new FieldErrors();
        Assert.Equal(0, AreaParameters.Simplify(errors, text));
        Assert.Contains("0 til 10000", errors.ToDictionary()["simplify"][0]);
    }

    [Fact]
    public void ABboxIsMinLonMinLatMaxLonMaxLat()
    {
        var errors = new FieldErrors();
        Assert.Equal(new LonLatBox(8.44, 55.46, 8.47, 55.48), AreaParameters.Bbox(errors, "8.44,55.46,8.47,55.48"));
        Assert.False(errors.Any);
    }

    [Fact]
    public void NoBboxIsNoFilter()
    {
        var errors = new FieldErrors();
        Assert.Null(AreaParameters.Bbox(errors, null));
        Assert.False(errors.Any);
    }

    [Theory]
    [InlineData("1,2,3")] // three numbers
    [InlineData("10,56,9,55")] // min above max
    [InlineData("-181,55,9,56")] // beyond the antimeridian
    [InlineData("8,55,9,91")] // beyond the pole
    [InlineData("8;55;9;56")]
    [InlineData("8,55,9,Infinity")]
    public void ABadBboxIsRefused(string text)
    {
        var errors = new FieldErrors();
        Assert.Null(AreaParameters.Bbox(errors, text));
        Assert.Contains("minLon,minLat,maxLon,maxLat", errors.ToDictionary()["bbox"][0]);
    }

    [Fact]
    public void APointInOdenseIsAccepted()
    {
        var errors = new FieldErrors();
        Assert.Equal((10.3883, 55.3959), AreaParameters.LonLat(errors, "10.3883", "55.3959"));
    }

    [Theory]
    [InlineData("abc", "55.4", "lon")]
    [InlineData("10.4", null, "lat")]
    [InlineData("10.4", "95", "lat")]
    [InlineData("55.4", "10.4", "lon")] // swapped
    [InlineData("10.4", "48.1", "lat")] // Munich's latitude
    public void APointOutsideDenmarkNamesTheCoordinateThatIsOff(string? lon, string? lat, string field)
    {
        var errors = new FieldErrors();
        Assert.Null(AreaParameters.LonLat(errors, lon, lat));
        Assert.True(errors.ToDictionary().ContainsKey(field));
    }
}
