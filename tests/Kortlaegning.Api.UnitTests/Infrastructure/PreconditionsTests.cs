using Kortlaegning.Api.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace Kortlaegning.Api.UnitTests.Infrastructure;

public class PreconditionsTests
{
    private static HttpRequest Request(params string[] ifMatch)
    {
        var http = new DefaultHttpContext();
        if (ifMatch.Length > 0) http.Request.Headers.IfMatch = ifMatch;
        return http.Request;
    }

    [Fact]
    public void TheETagIsTheVersionInQuotes()
    {
        Assert.Equal("\"v3\"", Preconditions.ETag(3));
    }

    [Fact]
    public void AnETagOfThisServiceGivesTheExpectedVersion()
    {
        Assert.True(Preconditions.TryIfMatch(Request("\"v3\""), "/api/facilities/1", out var expected, out var problem));
        Assert.Equal(3, expected);
        Assert.Null(problem);
    }

    [Fact]
    public void AStarMeansAnyVersion()
    {
        Assert.True(Preconditions.TryIfMatch(Request("\"v2\", *"), "/x", out var expected, out _));
        Assert.Null(expected);
    }

    [Fact]
    public void TheFirstUsableETagOfACommaSeparatedListCounts()
    {
        Assert.True(Preconditions.TryIfMatch(Request("W/\"abc\", \"v7\""), "/x", out var expected, out _));
        Assert.Equal(7, expected);
    }

    [Fact]
    public void WithoutIfMatchTheAnswerIs428AndNamesWhereTheETagComesFrom()
    {
        Assert.False(Preconditions.TryIfMatch(Request(), "/api/facilities/{id}", out _, out var problem));
        Assert.Equal(StatusCodes.Status428PreconditionRequired, problem!.StatusCode);
        Assert.Contains("GET /api/facilities/{id}", problem.ProblemDetails.Detail);
    }

    [Theory]
    [InlineData("\"3\"")]
    [InlineData("v3")]
    [InlineData("\"vx\"")]
    [InlineData("\"v\"")]
    public void AnETagThisServiceNeverGaveIs412(string value)
    {
        Assert.False(Preconditions.TryIfMatch(Request(value), "/x", out _, out var problem));
        Assert.Equal(StatusCodes.Status412PreconditionFailed, problem!.StatusCode);
    }

    [Fact]
    public void AStaleVersionAnswersTheCurrentETag()
    {
        var problem = Preconditions.Stale("facility", 17, 4);
        Assert.Equal(StatusCodes.Status412PreconditionFailed, problem.StatusCode);
        Assert.Equal("\"v4\"", problem.ProblemDetails.Extensions["currentETag"]);
        Assert.StartsWith("Facilitet 17 er nu i version 4", problem.ProblemDetails.Detail);
    }
}
