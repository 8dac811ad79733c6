using System.Text;
using Kortlaegning.Api.Infrastructure.Localisation;
using Kortlaegning.Domain.Allocation;
using Kortlaegning.Domain.Boundaries;
using Kortlaegning.Domain.Distance;
using Kortlaegning.Domain.Ogc;

namespace Kortlaegning.Api.UnitTests.Localisation;

/// <summary>
/// Issue 17: the Domain writes English; the API answers its messages in the request's language by their English
/// wording (<see cref="DomainMessages"/>). The messages here come from the Domain itself, so a changed wording there
/// fails here instead of quietly reaching a Danish planner in English.
/// </summary>
public class DomainMessagesTests
{
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
        Assert.Equal("k skal være mellem 1 og antallet af kandidater (3).", InLanguage.Run("da", () => DomainMessages.Localise(english)));
        Assert.Equal(english, InLanguage.Run("en", () => DomainMessages.Localise(english)));
        // A sentence no table knows is passed on as written.
        Assert.Equal("Something new.", InLanguage.Run("da", () => DomainMessages.Localise("Something new.")));
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
        Assert.NotEqual(e.Message, InLanguage.Run("da", () => DomainMessages.Localise(e.Message)));
    }

    [Fact]
    public void AnAreaCodeRuleInsideADomainMessageIsTranslatedToo()
    {
        var da = InLanguage.Run("da", () => DomainMessages.Localise("'89' is not " + AreaCodes.Describe(AreaLevel.Parish)));
        Assert.Equal("'89' er ikke en sognekode på 4 cifre, fx 8907", da);
    }

    private static readonly Dictionary<string, Cql2Type> Queryables = new()
    {
        ["name"] = Cql2Type.String,
        ["population"] = Cql2Type.Number,
        ["published"] = Cql2Type.Boolean,
        ["geometry"] = Cql2Type.Geometry,
    };

    // One filter per message of Cql2Parser and Cql2Check.
    private static readonly string[] Filters =
    [
        new string('a', Cql2Parser.MaxLength + 1),
        "name = 'a' b",
        "\"name = 'a'",
        "name = 'a",
        "population = 1e999",
        "name ; 'a'",
        "(name = 'a'",
        new string('(', Cql2Parser.MaxDepth + 1) + "name = 'a'" + new string(')', Cql2Parser.MaxDepth + 1),
        "1 name",
        "1 = 2",
        "= 1",
        "\"\" = 1",
        "FOO(name, 1)",
        "S_INTERSECTS(POINT(1 2), POINT(1 2))",
        "S_INTERSECTS(name, population)",
        "S_INTERSECTS(1, geometry)",
        "name = population",
        "name IS 1",
        "name LIKE 1",
        "population BETWEEN name AND 2",
        "population BETWEEN 1 OR 2",
        "population BETWEEN 1 AND name",
        "name IN (population)",
        "population IN (" + string.Join(", ", Enumerable.Range(0, 1001)) + ")",
        "name NOT = 1",
        "name population",
        "S_INTERSECTS(geometry, BBOX(1, 2, 3, 4, 5, 6))",
        "S_INTERSECTS(geometry, BBOX(3, 2, 1, 4))",
        "S_INTERSECTS(geometry, POLYGON((0 0, 1 1, 0 0)))",
        "S_INTERSECTS(geometry, LINESTRING(0 0))",
        "S_INTERSECTS(geometry, POLYGON((0 0, 1 0, 1 1, 0 1)))",
        "S_INTERSECTS(geometry, POINT(1 2 3))",
        "S_INTERSECTS(geometry, POINT(1 a))",
        "geometry = 1",
        "population LIKE 'a%'",
        "name BETWEEN 1 AND 2",
        "S_INTERSECTS(name, POINT(1 2))",
        "nope = 1",
        "population = 'a'",
    ];

    public static TheoryData<string> BadFilters => new(Filters);

    private static IReadOnlyList<string> Cql2Messages(string filter) =>
        Cql2Parser.TryParse(filter, out var error) is { } e ? Cql2Check.Problems(e, Queryables) : [error!];

    [Theory]
    [MemberData(nameof(BadFilters))]
    public void EveryCql2ReasonIsAnsweredInDanish(string filter)
    {
        var messages = Cql2Messages(filter);
        Assert.NotEmpty(messages);
        foreach (var english in messages)
        {
            Assert.True(DomainMessages.KeyOf(english)?.StartsWith("cql2.", StringComparison.Ordinal) == true, "no Danish text (Texts.Cql2) for: " + english);
            var da = InLanguage.Run("da", () => DomainMessages.Localise(english));
            Assert.NotEqual(english, da);
            Assert.Equal(english, InLanguage.Run("en", () => DomainMessages.Localise(english)));
            Assert.DoesNotContain(" at character ", da, StringComparison.Ordinal);
            Assert.DoesNotContain(" but found ", da, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void EveryCql2TextIsReachedByAFilterAbove()
    {
        var reached = Filters.SelectMany(Cql2Messages).Select(DomainMessages.KeyOf).ToHashSet();
        // MaxCoordinates positions take at least 4 characters each ("0 0,"), more than MaxLength allows: the check is a
        // second line of defence, kept translated for the day the limits change.
        Assert.True(4 * Cql2Parser.MaxCoordinates > Cql2Parser.MaxLength);
        var missed = Texts.Cql2.Select(t => t.Key).Where(k => !reached.Contains(k) && k != "cql2.too_many_coordinates").ToList();
        Assert.True(missed.Count == 0, "no test filter produces: " + string.Join(", ", missed));
    }

    [Fact]
    public void TheDomainsOwnWordsAreTranslatedButTheClientsAreNot()
    {
        // The end of the filter is the Domain's phrase; a property called "geometry" or "number" is the client's.
        Assert.Equal("Forventede ')', men fandt filterets slutning ved tegn 12.",
            InLanguage.Run("da", () => DomainMessages.Localise(Cql2Messages("(name = 'a'").Single())));
        Assert.Equal("'geometry' er en geometri; sammenlign den med S_INTERSECTS.",
            InLanguage.Run("da", () => DomainMessages.Localise(Cql2Messages("geometry = 1").Single())));
        Assert.Equal("'population' er af typen tal og kan ikke sammenlignes med en værdi af typen tekst.",
            InLanguage.Run("da", () => DomainMessages.Localise(Cql2Messages("population = 'a'").Single())));
        // A client's string that reads like the Domain's phrase is quoted, so it stays as written.
        Assert.Equal("Forventede NULL, men fandt 'the end of the filter' ved tegn 9.",
            InLanguage.Run("da", () => DomainMessages.Localise(Cql2Messages("name IS 'the end of the filter'").Single())));
    }

    [Fact]
    public void EveryDomainTextIsAnsweredByItself()
    {
        // Tables are searched in order and the first match answers: a shorter pattern earlier in the order must not
        // swallow another table's sentence.
        var wrong = DomainMessages.All.Select(t => (t.Key, Sample: Sample(t)))
            .Where(s => DomainMessages.KeyOf(s.Sample) != s.Key)
            .Select(s => $"{s.Key} answered by {DomainMessages.KeyOf(s.Sample)}").ToList();
        Assert.True(wrong.Count == 0, string.Join(" | ", wrong));
    }

    /// <summary>A sentence in a text's English wording, "x7" for each value.</summary>
    internal static string Sample(Text t) =>
        System.Text.RegularExpressions.Regex.Replace(t.En, @"(?<!\{)\{\d+(?::[^}]*)?\}", "x7").Replace("{{", "{").Replace("}}", "}");
}
