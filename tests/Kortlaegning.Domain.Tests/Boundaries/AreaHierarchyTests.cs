using Kortlaegning.Domain.Boundaries;

namespace Kortlaegning.Domain.Tests.Boundaries;

public class AreaHierarchyTests
{
    [Fact]
    public void ImportingParishesRelinksThemToMunicipalitiesAndTheLevelsBelowToThem()
    {
        var links = AreaHierarchy.LinksAround(AreaLevel.Parish);
        Assert.Equal(
            [(AreaLevel.Parish, AreaLevel.Municipality), (AreaLevel.HousingDepartment, AreaLevel.Parish), (AreaLevel.LocalCommunity, AreaLevel.Parish)],
            links);
    }

    [Fact]
    public void ImportingRegionsOnlyRelinksTheMunicipalities()
    {
        Assert.Equal([(AreaLevel.Municipality, AreaLevel.Region)], AreaHierarchy.LinksAround(AreaLevel.Region));
    }

    [Fact]
    public void ADepartmentBelongsFirstToItsParish()
    {
        Assert.Equal(AreaLevel.Parish, AreaHierarchy.ParentsOf[AreaLevel.HousingDepartment][0]);
    }

    [Fact]
    public void EveryLevelHasAnEntry()
    {
        Assert.All(Enum.GetValues<AreaLevel>(), l => Assert.True(AreaHierarchy.ParentsOf.ContainsKey(l)));
    }
}
