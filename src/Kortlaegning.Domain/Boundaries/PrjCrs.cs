using System.Globalization;
using System.Text.RegularExpressions;
using NetTopologySuite.Geometries;
using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;
using ProjNet.IO.CoordinateSystems;

namespace Kortlaegning.Domain.Boundaries;

/// <summary>
/// A Shapefile's .prj (WKT1, often in ESRI's dialect without AUTHORITY). When the WKT names its EPSG code the geometry
/// keeps that SRID and PostGIS transforms it; otherwise ProjNet parses the WKT and projects the coordinates to lon/lat
/// (EPSG:4326; ETRS89 and WGS84 taken as one, sub-metre in Denmark). A .prj ProjNet cannot read is refused.
/// </summary>
public static partial class PrjCrs
{
    // WKT1 writes the root's AUTHORITY last, after those of its datum, units and axes.
    [GeneratedRegex(@"AUTHORITY\[""EPSG"",\s*""?(\d{4,6})""?\]\s*\]\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex RootAuthority();

    /// <summary>The SRID to tag the geometry with and a description, reprojecting <paramref name="geometries"/> when needed.</summary>
    public static (int Srid, string Crs) Apply(string wkt, IReadOnlyList<Geometry?> geometries)
    {
        var text = wkt.Trim();
        var m = RootAuthority().Match(text);
        if (m.Success) return (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), $"EPSG:{m.Groups[1].Value} (.prj)");
        CoordinateSystem cs;
        try
        {
            cs = (CoordinateSystem)CoordinateSystemWktReader.Parse(text);
        }
        catch (Exception e) when (e is ArgumentException or InvalidCastException or NotSupportedException or FormatException or InvalidOperationException)
        {
            throw new BoundaryCrsException($"The .prj cannot be read ({e.Message}); pass srid.");
        }
        if (cs is GeographicCoordinateSystem) return (4326, $"{cs.Name} (.prj, taken as lon/lat)");
        if (cs is not ProjectedCoordinateSystem projected) throw new BoundaryCrsException($"The .prj describes {cs.GetType().Name}, not a projected or geographic CRS; pass srid.");
        MathTransform transform;
        try
        {
            transform = new CoordinateTransformationFactory().CreateFromCoordinateSystems(projected, GeographicCoordinateSystem.WGS84).MathTransform;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or NotImplementedException)
        {
            throw new BoundaryCrsException($"The .prj's projection cannot be transformed ({e.Message}); pass srid.");
        }
        var filter = new TransformFilter(transform);
        foreach (var g in geometries)
        {
            if (g is null) continue;
            g.Apply(filter);
            g.GeometryChanged();
            g.SRID = 4326;
        }
        return (4326, $"{projected.Name} (.prj, reprojected to EPSG:4326 by ProjNet)");
    }

    private sealed class TransformFilter(MathTransform transform) : ICoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq, int i)
        {
            var (x, y) = transform.Transform(seq.GetX(i), seq.GetY(i));
            seq.SetX(i, x);
            seq.SetY(i, y);
        }
    }
}
