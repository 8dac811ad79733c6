using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Kortlaegning.Domain.Boundaries;

/// <summary>
/// Reads a CSV of areas: geometry as WKT in a column named wkt, geometry, geom or the_geom, or as a point in lon/lat
/// (or x/y) columns, so a list of departments with their addresses' coordinates is enough. ',' or ';' separated (the
/// header decides); ';' files may write decimals with a comma. Every other column is a property, as text.
/// Rows whose geometry cannot be read keep a null geometry and are rejected by row later.
/// </summary>
public static class CsvBoundaryReader
{
    private static readonly string[] WktColumns = ["wkt", "geometry", "geom", "the_geom"];
    private static readonly string[] XColumns = ["lon", "lng", "longitude", "laengdegrad", "x"];
    private static readonly string[] YColumns = ["lat", "latitude", "breddegrad", "y"];

    public static BoundaryLayer Read(Stream stream, int? sridOverride = null)
    {
        using var text = new StreamReader(stream, leaveOpen: true);
        var first = text.ReadLine() ?? throw new BoundaryFormatException("The CSV file is empty.");
        char delimiter = first.Count(c => c == ';') > first.Count(c => c == ',') ? ';' : ',';
        using var all = new StringReader(first + "\n" + text.ReadToEnd());
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = delimiter.ToString(), BadDataFound = null, MissingFieldFound = null, TrimOptions = TrimOptions.Trim };
        using var csv = new CsvReader(all, config);
        csv.Read();
        csv.ReadHeader();
        var header = csv.HeaderRecord ?? throw new BoundaryFormatException("The CSV file has no header.");
        string? wkt = Find(header, WktColumns), x = Find(header, XColumns), y = Find(header, YColumns);
        if (wkt is null && (x is null || y is null))
        {
            throw new BoundaryFormatException($"The CSV needs a WKT column ({string.Join(", ", WktColumns)}) or lon and lat columns; its columns are {string.Join(", ", header)}.");
        }
        var fields = header.Where(h => h != wkt && h != x && h != y).ToList();
        var reader = new WKTReader();
        var factory = new GeometryFactory();
        var features = new List<BoundaryFeature>();
        while (csv.Read())
        {
            var props = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
            foreach (var f in fields)
            {
                var v = csv.GetField(f);
                props[f] = string.IsNullOrWhiteSpace(v) ? null : v;
            }
            Geometry? geometry = wkt is not null ? Wkt(reader, csv.GetField(wkt)) : Point(factory, csv.GetField(x!), csv.GetField(y!), delimiter);
            features.Add(new BoundaryFeature(features.Count, props, geometry));
        }
        int srid = sridOverride ?? 4326;
        if (sridOverride is null) LonLatGuard.RequireLonLat(features.Select(f => f.Geometry), "The CSV file");
        foreach (var f in features) f.Geometry?.SRID = srid;
        var crs = sridOverride is null ? "EPSG:4326 (CSV: lon/lat unless srid is given)" : $"EPSG:{srid} (srid parameter)";
        return new BoundaryLayer(BoundaryFormat.Csv, null, srid, crs, fields, features);
    }

    private static string? Find(string[] header, string[] names) =>
        header.FirstOrDefault(h => names.Contains(h.Trim(), StringComparer.OrdinalIgnoreCase));

    private static Geometry? Wkt(WKTReader reader, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        try
        {
            var g = reader.Read(text);
            return g.IsEmpty ? null : Xy.Flatten(g);
        }
        catch (Exception e) when (e is ParseException or ArgumentException or FormatException)
        {
            return null;
        }
    }

    private static Point? Point(GeometryFactory factory, string? x, string? y, char delimiter) =>
        Number(x, delimiter) is { } lon && Number(y, delimiter) is { } lat ? factory.CreatePoint(new Coordinate(lon, lat)) : null;

    private static double? Number(string? text, char delimiter)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (delimiter == ';') text = text.Replace(',', '.');
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : null;
    }
}
