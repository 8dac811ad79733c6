using NetTopologySuite.Geometries;

namespace Kortlaegning.Domain.Boundaries;

/// <summary>
/// Whether coordinates can be longitude/latitude at all (|x| ≤ 180, |y| ≤ 90). A file that states no CRS is taken as
/// lon/lat only when they can; UTM 32N metres (x ≈ 450 000–900 000) never can, so a missing .prj is caught instead of
/// silently misplacing every department.
/// </summary>
public static class LonLatGuard
{
    public static bool LooksLikeLonLat(IEnumerable<Geometry?> geometries)
    {
        var envelope = new Envelope();
        foreach (var g in geometries)
        {
            if (g is not null && !g.IsEmpty) envelope.ExpandToInclude(g.EnvelopeInternal);
        }
        return envelope.IsNull || (envelope.MinX >= -180 && envelope.MaxX <= 180 && envelope.MinY >= -90 && envelope.MaxY <= 90);
    }

    /// <summary>Throws <see cref="BoundaryCrsException"/> when the layer claims lon/lat by default but its coordinates are not.</summary>
    public static void RequireLonLat(IEnumerable<Geometry?> geometries, string what)
    {
        if (!LooksLikeLonLat(geometries))
        {
            throw new BoundaryCrsException($"{what} states no coordinate reference system and its coordinates are not longitude/latitude. " +
                "Pass srid (e.g. srid=25832 for ETRS89 / UTM 32N), or include the .prj / crs.");
        }
    }
}
