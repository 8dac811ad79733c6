using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;

namespace Kortlaegning.Domain.Boundaries;

/// <summary>
/// Drops Z and M. DAGI's files carry z = -999 on every vertex; a flat 2-D geometry is what the
/// store wants (geometry(MultiPolygon,25832) has no Z).
/// </summary>
internal sealed class Xy : GeometryTransformer
{
    private static readonly Xy Instance = new();

    public static Geometry Flatten(Geometry g) => Instance.Transform(g);

    protected override CoordinateSequence TransformCoordinates(CoordinateSequence coords, Geometry parent)
    {
        var xy = new Coordinate[coords.Count];
        for (int i = 0; i < xy.Length; i++) xy[i] = new Coordinate(coords.GetX(i), coords.GetY(i));
        return Factory.CoordinateSequenceFactory.Create(xy);
    }
}
