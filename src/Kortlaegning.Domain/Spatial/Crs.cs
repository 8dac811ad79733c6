using Kortlaegning.Domain.Distance;
using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;

namespace Kortlaegning.Domain.Spatial;

/// <summary>
/// The coordinate reference systems this service uses, and ProjNet transforms between them.
/// Storage is EPSG:25832 (ETRS89 / UTM 32N, the Danish standard); the web gets EPSG:4326 (RFC 7946);
/// the Census grid comes in EPSG:3035 (ETRS89-LAEA). ETRS89 and WGS84 are treated as identical (sub-metre).
/// </summary>
public static class Crs
{
    public const int Wgs84 = 4326;
    public const int Utm32 = 25832;
    public const int Laea = 3035;

    /// <summary>Denmark's extent in lon/lat with a margin (Bornholm, Christiansø and Skagen included).</summary>
    public static readonly (double MinLon, double MinLat, double MaxLon, double MaxLat) DenmarkLonLat = (7.5, 54.4, 15.6, 58.0);

    private static readonly CoordinateTransformationFactory Factory = new();

    private static readonly Lazy<MathTransform> ToUtm = new(() =>
        Factory.CreateFromCoordinateSystems(GeographicCoordinateSystem.WGS84, ProjectedCoordinateSystem.WGS84_UTM(32, true)).MathTransform);

    private static readonly Lazy<MathTransform> FromUtm = new(() =>
        Factory.CreateFromCoordinateSystems(ProjectedCoordinateSystem.WGS84_UTM(32, true), GeographicCoordinateSystem.WGS84).MathTransform);

    public static bool InDenmark(double lon, double lat) =>
        lon >= DenmarkLonLat.MinLon && lon <= DenmarkLonLat.MaxLon && lat >= DenmarkLonLat.MinLat && lat <= DenmarkLonLat.MaxLat;

    /// <summary>Longitude/latitude (degrees) to EPSG:25832 metres.</summary>
    public static PlanarPoint ToUtm32(double lon, double lat)
    {
        var (x, y) = ToUtm.Value.Transform(lon, lat);
        return new PlanarPoint(x, y);
    }

    /// <summary>EPSG:25832 metres to longitude/latitude (degrees).</summary>
    public static (double Lon, double Lat) ToLonLat(PlanarPoint p) => FromUtm.Value.Transform(p.X, p.Y);
}
