namespace Kortlaegning.Domain.Distance;

/// <summary>
/// A provider that can list, for every origin, the destinations no farther than a limit set by selections: origin i's
/// limit is T_i = (the largest over the selections of its distance to the nearest selected destination) + slack. P-median lists built this way hold
/// every demand point's incumbent site and everything nearer, whatever m / k is (docs/allocation.md, "Lists around the
/// incumbent"); a street network answers with one pruned search per destination instead of a long search per origin.
/// </summary>
public interface ISelectionReach
{
    /// <summary>
    /// Every destination within T_i of origin i (inclusive, exact metres, no particular order), and T_i itself (+∞ when
    /// i reaches none of some selection; then every destination it reaches is listed). Every destination not listed lies
    /// farther than T_i from i.
    /// </summary>
    (IReadOnlyList<Neighbour>[] Lists, double[] Limit) WithinSelectionPlus(IReadOnlyList<PlanarPoint> origins,
        IReadOnlyList<PlanarPoint> destinations, IReadOnlyList<IReadOnlyList<int>> selections, double slack);

    /// <summary>
    /// Every destination within <paramref name="limits"/>[i] of origin i (inclusive, exact metres, no particular order;
    /// every reachable destination when the limit is +∞). Grows a few origins' lists around a new selection without
    /// searching again from every destination.
    /// </summary>
    IReadOnlyList<Neighbour>[] WithinEach(IReadOnlyList<PlanarPoint> origins, IReadOnlyList<PlanarPoint> destinations, IReadOnlyList<double> limits);
}
