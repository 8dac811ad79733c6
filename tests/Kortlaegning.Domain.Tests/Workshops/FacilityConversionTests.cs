using Kortlaegning.Domain.Workshops;

namespace Kortlaegning.Domain.Tests.Workshops;

public class FacilityConversionTests
{
    [Theory]
    [InlineData("meeting_place", true)]
    [InlineData("resource", true)]
    [InlineData("barrier", false)]
    [InlineData("safety_concern", false)]
    public void OnlyMeetingPlacesAndResourcesCanBecomeFacilities(string category, bool expected) =>
        Assert.Equal(expected, FacilityConversion.CanConvert(category));

    [Fact]
    public void TheKindIsFacilityOrCandidate()
    {
        Assert.True(FacilityConversion.IsKind("facility"));
        Assert.True(FacilityConversion.IsKind("candidate"));
        Assert.False(FacilityConversion.IsKind("Facility"));
        Assert.False(FacilityConversion.IsKind(null));
    }

    [Fact]
    public void AGivenNameWinsTrimmed() => Assert.Equal("Beboerhuset", FacilityConversion.Name("  Beboerhuset ", "Vi mødes her", 4));

    [Fact]
    public void WithoutANameTheFirstEightyCharactersOfTheTextAreUsed()
    {
        var text = new string('a', 100);
        Assert.Equal(new string('a', 80), FacilityConversion.Name(null, text, 4));
        Assert.Equal("Kort tekst", FacilityConversion.Name(" ", "Kort tekst", 4));
    }

    [Fact]
    public void WithoutNameOrTextTheItemNumberIsTheName() => Assert.Equal("Workshop item 42", FacilityConversion.Name(null, "", 42));

    [Fact]
    public void EmptyTextGivesNoNotes()
    {
        Assert.Null(FacilityConversion.Notes(""));
        Assert.Equal("Åben tirsdag", FacilityConversion.Notes("Åben tirsdag"));
    }

    [Fact]
    public void TheSourceNamesWorkshopAndItem() =>
        Assert.Equal("workshop:00000000-0000-0000-0000-000000000001:7", FacilityConversion.Source(new Guid("00000000-0000-0000-0000-000000000001"), 7));
}
