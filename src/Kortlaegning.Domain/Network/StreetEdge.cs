using Kortlaegning.Domain.Distance;

namespace Kortlaegning.Domain.Network;

/// <summary>
/// One street segment between two junctions as stored in PostGIS (pgRouting's edge table): its id, its end vertices'
/// ids, its length in metres and its line in EPSG:25832, drawn from <paramref name="Source"/> to <paramref name="Target"/>.
/// </summary>
/// <param name="Id">Edge id (pgRouting's <c>id</c>).</param>
/// <param name="Source">Vertex id at the line's first point.</param>
/// <param name="Target">Vertex id at the line's last point.</param>
/// <param name="Metres">Length, metres (the cost pgRouting uses, both directions: walking and cycling are undirected here).</param>
/// <param name="Line">At least two points, metres.</param>
public sealed record StreetEdge(long Id, long Source, long Target, double Metres, IReadOnlyList<PlanarPoint> Line);
