using System.Globalization;
using Kortlaegning.Api.Areas;
using Kortlaegning.Api.Infrastructure.Localisation;
using Kortlaegning.Api.Infrastructure.Validation;

namespace Kortlaegning.Api.Ogc;

/// <summary>
/// The coordinate reference systems of OGC API – Features Part 2 the collections offer: CRS84 (lon/lat, the default
/// and RFC 7946's), EPSG:4326 (lat/lon, as the EPSG register orders its axes), EPSG:25832 (ETRS89 / UTM 32N, the
/// storage CRS of every area) and EPSG:3035 (ETRS89-LAEA, the European statistical grid). Each is named by its OGC URI;
/// <c>EPSG:n</c> and <c>urn:ogc:def:crs:EPSG::n</c> are accepted as spellings of the same.
/// </summary>
public static class OgcCrs
{
    public const string Crs84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
    public const string Epsg4326 = "http://www.opengis.net/def/crs/EPSG/0/4326";
    public const string Epsg25832 = "http://www.opengis.net/def/crs/EPSG/0/25832";
    public const string Epsg3035 = "http://www.opengis.net/def/crs/EPSG/0/3035";

    /// <summary>The CRS areas are stored in.</summary>
    public const string Storage = Epsg25832;

    /// <summary>URI → how geometry is written in it (metres get 2 decimals, degrees 6).</summary>
    public static readonly IReadOnlyDictionary<string, OutputCrs> Supported = new Dictionary<string, OutputCrs>(StringComparer.Ordinal)
    {
        [Crs84] = OutputCrs.Crs84,
        [Epsg4326] = new(4326, true, 6),
        [Epsg25832] = new(25832, false, 2),
        [Epsg3035] = new(3035, false, 2),
    };

    public static readonly string[] All = [.. Supported.Keys];

    /// <summary>The OGC URI a CRS parameter names, or null (problem recorded) when it names none of <see cref="Supported"/>.</summary>
    public static string? Parse(FieldErrors errors, string? text, string field)
    {
        if (text is null) return Crs84;
        var t = text.Trim();
        if (t is "CRS84" or "OGC:CRS84" or "urn:ogc:def:crs:OGC:1.3:CRS84") t = Crs84;
        else if (t.StartsWith("EPSG:", StringComparison.OrdinalIgnoreCase)) t = "http://www.opengis.net/def/crs/EPSG/0/" + t[5..];
        else if (t.StartsWith("urn:ogc:def:crs:EPSG::", StringComparison.OrdinalIgnoreCase)) t = "http://www.opengis.net/def/crs/EPSG/0/" + t[22..];
        else if (t.StartsWith("https://www.opengis.net/", StringComparison.Ordinal)) t = "http" + t[5..];
        if (Supported.ContainsKey(t)) return t;
        errors.Add(field, Texts.UnsupportedCrs.Format(text, string.Join(", ", All)));
        return null;
    }

    /// <summary>
    /// A bbox in <paramref name="crs"/> axis order, returned as x/y (lon/lat or easting/northing) for the SQL: EPSG:4326
    /// boxes come latitude first and are swapped. Degrees are checked against ±180/±90.
    /// </summary>
    public static LonLatBox? Bbox(FieldErrors errors, string? text, string crs, string field = "bbox")
    {
        if (text is null) return null;
        var parts = text.Split(',');
        var v = new double[4];
        bool numbers = parts.Length == 4 && parts.Select((p, i) => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out v[i]) && double.IsFinite(v[i])).All(ok => ok);
        if (numbers && crs == Epsg4326) v = [v[1], v[0], v[3], v[2]];
        bool degrees = Supported[crs].Srid == 4326;
        if (numbers && v[0] < v[2] && v[1] < v[3] && (!degrees || (v[0] >= -180 && v[2] <= 180 && v[1] >= -90 && v[3] <= 90)))
        {
            return new LonLatBox(v[0], v[1], v[2], v[3]);
        }
        errors.Add(field, crs == Epsg4326
            ? Texts.NotLatLonBox.Format(text)
            : degrees ? Texts.NotLonLatBox.Format(text)
            : Texts.NotXyBox.Format(text, crs));
        return null;
    }

    /// <summary>The Content-Crs header value (Part 2 §6.2): the URI in angle brackets.</summary>
    public static string Header(string crs) => $"<{crs}>";
}
