using Kortlaegning.Api.Areas;
using Kortlaegning.Api.Infrastructure.Validation;
using Kortlaegning.Domain.Boundaries;
using Microsoft.AspNetCore.Http;

namespace Kortlaegning.Api.UnitTests.Areas;

public class AreaQueryParametersTests
{
    [Fact]
    public void AGoodQueryBecomesAFilter()
    {
        var errors = new FieldErrors();
        var filter = new AreaQueryParameters("parish", "727", "50", "9.8,55.7,10.5,56.1").ToFilter(errors);
        Assert.Equal(new AreaFilter(AreaLevel.Parish, "0727", new LonLatBox(9.8, 55.7, 10.5, 56.1), 50), filter);
    }

    [Fact]
    public void EveryBadParameterIsReportedAtOnce()
    {
        var errors = new FieldErrors();
        Assert.Null(new AreaQueryParameters(null, "04611", "-1", "1,2,3").ToFilter(errors));
        Assert.Equal(["bbox", "level", "municipality", "simplify"], errors.ToDictionary().Keys.Order());
    }

    [Fact]
    public void TheOneParameterHelpersAnswerInTheOneShape()
    {
        Assert.False(AreaQueryParameters.TryLevel("shire", out _, out var problem));
        var details = Assert.IsType<HttpValidationProblemDetails>(problem!.ProblemDetails);
        Assert.Equal(StatusCodes.Status400BadRequest, details.Status);
        Assert.Contains("'shire'", Assert.Single(details.Errors["level"]));
        Assert.Contains("'shire'", details.Detail);
    }

    [Fact]
    public void TheOneParameterHelpersReturnTheValueWhenGood()
    {
        Assert.True(AreaQueryParameters.TryCode(AreaLevel.Municipality, "461", "municipality", out var code, out var problem));
        Assert.Equal("0461", code);
        Assert.Null(problem);
        Assert.True(AreaQueryParameters.TryBbox(null, out var box, out _));
        Assert.Null(box);
        Assert.True(AreaQueryParameters.TryNumber("12.5", "within", 0, 100, out var within, out _));
        Assert.Equal(12.5, within);
    }

    [Fact]
    public void AMissingNumberIsRequiredInTheOneParameterHelper()
    {
        Assert.False(AreaQueryParameters.TryNumber(null, "limit", 1, 10, out _, out var problem));
        var details = Assert.IsType<HttpValidationProblemDetails>(problem!.ProblemDetails);
        Assert.Contains("skal udfyldes", details.Errors["limit"][0]);
    }
}
