using System.IO.Compression;
using System.Text;
using NetTopologySuite.Features;
using NetTopologySuite.IO;
using NetTopologySuite.IO.Esri;
using NetTopologySuite.IO.Esri.Shapefiles.Writers;

namespace Kortlaegning.Api.Ogc;

/// <summary>
/// Writes a zipped Esri Shapefile (NetTopologySuite.IO.Esri.Shapefile) of the same rows as the GeoPackage download:
/// .shp/.shx/.dbf/.prj plus a .cpg naming UTF-8, so QGIS and ArcGIS read "København" right. Polygons in EPSG:25832.
/// DBF names are at most 10 characters: code, name, muni_code, area_km2, indicator, period, value, numerator,
/// denominatr, ci_low, ci_high, note.
/// </summary>
public static class ShapefileFile
{
    public const string MediaType = "application/zip";

    public static async Task<byte[]> WriteAsync(string name, string srsWkt, string? indicator, string? period, IReadOnlyList<GeoPackageRow> rows, CancellationToken ct)
    {
        var dir = Path.Combine(Path.GetTempPath(), $"kortlaegning-shp-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        try
        {
            var options = new ShapefileWriterOptions(ShapeType.Polygon) { Encoding = Encoding.UTF8, Projection = srsWkt };
            options.AddCharacterField("code", 40);
            options.AddCharacterField("name", 120);
            options.AddCharacterField("muni_code", 4);
            options.AddNumericDoubleField("area_km2");
            if (indicator is not null)
            {
                options.AddCharacterField("indicator", 100);
                options.AddCharacterField("period", 20);
                foreach (var f in new[] { "value", "numerator", "denominatr", "ci_low", "ci_high" }) options.AddNumericDoubleField(f);
                options.AddCharacterField("note", 100);
            }
            var reader = new WKBReader();
            using (var writer = Shapefile.OpenWrite(Path.Combine(dir, name + ".shp"), options))
            {
                foreach (var row in rows)
                {
                    ct.ThrowIfCancellationRequested();
                    var attributes = new AttributesTable
                    {
                        { "code", row.Code }, { "name", row.Name }, { "muni_code", row.MunicipalityCode }, { "area_km2", row.AreaKm2 },
                    };
                    if (indicator is not null)
                    {
                        attributes.Add("indicator", indicator);
                        attributes.Add("period", period);
                        attributes.Add("value", row.Value);
                        attributes.Add("numerator", row.Numerator);
                        attributes.Add("denominatr", row.Denominator);
                        attributes.Add("ci_low", row.CiLow);
                        attributes.Add("ci_high", row.CiHigh);
                        attributes.Add("note", row.Note);
                    }
                    // Esri wants exterior rings clockwise, holes counter-clockwise: NTS's normal form (the rows come RFC 7946-wound).
                    var geometry = reader.Read(row.Wkb);
                    geometry.Normalize();
                    writer.Write(new Feature(geometry, attributes));
                }
            }
            await File.WriteAllTextAsync(Path.Combine(dir, name + ".cpg"), "UTF-8", ct);
            using var zip = new MemoryStream();
            using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var file in Directory.EnumerateFiles(dir).Order(StringComparer.Ordinal))
                {
                    archive.CreateEntryFromFile(file, Path.GetFileName(file), CompressionLevel.Fastest);
                }
            }
            return zip.ToArray();
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
