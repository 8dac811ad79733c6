using System.Globalization;
using System.Text;
using Kortlaegning.Api.Infrastructure.Localisation;
using Kortlaegning.Domain.Allocation;
using Kortlaegning.Domain.Boundaries;
using Kortlaegning.Domain.Distance;

namespace Kortlaegning.Api.UnitTests.Localisation;

/// <summary>
/// Issue 17: the Domain writes English; the API answers its messages in the request's language by their English
/// wording (<see cref="DomainMessages"/>). The messages here come from the Domain itself, so a changed wording there
/// fails here instead of quietly reaching a Danish planner in English.
/// </summary>
public class DomainMessagesTests
{
    private static T InLanguage<T>(string culture, Func<T> f)
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo(culture);
            return f();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    private static IReadOnlyList<AllocationFieldError> AllocationErrors(AllocationProblem p)
    {
        var e = Assert.Throws<AllocationValidationException>(() => LocationAllocation.Validate(p));
        return e.Errors;
    }

    [Fact]
    public void EveryAllocationCheckTheDomainMakesIsTranslated()
    {
        var here = new PlanarPoint(500_000, 6_200_000);
        var bad = new AllocationProblem
        {
            Objective = AllocationObjective.PMedian,
            K = 5,
            RadiusMetres = -1,
            Demand = [new DemandPoint("a", here, -1), new DemandPoint("a", new PlanarPoint(double.NaN, 0), 1), new DemandPoint("", here, 1)],
            Candidates = [new CandidateSite("s", here, Capacity: 3), new CandidateSite("s", here), new CandidateSite("", here)],
            Fixed = ["nope"],
            CoverageTarget = 2,
            TimeLimitSeconds = -1,
            PMedianNeighbours = -1,
            RelativeGapLimit = 1,
            MinPerArea = new Dictionary<string, int> { ["x"] = -1, ["y"] = 2 },
        };
        var empty = bad with { Demand = [], Candidates = [], Fixed = [], MinPerArea = new Dictionary<string, int>() };
        var messages = AllocationErrors(bad).Concat(AllocationErrors(empty)).Select(e => e.Message).Distinct().ToList();
        Assert.True(messages.Count >= 12, $"only {messages.Count} allocation messages produced");
        var unknown = messages.Where(m => !DomainMessages.IsKnown(m)).ToList();
        Assert.True(unknown.Count == 0, "allocation messages without a Danish text (Texts.Allocation): " + string.Join(" | ", unknown));
    }

    [Fact]
    public void AnAllocationMessageIsAnsweredInTheRequestLanguageWithItsValues()
    {
        const string english = "k must be between 1 and the number of candidates (3).";
        Assert.Equal("k skal være mellem 1 og antallet af kandidater (3).", InLanguage("da", () => DomainMessages.Localise(english)));
        Assert.Equal(english, InLanguage("en", () => DomainMessages.Localise(english)));
        // A sentence no table knows is passed on as written.
        Assert.Equal("Something new.", InLanguage("da", () => DomainMessages.Localise("Something new.")));
    }

    [Theory]
    [InlineData("", BoundaryFormat.Csv)]
    [InlineData("{\"type\":\"Feature\"}", BoundaryFormat.GeoJson)]
    [InlineData("{\"type\":\"FeatureCollection\"}", BoundaryFormat.GeoJson)]
    [InlineData("{not json", BoundaryFormat.GeoJson)]
    [InlineData("name;code\nx;1\n", BoundaryFormat.Csv)]
    [InlineData("{\"type\":\"Topology\"}", BoundaryFormat.GeoJson)]
    [InlineData("not a zip", BoundaryFormat.Shapefile)]
    public void ABoundaryFileTheDomainCannotReadIsExplainedInDanish(string content, BoundaryFormat format)
    {
        var e = Assert.ThrowsAny<BoundaryFormatException>(() => BoundaryReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(content)), format));
        Assert.True(DomainMessages.IsKnown(e.Message), "no Danish text (Texts.Boundaries) for: " + e.Message);
        Assert.NotEqual(e.Message, InLanguage("da", () => DomainMessages.Localise(e.Message)));
    }

    [Fact]
    public void AnAreaCodeRuleInsideADomainMessageIsTranslatedToo()
    {
        var da = InLanguage("da", () => DomainMessages.Localise("'89' is not " + AreaCodes.Describe(AreaLevel.Parish)));
        Assert.Equal("'89' er ikke en sognekode på 4 cifre, fx 8907", da);
    }
}
