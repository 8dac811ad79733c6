using Kortlaegning.Api.Workshops;

namespace Kortlaegning.Api.UnitTests.Workshops;

public class WorkshopOptionsValidatorTests
{
    private static readonly WorkshopOptionsValidator Validator = new();

    [Fact]
    public void TheDefaultsAreValid() => Assert.True(Validator.Validate(null, new WorkshopOptions()).Succeeded);

    [Fact]
    public void ATextLimitLongerThanTheColumnIsRefused()
    {
        var result = Validator.Validate(null, new WorkshopOptions { MaxTextLength = 2001 });
        Assert.True(result.Failed);
        Assert.Contains("MaxTextLength", result.FailureMessage);
    }

    [Fact]
    public void EveryBadSettingIsNamed()
    {
        var result = Validator.Validate(null, new WorkshopOptions { MaxVertices = 0, DefaultVoteLimit = 101, RateLimitPerMinute = 0, PublicBaseUrl = "kort" });
        Assert.Equal(4, result.Failures!.Count());
    }
}
