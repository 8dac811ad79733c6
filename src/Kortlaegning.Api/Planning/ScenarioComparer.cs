using Kortlaegning.Domain.Distance;
using Kortlaegning.Domain.Spatial;

namespace Kortlaegning.Api.Planning;

/// <summary>
/// Compares two run scenarios on A's demand: which sites they share, how much each covers, and whom B covers that A does
/// not (and the reverse). Coverage means within the scenario's own radius of one of its selected sites, by the same
/// <see cref="IDistanceProvider"/> the solver used.
/// </summary>
public static class ScenarioComparer
{
    /// <summary>Sites of A and B closer than this are the same place, whatever their ids.</summary>
    public const double SamePlaceMetres = 1;

    public const string Rule =
        "Shared: sites of A with a site of B within 1 m. Newly covered: weight of A's demand points (rebuilt now) within B's radius " +
        "of a site of B and not within A's radius of a site of A; no longer covered: the reverse. Covered weight and share: each scenario's own run.";

    public static ScenarioComparison Compare(PlanScenario a, ScenarioResult ra, PlanScenario b, ScenarioResult rb, IReadOnlyList<PlanPoint> demand, IDistanceProvider distances)
    {
        var sitesA = ra.Sites.Select(s => Crs.ToUtm32(s.Lon, s.Lat)).ToArray();
        var sitesB = rb.Sites.Select(s => Crs.ToUtm32(s.Lon, s.Lat)).ToArray();
        var near = distances.Within(sitesA, sitesB, SamePlaceMetres);
        var shared = ra.Sites.Where((_, i) => near[i].Count > 0).Select(s => s.Id).ToList();
        var sharedB = near.SelectMany(n => n).Select(n => n.Index).ToHashSet();
        var onlyA = ra.Sites.Where((_, i) => near[i].Count == 0).Select(s => s.Id).ToList();
        var onlyB = rb.Sites.Where((_, j) => !sharedB.Contains(j)).Select(s => s.Id).ToList();

        var points = demand.Select(p => p.Location).ToArray();
        var coveredA = Covered(points, sitesA, ra.RadiusMeters, distances);
        var coveredB = Covered(points, sitesB, rb.RadiusMeters, distances);
        double gained = 0, lost = 0;
        int gainedPoints = 0, lostPoints = 0;
        for (int i = 0; i < points.Length; i++)
        {
            if (coveredB[i] && !coveredA[i]) { gained += demand[i].Weight; gainedPoints++; }
            if (coveredA[i] && !coveredB[i]) { lost += demand[i].Weight; lostPoints++; }
        }
        return new ScenarioComparison(Side(a, ra), Side(b, rb), shared, onlyA, onlyB, gained, gainedPoints, lost, lostPoints, Rule);
    }

    private static bool[] Covered(PlanarPoint[] points, PlanarPoint[] sites, double? radius, IDistanceProvider distances)
    {
        if (radius is not { } r || sites.Length == 0) return new bool[points.Length];
        return distances.Within(points, sites, r).Select(n => n.Count > 0).ToArray();
    }

    private static ComparedScenario Side(PlanScenario s, ScenarioResult r) =>
        new(s.Id, s.Name, r.Sites, r.CoveredWeight, r.TotalWeight, r.TotalWeight > 0 ? r.CoveredWeight / r.TotalWeight : 0, r.RadiusMeters);
}
