using Microsoft.AspNetCore.Http.HttpResults;

namespace Kortlaegning.Api.Ogc.Files;

public enum GisFormat { GeoPackage, FlatGeobuf, Shapefile }

/// <summary>
/// The GIS download formats, by the names <c>f=</c> takes (gpkg, fgb, shp) and the media types <c>Accept</c> may
/// name; every download endpoint negotiates through here, so they all offer the same three and answer alike.
/// </summary>
public static class GisFormats
{
    /// <summary>The <c>f=</c> names, for messages and OpenAPI descriptions.</summary>
    public const string Names = "gpkg (GeoPackage), fgb (FlatGeobuf) or shp (zipped Shapefile)";

    public static string Name(this GisFormat f) => f switch
    {
        GisFormat.GeoPackage => "gpkg",
        GisFormat.FlatGeobuf => "fgb",
        _ => "shp",
    };

    public static string MediaType(this GisFormat f) => f switch
    {
        GisFormat.GeoPackage => GeoPackageFile.MediaType,
        GisFormat.FlatGeobuf => FlatGeobufFile.MediaType,
        _ => ShapefileFile.MediaType,
    };

    /// <summary>What a person calls the format (link titles).</summary>
    public static string Title(this GisFormat f) => f switch
    {
        GisFormat.GeoPackage => "GeoPackage",
        GisFormat.FlatGeobuf => "FlatGeobuf",
        _ => "Shapefile (zip)",
    };

    /// <summary>The file name's ending: .gpkg, .fgb or .shp.zip.</summary>
    public static string Suffix(this GisFormat f) => f switch
    {
        GisFormat.GeoPackage => ".gpkg",
        GisFormat.FlatGeobuf => ".fgb",
        _ => ".shp.zip",
    };

    public static bool TryParse(string? name, out GisFormat format)
    {
        foreach (var f in Enum.GetValues<GisFormat>())
        {
            if (string.Equals(name, f.Name(), StringComparison.Ordinal))
            {
                format = f;
                return true;
            }
        }
        format = default;
        return false;
    }

    /// <summary>The format an <c>Accept</c> header names by its media type (or <c>application/x-shapefile</c>), or null.</summary>
    public static GisFormat? FromAccept(HttpRequest request)
    {
        foreach (var accept in request.GetTypedHeaders().Accept.OrderByDescending(a => a.Quality ?? 1))
        {
            var type = accept.MediaType.Value;
            foreach (var f in Enum.GetValues<GisFormat>())
            {
                if (string.Equals(type, f.MediaType(), StringComparison.OrdinalIgnoreCase)) return f;
            }
            if (string.Equals(type, "application/x-shapefile", StringComparison.OrdinalIgnoreCase)) return GisFormat.Shapefile;
        }
        return null;
    }

    /// <summary>
    /// For a list that answers GeoJSON by default (facilities, workshop items, ranking results): the file a client asks
    /// for with <c>f=</c> or, without it, with <c>Accept</c>; null for the GeoJSON itself (<c>f=geojson</c> or
    /// <c>json</c>, or no file asked for). False when <c>f</c> names no format at all.
    /// </summary>
    public static bool TryFileOrGeoJson(string? f, HttpRequest request, out GisFormat? file)
    {
        file = null;
        if (f is null)
        {
            file = FromAccept(request);
            return true;
        }
        if (TryParse(f, out var named)) file = named;
        return file is not null || f is "geojson" or "json";
    }

    /// <summary>Declares a 200 answer in every GIS format, for an endpoint that serves them by <c>f=</c> or <c>Accept</c>.</summary>
    public static RouteHandlerBuilder ProducesGisFiles(this RouteHandlerBuilder endpoint)
    {
        foreach (var f in Enum.GetValues<GisFormat>()) endpoint.Produces(200, contentType: f.MediaType());
        return endpoint;
    }

    /// <summary>The layer as a file of <paramref name="format"/>, named <paramref name="stem"/> plus the format's suffix.</summary>
    public static async Task<FileContentHttpResult> FileAsync(this GisFormat format, GisLayer layer, string srsWkt, string stem, CancellationToken ct)
    {
        var bytes = format switch
        {
            GisFormat.GeoPackage => await GeoPackageFile.WriteAsync(layer, srsWkt, ct),
            GisFormat.FlatGeobuf => FlatGeobufFile.Write(layer, srsWkt),
            _ => await ShapefileFile.WriteAsync(layer, srsWkt, ct),
        };
        return TypedResults.File(bytes, format.MediaType(), stem + format.Suffix());
    }
}
