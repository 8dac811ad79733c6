using System.IO.Compression;
using System.Text;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Esri;
using NetTopologySuite.IO.Esri.Shapefiles.Readers;

namespace Kortlaegning.Domain.Boundaries;

/// <summary>
/// Reads a zipped Shapefile (.shp, .shx, .dbf and the .prj that says its CRS) with NetTopologySuite.IO.Esri.Shapefile.
/// The archive is unpacked to a temporary folder; exactly one .shp must be in it. Attributes are read as UTF-8 unless a
/// .cpg says otherwise (Danish names with æøå).
/// </summary>
public static class ShapefileBoundaryReader
{
    /// <summary>Unpacked size beyond which an archive is refused (a zip bomb guard), in bytes.</summary>
    public const long MaxUnpackedBytes = 500L * 1024 * 1024;

    public static BoundaryLayer Read(Stream stream, int? sridOverride = null)
    {
        var dir = Directory.CreateTempSubdirectory("kortlaegning-shp-");
        try
        {
            string shp = Unpack(stream, dir.FullName);
            Feature[] read;
            try
            {
                read = Shapefile.ReadAllFeatures(shp, new ShapefileReaderOptions { Encoding = Encoding.UTF8 });
            }
            catch (Exception e) when (e is IOException or NotSupportedException or ArgumentException or InvalidDataException or IndexOutOfRangeException)
            {
                throw new BoundaryFormatException($"The Shapefile cannot be read: {e.Message}", e);
            }
            var features = read.Select((f, i) => new BoundaryFeature(i, Properties(f.Attributes), f.Geometry is { IsEmpty: false } g ? Xy.Flatten(g) : null)).ToList();
            var geometries = features.Select(f => f.Geometry).ToList();
            var prj = Path.ChangeExtension(shp, ".prj");
            var (srid, crs) = sridOverride is { } s ? (s, $"EPSG:{s} (srid parameter)")
                : File.Exists(prj) ? PrjCrs.Apply(File.ReadAllText(prj), geometries)
                : NoPrj(geometries);
            foreach (var g in geometries) g?.SRID = srid;
            return new BoundaryLayer(BoundaryFormat.Shapefile, Path.GetFileNameWithoutExtension(shp), srid, crs, BoundaryReader.FieldsOf(features), features);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static (int, string) NoPrj(IReadOnlyList<Geometry?> geometries)
    {
        LonLatGuard.RequireLonLat(geometries, "The Shapefile has no .prj and");
        return (4326, "EPSG:4326 (no .prj; coordinates are lon/lat)");
    }

    private static string Unpack(Stream stream, string dir)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException e)
        {
            throw new BoundaryFormatException($"Not a zip archive: {e.Message}", e);
        }
        using (zip)
        {
            var parts = zip.Entries.Where(e => e.Name.Length > 0 && !e.FullName.StartsWith("__MACOSX", StringComparison.Ordinal)).ToList();
            if (parts.Sum(e => e.Length) > MaxUnpackedBytes) throw new BoundaryFormatException("The archive unpacks to more than 500 MB.");
            var shps = parts.Where(e => e.Name.EndsWith(".shp", StringComparison.OrdinalIgnoreCase)).ToList();
            if (shps.Count != 1) throw new BoundaryFormatException($"The zip must hold exactly one .shp (it holds {shps.Count}).");
            var stem = Path.GetFileNameWithoutExtension(shps[0].Name);
            foreach (var e in parts.Where(e => Path.GetFileNameWithoutExtension(e.Name).Equals(stem, StringComparison.OrdinalIgnoreCase)))
            {
                // Only the bare file name is used, so an entry such as ../../x cannot leave the folder.
                e.ExtractToFile(Path.Combine(dir, stem + Path.GetExtension(e.Name).ToLowerInvariant()), overwrite: true);
            }
            if (!File.Exists(Path.Combine(dir, stem + ".dbf"))) throw new BoundaryFormatException("The zip has no .dbf beside its .shp.");
            return Path.Combine(dir, stem + ".shp");
        }
    }

    private static Dictionary<string, object?> Properties(IAttributesTable? table)
    {
        var props = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        if (table is null) return props;
        foreach (var name in table.GetNames())
        {
            var v = table[name];
            props[name] = v is string s ? s.Trim() : v;
        }
        return props;
    }
}
