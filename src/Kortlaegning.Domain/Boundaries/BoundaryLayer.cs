namespace Kortlaegning.Domain.Boundaries;

/// <summary>
/// A boundary file as read, whatever its format: the features (geometry with the SRID the file declared, or EPSG:4326
/// after a .prj reprojection), the layer's name, how its CRS was found, and its property names in file order.
/// </summary>
public sealed record BoundaryLayer(
    BoundaryFormat Format,
    string? Name,
    int Srid,
    string Crs,
    IReadOnlyList<string> Fields,
    IReadOnlyList<BoundaryFeature> Features);

/// <summary>The file formats own areas arrive in, chosen by the upload's Content-Type or the file's extension.</summary>
public enum BoundaryFormat
{
    GeoJson,
    GeoPackage,
    Shapefile,
    Csv,
}

/// <summary>Content types and file extensions of <see cref="BoundaryFormat"/>.</summary>
public static class BoundaryFormats
{
    public const string GeoPackageType = "application/geopackage+sqlite3";

    /// <summary>The format of a media type (parameters such as charset ignored), or null when it is none of ours.</summary>
    public static BoundaryFormat? FromContentType(string? contentType)
    {
        var type = (contentType ?? "").Split(';')[0].Trim().ToLowerInvariant();
        return type switch
        {
            "" or "application/json" or "application/geo+json" or "application/vnd.geo+json" => BoundaryFormat.GeoJson,
            GeoPackageType or "application/x-sqlite3" => BoundaryFormat.GeoPackage,
            "application/zip" or "application/x-zip-compressed" => BoundaryFormat.Shapefile,
            "text/csv" => BoundaryFormat.Csv,
            _ => null,
        };
    }

    /// <summary>The format of a file name (for the command line), GeoJSON when the extension says nothing else.</summary>
    public static BoundaryFormat FromPath(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".gpkg" => BoundaryFormat.GeoPackage,
        ".zip" => BoundaryFormat.Shapefile,
        ".csv" => BoundaryFormat.Csv,
        _ => BoundaryFormat.GeoJson,
    };

    public const string Accepted = "application/geo+json, application/json, application/geopackage+sqlite3, application/zip (a Shapefile with its .prj) or text/csv";
}
