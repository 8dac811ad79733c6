using Kortlaegning.Domain.Access;

namespace Kortlaegning.Domain.Tests.Access;

public class AccessRefreshPlannerTests
{
    private static readonly HashSet<string> Known = ["gp_clinic", "library", "pharmacy"];

    [Fact]
    public void AChangedTypeIsRecomputedForParishesAndMunicipalities()
    {
        var plan = AccessRefreshPlanner.ForChange(["library"], Known.Contains);
        Assert.Equal(["library"], plan.Types);
        Assert.Equal(["parish", "municipality"], plan.Levels);
        Assert.False(plan.IsEmpty);
    }

    [Fact]
    public void ATypeChangeRecomputesTheOldAndTheNewTypeOnceEachInOrdinalOrder()
    {
        // Ordinal order is the lock order: two refreshes that share types take their advisory locks in the same order.
        var plan = AccessRefreshPlanner.ForChange(["pharmacy", "gp_clinic", "pharmacy"], Known.Contains);
        Assert.Equal(["gp_clinic", "pharmacy"], plan.Types);
    }

    [Fact]
    public void ATypeNoLongerInTheTaxonomyIsLeftAlone()
    {
        var plan = AccessRefreshPlanner.ForChange(["gymnasium"], Known.Contains);
        Assert.True(plan.IsEmpty);
    }

    [Fact]
    public void NothingChangedMeansNothingToRecompute()
    {
        Assert.True(AccessRefreshPlanner.ForChange([], Known.Contains).IsEmpty);
    }

    [Fact]
    public void AtStartUpWithoutReloadedReferenceDataNothingIsRecomputed()
    {
        var plan = AccessRefreshPlanner.AtStartUp(referenceDataReloaded: false, ["library"], ["access.pharmacy.distance"], Known.Contains);
        Assert.True(plan.IsEmpty);
    }

    [Fact]
    public void AfterAReloadEveryTypeWithFacilitiesOrStoredValuesIsRecomputed()
    {
        // pharmacy has no facilities left but still has stored values (they must become "no facility", not stay stale).
        var plan = AccessRefreshPlanner.AtStartUp(referenceDataReloaded: true, ["library", "gymnasium"],
            ["access.pharmacy.distance", "access.pharmacy.2sfca", "population.total"], Known.Contains);
        Assert.Equal(["library", "pharmacy"], plan.Types);
    }
}
