using Kortlaegning.Api.Infrastructure.Validation;
using Microsoft.AspNetCore.Http;

namespace Kortlaegning.Api.UnitTests.Infrastructure;

public class FieldErrorsTests
{
    [Fact]
    public void ProblemListsEveryFieldWithItsMessagesInTheOneShape()
    {
        var errors = new FieldErrors();
        errors.Add("k", "'k' must be between 1 and 50.");
        errors.AddRow(7, "geometry", "The polygon is not valid.");
        errors.Add("k", "'k' must be a whole number.");

        var problem = (HttpValidationProblemDetails)errors.ToProblem("The request has errors", 422).ProblemDetails;

        Assert.Equal(422, problem.Status);
        Assert.Equal(["'k' must be between 1 and 50.", "'k' must be a whole number."], problem.Errors["k"]);
        Assert.Equal(["The polygon is not valid."], problem.Errors["rows[7].geometry"]);
        Assert.Contains("'k' must be between 1 and 50.", problem.Detail);
    }

    [Fact]
    public void TheSameMessageForOneFieldIsListedOnce()
    {
        var errors = new FieldErrors();
        errors.Add("name", "required");
        errors.Add("name", "required");
        Assert.Single(errors.ToDictionary()["name"]);
    }

    [Theory]
    [InlineData("a\0b")]
    [InlineData("bell\a")]
    public void TextWithControlCharactersIsRefused(string value)
    {
        var errors = new FieldErrors();
        errors.Text("name", value, 100);
        Assert.Contains("kontroltegn", errors.ToDictionary()["name"][0]); // Danish: the default language
    }

    [Fact]
    public void TextKeepsLineBreaksAndTabs()
    {
        var errors = new FieldErrors();
        errors.Text("note", "first line\r\n\tsecond", 100);
        Assert.False(errors.Any);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(-0.5)]
    [InlineData(10.5)]
    public void RangeRefusesNonFiniteAndOutOfRangeNumbers(double value)
    {
        var errors = new FieldErrors();
        errors.Range("weight", value, 0, 10);
        Assert.True(errors.Any);
    }

    [Fact]
    public void AddAllPrefixesFieldNamesAndIndexes()
    {
        var inner = new FieldErrors();
        inner.Add("lon", "out of range");
        inner.Add("[2]", "duplicate");
        var outer = new FieldErrors();
        outer.AddAll(inner, "candidates");
        Assert.Equal(["candidates.lon", "candidates[2]"], outer.ToDictionary().Keys.Order());
    }
}
