using System.Globalization;
using System.Text;
using Kortlaegning.Domain.Distance;
using Kortlaegning.Domain.Spatial;

namespace Kortlaegning.Api.Tests.Network;

/// <summary>
/// A 6 × 6 street grid of 100 m blocks in Odder (column c, row r at <see cref="At"/>), written as an OpenStreetMap file:
/// residential streets along every row and column, cut by a river between columns 2 and 3. The bottom row crosses it on
/// a motorway (not walkable), the top row on a footbridge. So (2, 0) and (3, 0) are 100 m apart in a straight line and
/// 500 + 100 + 500 = 1,100 m on foot.
/// </summary>
internal static class SyntheticStreets
{
    public const int Size = 6;

    /// <summary>South-west corner, EPSG:25832, a whole 100 m inside Odder town.</summary>
    public static readonly PlanarPoint Origin = new(100 * Math.Round(Crs.ToUtm32(10.16, 55.975).X / 100), 100 * Math.Round(Crs.ToUtm32(10.16, 55.975).Y / 100));

    public static PlanarPoint At(double column, double row) => new(Origin.X + 100 * column, Origin.Y + 100 * row);

    public static (double Lon, double Lat) LonLat(double column, double row) => Crs.ToLonLat(At(column, row));

    private static long Node(int c, int r) => 1000 + 10 * c + r;

    public static string Osm()
    {
        var s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<osm version=\"0.6\" generator=\"kortlaegning-tests\">\n");
        for (int c = 0; c < Size; c++)
        {
            for (int r = 0; r < Size; r++)
            {
                var (lon, lat) = LonLat(c, r);
                s.Append(CultureInfo.InvariantCulture, $"  <node id=\"{Node(c, r)}\" lat=\"{lat:F9}\" lon=\"{lon:F9}\"/>\n");
            }
        }
        long way = 1;
        for (int c = 0; c < Size; c++) Way(s, way++, Enumerable.Range(0, Size).Select(r => Node(c, r)), "residential");
        for (int r = 0; r < Size; r++)
        {
            Way(s, way++, Enumerable.Range(0, 3).Select(c => Node(c, r)), "residential");
            Way(s, way++, Enumerable.Range(3, 3).Select(c => Node(c, r)), "residential");
        }
        Way(s, way++, [Node(2, 0), Node(3, 0)], "motorway");
        Way(s, way, [Node(2, Size - 1), Node(3, Size - 1)], "footway", "<tag k=\"bridge\" v=\"yes\"/>");
        return s.Append("</osm>\n").ToString();
    }

    public static string WriteOsm()
    {
        var path = Path.Combine(Path.GetTempPath(), $"kortlaegning-streets-{Guid.NewGuid():N}.osm");
        File.WriteAllText(path, Osm());
        return path;
    }

    private static void Way(StringBuilder s, long id, IEnumerable<long> nodes, string highway, string extra = "")
    {
        s.Append(CultureInfo.InvariantCulture, $"  <way id=\"{id}\">");
        foreach (var n in nodes) s.Append(CultureInfo.InvariantCulture, $"<nd ref=\"{n}\"/>");
        s.Append(CultureInfo.InvariantCulture, $"<tag k=\"highway\" v=\"{highway}\"/>{extra}</way>\n");
    }
}
