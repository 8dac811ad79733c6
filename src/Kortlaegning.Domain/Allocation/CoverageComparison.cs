using Kortlaegning.Domain.Distance;

namespace Kortlaegning.Domain.Allocation;

/// <summary>A selected site of a compared scenario, projected (EPSG:25832 metres).</summary>
public sealed record ComparedSite(string Id, PlanarPoint Location);

/// <summary>
/// Two selections compared on one demand (A's, the baseline; docs/allocation.md, "Compare"): which sites they share (a
/// site of A with a site of B within <see cref="SamePlaceMetres"/>, whatever the ids), and the weight B covers that A does
/// not (<see cref="NewlyCoveredWeight"/>) and the reverse. Covered means within the selection's own radius of one of its
/// sites by the given <see cref="IDistanceProvider"/> (the solver's), the MCLP coverage of Church &amp; ReVelle (1974).
/// </summary>
public sealed record CoverageComparison(
    IReadOnlyList<string> Shared, IReadOnlyList<string> OnlyA, IReadOnlyList<string> OnlyB,
    double NewlyCoveredWeight, int NewlyCoveredPoints, double NoLongerCoveredWeight, int NoLongerCoveredPoints)
{
    /// <summary>Sites of A and B closer than this are the same place, whatever their ids.</summary>
    public const double SamePlaceMetres = 1;

    public const string Rule =
        "Shared: sites of A with a site of B within 1 m. Newly covered: weight of A's demand points (rebuilt now) within B's radius " +
        "of a site of B and not within A's radius of a site of A; no longer covered: the reverse. Covered weight and share: each scenario's own run.";

    /// <param name="a">A's sites.</param>
    /// <param name="radiusA">A's radius, metres; null (p-median without a radius) covers nobody.</param>
    /// <param name="b">B's sites.</param>
    /// <param name="radiusB">B's radius, metres.</param>
    /// <param name="demand">The demand both are measured on.</param>
    /// <param name="distances">The distance the solver used.</param>
    public static CoverageComparison Compare(IReadOnlyList<ComparedSite> a, double? radiusA, IReadOnlyList<ComparedSite> b, double? radiusB,
        IReadOnlyList<DemandPoint> demand, IDistanceProvider distances)
    {
        ArgumentNullException.ThrowIfNull(distances);
        var sitesA = a.Select(s => s.Location).ToArray();
        var sitesB = b.Select(s => s.Location).ToArray();
        var near = distances.Within(sitesA, sitesB, SamePlaceMetres);
        var shared = a.Where((_, i) => near[i].Count > 0).Select(s => s.Id).ToList();
        var sharedB = near.SelectMany(n => n).Select(n => n.Index).ToHashSet();
        var onlyA = a.Where((_, i) => near[i].Count == 0).Select(s => s.Id).ToList();
        var onlyB = b.Where((_, j) => !sharedB.Contains(j)).Select(s => s.Id).ToList();

        var points = demand.Select(p => p.Location).ToArray();
        var coveredA = Covered(points, sitesA, radiusA, distances);
        var coveredB = Covered(points, sitesB, radiusB, distances);
        double gained = 0, lost = 0;
        int gainedPoints = 0, lostPoints = 0;
        for (int i = 0; i < points.Length; i++)
        {
            if (coveredB[i] && !coveredA[i]) { gained += demand[i].Weight; gainedPoints++; }
            if (coveredA[i] && !coveredB[i]) { lost += demand[i].Weight; lostPoints++; }
        }
        return new CoverageComparison(shared, onlyA, onlyB, gained, gainedPoints, lost, lostPoints);
    }

    private static bool[] Covered(PlanarPoint[] points, PlanarPoint[] sites, double? radius, IDistanceProvider distances)
    {
        if (radius is not { } r || sites.Length == 0) return new bool[points.Length];
        return distances.Within(points, sites, r).Select(n => n.Count > 0).ToArray();
    }
}
