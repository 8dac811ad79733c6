using Kortlaegning.Domain.Followup;

namespace Kortlaegning.Domain.Tests.Followup;

public class PlaceCoverageTests
{
    private static readonly string[] OdderDepartments = ["afd7", "afd10", "afd11", "afd14", "afd18"];

    [Fact]
    public void FourOfFiveDepartmentsWithAnActivityIsFourEvenWhenOneHasSeveral()
    {
        var counts = new Dictionary<string, int> { ["afd7"] = 3, ["afd10"] = 1, ["afd11"] = 1, ["afd18"] = 1, ["elsewhere"] = 4 };
        Assert.Equal(4, PlaceCoverage.Covered(OdderDepartments, counts));
    }

    [Fact]
    public void OneInEachOfTheFivePlacesReachesTheTarget()
    {
        var counts = OdderDepartments.ToDictionary(p => p, _ => 1);
        Assert.Equal(5, PlaceCoverage.Covered(OdderDepartments, counts));
        Assert.Equal(0, PlaceCoverage.Covered(OdderDepartments, counts, minimum: 2));
    }

    [Fact]
    public void ThePlacesOfTheTargetAreCountedAgainstTheDatesOfTheYear()
    {
        // Activities in afd7 (ended 2025) and afd10 (2026): for the 2026 target only afd10 runs, so 1 of 5.
        var activities = new[]
        {
            new FollowupActivity(1, "activity", "afd7", null, new DateOnly(2025, 3, 1), new DateOnly(2025, 12, 31), true, null),
            new FollowupActivity(2, "walk", "afd10", null, new DateOnly(2026, 2, 1), null, true, null),
        };
        var target = new FollowupTarget(1, Metric.ActivitiesInEachPlace, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), 5);
        var data = new ProjectData(new DateOnly(2025, 1, 1), new DateOnly(2029, 12, 31), OdderDepartments, activities, [], [target]);
        var e = new FollowupFigures(data, new DateOnly(2026, 7, 1), rawCounts: false, new()).Evaluate(target, new DateOnly(2026, 6, 30));
        Assert.Equal(1, e.Achieved);
        Assert.Equal(5 * 181 / 365.0, e.Expected, 9);
        Assert.Equal(ProgressStatus.Behind, e.Status);
    }
}
