using Kortlaegning.Domain.OwnAreas;

namespace Kortlaegning.Domain.Tests.OwnAreas;

public class AttributeMappingTests
{
    private static readonly string[] Fields = ["AFD", "NAVN", "BOLIGER", "Boligorganisation", "Fælleshus", "beboere", "ORG2"];

    [Fact]
    public void DanishHeadersAreSuggestedByName()
    {
        var s = AttributeMapping.Suggest(Fields, "AFD", "NAVN");
        Assert.Equal("BOLIGER", s["homes"]);
        Assert.Equal("Boligorganisation", s["organisation"]);
        Assert.Equal("Fælleshus", s["commonRoom"]);
        Assert.Equal("beboere", s["residents"]);
        Assert.False(s.ContainsKey("board"));
    }

    [Fact]
    public void AnExplicitMappingOverridesTheSuggestion()
    {
        var problems = new List<string>();
        var m = AttributeMapping.Build(Fields, "organisation:ORG2", "AFD", "NAVN", problems);
        Assert.Empty(problems);
        Assert.Equal("ORG2", m.Fields["organisation"]);
        Assert.Equal("BOLIGER", m.Fields["homes"]);
    }

    [Theory]
    [InlineData("flats:BOLIGER", "Unknown attribute 'flats'")]
    [InlineData("homes:NOPE", "no field 'NOPE'")]
    [InlineData("homes", "not attribute:FIELD")]
    public void ABadMappingIsNamed(string mapping, string message)
    {
        var problems = new List<string>();
        AttributeMapping.Build(Fields, mapping, "AFD", "NAVN", problems);
        Assert.Contains(message, Assert.Single(problems));
    }

    [Fact]
    public void ValuesAreParsedAndBadOnesNamedByTheirField()
    {
        var m = AttributeMapping.Build(["BOLIGER", "Fælleshus", "kommune"], null, "AFD", null, new List<string>());
        var errors = new List<(string, string)>();
        var (a, municipality) = m.Read(new Dictionary<string, object?> { ["BOLIGER"] = "120", ["Fælleshus"] = "ja", ["kommune"] = "727" }, errors);
        Assert.Empty(errors);
        Assert.Equal(120, a.Homes);
        Assert.True(a.CommonRoom);
        Assert.Equal("0727", municipality);

        m.Read(new Dictionary<string, object?> { ["BOLIGER"] = "-3", ["Fælleshus"] = "måske" }, errors);
        Assert.Equal(["BOLIGER", "Fælleshus"], errors.Select(e => e.Item1));
    }
}
