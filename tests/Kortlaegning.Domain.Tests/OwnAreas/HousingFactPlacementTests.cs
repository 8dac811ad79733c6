using Kortlaegning.Domain.OwnAreas;

namespace Kortlaegning.Domain.Tests.OwnAreas;

public class HousingFactPlacementTests
{
    private static readonly HousingFact[] Facts =
    [
        new("0727", "DOMI Bolig", "residents aged 65+", "31.3", "percent", "seed:001", 20.6, "national social housing"),
        new("0727", "DOMI Bolig afd. 7", "flats / residents", "108 / 155", "count", "seed:001"),
        new("0727", "DOMI Bolig afd. 10", "flats / residents", "147 + 8 / 256", "count", "seed:001"),
        new("0727", "DOMI Bolig (5 departments)", "single without children", "59", "percent", "seed:001", 40),
        new("0740", "Silkeborg social housing", "diabetes", "283", "count", "seed:002"),
        new("0740", "Silkeborg afd. 1", "residents with COPD", "3", "count", "seed:002"),
    ];

    [Fact]
    public void ADepartmentsFactLeavesTheMunicipalityOnceItExistsByNameOrByOrganisationAndNumber()
    {
        var byNumber = new DepartmentKey("d7", "Vestergården", "DOMI Bolig", "7");
        var odder = HousingFactPlacement.ForMunicipality(Facts, "0727", [byNumber], 5);
        Assert.DoesNotContain(odder, p => p.Fact.Subject == "DOMI Bolig afd. 7");
        Assert.Contains(odder, p => p.Fact.Subject == "DOMI Bolig afd. 10");
        Assert.All(odder, p => Assert.Equal("0727", p.Fact.Municipality));

        var byName = new DepartmentKey("d10", "Domi bolig, afdeling 10", null, null);
        Assert.DoesNotContain(HousingFactPlacement.ForMunicipality(Facts, "0727", [byName], 5), p => p.Fact.Subject == "DOMI Bolig afd. 10");
    }

    [Fact]
    public void ADepartmentShowsItsOwnFactsThenItsOrganisationsWithTheReference()
    {
        var placed = HousingFactPlacement.ForDepartment(Facts, "0727", new DepartmentKey("d7", "Afd. 7", "DOMI Bolig", "7"), 5);
        Assert.Equal(FactScope.Department, placed[0].Scope);
        Assert.Equal("108 / 155", placed[0].Value);
        var aged = Assert.Single(placed, p => p.Fact.Fact == "residents aged 65+");
        Assert.Equal(FactScope.Organisation, aged.Scope);
        Assert.Equal("higher", aged.ComparedWithReference);
        Assert.Contains(placed, p => p.Fact.Subject == "DOMI Bolig (5 departments)" && p.Scope == FactScope.Organisation);
        Assert.DoesNotContain(placed, p => p.Fact.Subject == "DOMI Bolig afd. 10");
    }

    [Fact]
    public void ASmallCountIsWithheldWithItsComparison()
    {
        var silkeborg = HousingFactPlacement.ForMunicipality(Facts, "0740", [], 5);
        var small = Assert.Single(silkeborg, p => p.Fact.Subject == "Silkeborg afd. 1");
        Assert.True(small.Withheld);
        Assert.Null(small.Value);
        Assert.Equal("283", Assert.Single(silkeborg, p => p.Fact.Fact == "diabetes").Value);
    }
}
