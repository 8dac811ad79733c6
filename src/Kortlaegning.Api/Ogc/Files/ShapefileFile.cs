using System.IO.Compression;
using System.Text;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Esri;
using NetTopologySuite.IO.Esri.Shapefiles.Writers;

namespace Kortlaegning.Api.Ogc.Files;

/// <summary>
/// Writes a zipped Esri Shapefile (NetTopologySuite.IO.Esri.Shapefile): .shp/.shx/.dbf/.prj plus a .cpg naming UTF-8,
/// so QGIS and ArcGIS read "København" right. A Shapefile holds one kind of shape, so a layer of points, lines and areas
/// (workshop items) becomes up to three files, <c>{name}_points</c>, <c>{name}_lines</c> and <c>{name}_polygons</c>,
/// in the one zip. Columns take their DBF names (at most 10 characters, <see cref="GisColumn.ShortName"/>).
/// </summary>
public static class ShapefileFile
{
    public const string MediaType = "application/zip";

    private enum Family { Points, Lines, Polygons }

    public static async Task<byte[]> WriteAsync(GisLayer layer, string srsWkt, CancellationToken ct)
    {
        var dir = Path.Combine(Path.GetTempPath(), $"kortlaegning-shp-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        try
        {
            var families = layer.Features.GroupBy(f => FamilyOf(f.Geometry)).ToList();
            if (families.Count == 0) Write(dir, layer.Name, ShapeTypeOf(Family.Polygons, []), layer, [], srsWkt, ct);
            foreach (var family in families)
            {
                var name = families.Count == 1 ? layer.Name : $"{layer.Name}_{family.Key.ToString().ToLowerInvariant()}";
                var features = family.ToList();
                Write(dir, name, ShapeTypeOf(family.Key, features), layer, features, srsWkt, ct);
            }
            using var zip = new MemoryStream();
            using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var file in Directory.EnumerateFiles(dir).Order(StringComparer.Ordinal))
                {
                    await using var entry = archive.CreateEntry(Path.GetFileName(file), CompressionLevel.Fastest).Open();
                    await using var source = File.OpenRead(file);
                    await source.CopyToAsync(entry, ct);
                }
            }
            return zip.ToArray();
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static void Write(string dir, string name, ShapeType shapeType, GisLayer layer, List<GisFeature> features, string srsWkt, CancellationToken ct)
    {
        var options = new ShapefileWriterOptions(shapeType) { Encoding = Encoding.UTF8, Projection = srsWkt };
        for (int i = 0; i < layer.Columns.Count; i++)
        {
            var c = layer.Columns[i];
            switch (c.Type)
            {
                case GisColumnType.Real: options.AddNumericDoubleField(c.ShortName); break;
                // Int32 (10 digits): GDAL reads DBF numerics of 19 digits (Int64) as Real. Ids, ranks and counts fit.
                case GisColumnType.Integer: options.AddNumericInt32Field(c.ShortName); break;
                case GisColumnType.Boolean: options.AddLogicalField(c.ShortName); break;
                default: options.AddCharacterField(c.ShortName, TextWidth(features, i)); break;
            }
        }
        using (var writer = Shapefile.OpenWrite(Path.Combine(dir, name + ".shp"), options))
        {
            foreach (var feature in features)
            {
                ct.ThrowIfCancellationRequested();
                var attributes = new AttributesTable();
                for (int i = 0; i < layer.Columns.Count; i++) attributes.Add(layer.Columns[i].ShortName, Value(feature.Values[i], layer.Columns[i].Type));
                // Esri wants exterior rings clockwise, holes counter-clockwise: NTS's normal form (the layer comes RFC 7946-wound).
                var geometry = feature.Geometry.Copy();
                geometry.Normalize();
                writer.Write(new Feature(geometry, attributes));
            }
        }
        File.WriteAllText(Path.Combine(dir, name + ".cpg"), "UTF-8");
    }

    /// <summary>Integers as DBF's Int32; text cut to DBF's 254 bytes at a character boundary (a workshop comment can be longer; GeoPackage and FlatGeobuf keep it whole).</summary>
    private static object? Value(object? value, GisColumnType type)
    {
        if (value is null) return null;
        if (type == GisColumnType.Integer) return Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);
        if (type != GisColumnType.Text) return value;
        var text = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!;
        while (Encoding.UTF8.GetByteCount(text) > MaxText) text = text[..^1];
        return text;
    }

    private const int MaxText = 254;

    /// <summary>The widest text of a column in UTF-8 bytes (DBF counts bytes), at least 1 and at most DBF's 254.</summary>
    private static int TextWidth(List<GisFeature> features, int column) =>
        Math.Clamp(features.Select(f => f.Values[column] is { } v ? Encoding.UTF8.GetByteCount(Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)!) : 0).DefaultIfEmpty(1).Max(), 1, MaxText);

    private static Family FamilyOf(Geometry g) => g switch
    {
        IPuntal => Family.Points,
        ILineal => Family.Lines,
        _ => Family.Polygons,
    };

    private static ShapeType ShapeTypeOf(Family family, List<GisFeature> features) => family switch
    {
        Family.Points => features.All(f => f.Geometry is Point) ? ShapeType.Point : ShapeType.MultiPoint,
        Family.Lines => ShapeType.PolyLine,
        _ => ShapeType.Polygon,
    };
}
