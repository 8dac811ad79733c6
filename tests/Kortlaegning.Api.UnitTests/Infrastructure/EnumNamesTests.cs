using System.Text.Json.Serialization;
using Kortlaegning.Api.Infrastructure.Validation;

namespace Kortlaegning.Api.UnitTests.Infrastructure;

public class EnumNamesTests
{
    public enum Sample
    {
        HealthCentre,
        [JsonStringEnumMemberName("zscore")] ZScore,
    }

    [Theory]
    [InlineData("health_centre", Sample.HealthCentre)]
    [InlineData("HEALTH_CENTRE", Sample.HealthCentre)]
    [InlineData("zscore", Sample.ZScore)]
    public void ParsesTheJsonNameCaseInsensitively(string text, Sample expected)
    {
        Assert.True(EnumNames.TryParse<Sample>(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("z_score")]
    [InlineData("1")]
    [InlineData("")]
    public void RefusesAnythingButAName(string text) => Assert.False(EnumNames.TryParse<Sample>(text, out _));

    [Fact]
    public void FieldErrorsNameTheAcceptedValues()
    {
        var errors = new Kortlaegning.Api.Infrastructure.Validation.FieldErrors();
        Assert.Null(errors.Enum<Sample>("method", "nope"));
        // Danish is the service's default language (no request here); the accepted names stay as the API spells them.
        Assert.Equal("'nope' er ikke en af: health_centre, zscore.", errors.ToDictionary()["method"][0]);
    }
}
