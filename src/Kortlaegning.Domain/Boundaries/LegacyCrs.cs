using System.Text.Json;
using System.Text.RegularExpressions;

namespace Kortlaegning.Domain.Boundaries;

/// <summary>
/// The pre-RFC 7946 GeoJSON "crs" member (GeoJSON 2008 §3), which GDAL still writes:
/// <c>{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::25832"}}</c>. RFC 7946 dropped it
/// and fixed WGS84 lon/lat; we honour it when present so files exported in UTM 32N load as they are.
/// </summary>
public static partial class LegacyCrs
{
    [GeneratedRegex(@"(?:EPSG(?:::?|/0/)|epsg\.org/def/crs/EPSG/0/)(\d{4,6})$", RegexOptions.IgnoreCase)]
    private static partial Regex EpsgName();

    /// <summary>
    /// The SRID of a GeoJSON object's "crs" member: 4326 when there is none (RFC 7946); a name we do not understand is a
    /// <see cref="BoundaryFormatException"/> rather than a silent guess.
    /// </summary>
    public static int SridOf(JsonElement container)
    {
        if (!container.TryGetProperty("crs", out var crs) || crs.ValueKind != JsonValueKind.Object) return 4326;
        string? name = crs.TryGetProperty("properties", out var p) && p.TryGetProperty("name", out var n) ? n.GetString() : null;
        return ToSrid(name) ?? throw new BoundaryFormatException($"Unsupported \"crs\" member '{name}'. Use RFC 7946 lon/lat or an EPSG name such as urn:ogc:def:crs:EPSG::25832.");
    }

    /// <summary>The EPSG code named, 4326 for CRS84, or null when the name is not understood.</summary>
    public static int? ToSrid(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var text = name.Trim();
        if (text.EndsWith("CRS84", StringComparison.OrdinalIgnoreCase)) return 4326;
        var m = EpsgName().Match(text);
        return m.Success ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }
}
