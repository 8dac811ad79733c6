namespace Kortlaegning.Domain.Distance;

/// <summary>
/// How far apart two places are, in metres. Facility access and location-allocation both ask through this,
/// so a network provider (e.g. pgRouting on a road graph) can replace the straight line without touching them.
/// </summary>
public interface IDistanceProvider
{
    /// <summary>Short name reported to users with every result ("euclidean", "network:car" …).</summary>
    string Name { get; }

    /// <summary>Distance between two points, metres.</summary>
    double Between(PlanarPoint a, PlanarPoint b);

    /// <summary>
    /// For each origin, every destination within <paramref name="maxMetres"/> (inclusive), in no particular order.
    /// An origin with none gets an empty list, never null.
    /// </summary>
    IReadOnlyList<Neighbour>[] Within(IReadOnlyList<PlanarPoint> origins, IReadOnlyList<PlanarPoint> destinations, double maxMetres);

    /// <summary>For each origin, its nearest destination; <c>Index = -1</c> and infinite metres when there are no destinations.</summary>
    Neighbour[] Nearest(IReadOnlyList<PlanarPoint> origins, IReadOnlyList<PlanarPoint> destinations);
}
