namespace Kortlaegning.Domain.Distance;

/// <summary>
/// A provider that can find each origin's nearest destinations in one search that stops once they are known. P-median
/// needs every demand point's nearest few sites; through radius queries alone a street network has to repeat growing
/// searches for the points that are short of sites (an island, the far side of a fjord) until the radius spans the
/// municipality, which on a real network took minutes.
/// </summary>
public interface INearestDistances
{
    /// <summary>
    /// For each origin, at least its <paramref name="count"/> nearest destinations with their exact metres, in no
    /// particular order: more when others lie as near as the last of those, fewer (all it reaches) when it reaches fewer.
    /// </summary>
    IReadOnlyList<Neighbour>[] NearestCount(IReadOnlyList<PlanarPoint> origins, IReadOnlyList<PlanarPoint> destinations, int count);
}
