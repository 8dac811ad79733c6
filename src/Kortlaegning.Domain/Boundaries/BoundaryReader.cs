namespace Kortlaegning.Domain.Boundaries;

/// <summary>
/// Reads a boundary file of any <see cref="BoundaryFormat"/> into a <see cref="BoundaryLayer"/>. Each format says its CRS
/// its own way (GeoJSON's legacy crs member, GeoPackage's gpkg_spatial_ref_sys, a Shapefile's .prj, nothing at all in
/// CSV); an srid parameter overrides what the file says. Where nothing is said, coordinates must be lon/lat
/// (<see cref="LonLatGuard"/>).
/// </summary>
public static class BoundaryReader
{
    public static BoundaryLayer Read(Stream stream, BoundaryFormat format, int? srid = null, string? layer = null) => format switch
    {
        BoundaryFormat.GeoPackage => GeoPackageBoundaryReader.Read(stream, srid, layer),
        BoundaryFormat.Shapefile => ShapefileBoundaryReader.Read(stream, srid),
        BoundaryFormat.Csv => CsvBoundaryReader.Read(stream, srid),
        _ => ReadJson(stream, srid, layer),
    };

    private static BoundaryLayer ReadJson(Stream stream, int? srid, string? topoObject)
    {
        var features = BoundaryFile.Read(stream, srid, topoObject);
        int found = features.FirstOrDefault(f => f.Geometry is not null)?.Geometry!.SRID ?? srid ?? 4326;
        if (found == 4326) LonLatGuard.RequireLonLat(features.Select(f => f.Geometry), "The GeoJSON file");
        return new BoundaryLayer(BoundaryFormat.GeoJson, null, found, srid is not null ? $"EPSG:{srid} (srid parameter)" : $"EPSG:{found}", FieldsOf(features), features);
    }

    /// <summary>Every property name, in the order first seen.</summary>
    internal static IReadOnlyList<string> FieldsOf(IEnumerable<BoundaryFeature> features)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var fields = new List<string>();
        foreach (var f in features)
        {
            foreach (var key in f.Properties.Keys)
            {
                if (seen.Add(key)) fields.Add(key);
            }
        }
        return fields;
    }
}
