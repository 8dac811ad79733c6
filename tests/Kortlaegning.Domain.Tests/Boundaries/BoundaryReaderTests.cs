using System.Text;
using Kortlaegning.Domain.Boundaries;

namespace Kortlaegning.Domain.Tests.Boundaries;

public class BoundaryReaderTests
{
    private static Stream Text(string json) => new MemoryStream(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void GeoJsonWithoutCrsIsLonLat()
    {
        var f = BoundaryFile.Read(Text("""{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"K":"0461"},"geometry":{"type":"Polygon","coordinates":[[[10,55],[10.1,55],[10.1,55.1],[10,55]]]}}]}"""));
        Assert.Equal(4326, f.Single().Geometry!.SRID);
        Assert.Equal("0461", f.Single().Properties["K"]);
    }

    [Fact]
    public void LegacyCrsMemberSetsTheSrid()
    {
        var f = BoundaryFile.Read(Text("""{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::25832"}},"features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[500000,6200000],[501000,6200000],[501000,6201000],[500000,6200000]]]}}]}"""));
        Assert.Equal(25832, f.Single().Geometry!.SRID);
    }

    [Fact]
    public void UnknownCrsIsAFormatErrorNamingIt()
    {
        var e = Assert.Throws<BoundaryFormatException>(() => BoundaryFile.Read(Text("""{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:x:nonsense"}},"features":[]}""")));
        Assert.Contains("urn:x:nonsense", e.Message);
    }

    [Fact]
    public void ZCoordinatesAreDropped()
    {
        // DAGI writes z = -999 on every vertex.
        var f = BoundaryFile.Read(Text("""{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[10,55,-999],[10.1,55,-999],[10.1,55.1,-999],[10,55,-999]]]}}]}"""));
        Assert.All(f.Single().Geometry!.Coordinates, c => Assert.True(double.IsNaN(c.Z)));
    }

    [Fact]
    public void NotJsonIsAFormatError()
    {
        Assert.Throws<BoundaryFormatException>(() => BoundaryFile.Read(Text("KOMKODE;KOMNAVN")));
    }

    [Fact]
    public void TopoJsonDecodesQuantizedDeltaArcsAndIgnoresAThirdValue()
    {
        // Two unit squares (in degrees) sharing arc 1, the edge x = 10 between them.
        // Transform scale 0.5, translate (10, 55); positions are deltas in quantized units (×0.5°).
        // Arc 0: (0,0) (2,0) (2,2) (0,2) absolute → (10,55) (11,55) (11,56) (10,56), with a third value -999.
        // Arc 1: (0,2) (0,0) → (10,56) (10,55).  Arc 2: (0,2) (-2,2) (-2,0) (0,0) → (10,56) (9,56) (9,55) (10,55).
        // Square A = [0, 1]; square B = [2, ~1] (arc 1 reversed: (10,55) (10,56)).
        var topo = """
        {"type":"Topology","transform":{"scale":[0.5,0.5],"translate":[10,55]},
         "objects":{"stdin":{"type":"GeometryCollection","geometries":[
           {"type":"Polygon","properties":{"SOGNEKODE":"8907"},"arcs":[[0,1]]},
           {"type":"Polygon","properties":{"SOGNEKODE":"8908"},"arcs":[[2,-2]]}]}},
         "arcs":[[[0,0,-999],[2,0,-999],[0,2,-999],[-2,0,-999]],
                 [[0,2],[0,-2]],
                 [[0,2],[-2,0],[0,-2],[2,0]]]}
        """;
        var f = BoundaryFile.Read(Text(topo));
        Assert.Equal(2, f.Count);
        var a = f[0].Geometry!;
        Assert.True(a.IsValid);
        Assert.Equal(1.0, a.Area, 9); // 1° × 1° in lon/lat units
        Assert.Equal(new NetTopologySuite.Geometries.Coordinate(10, 55), a.Coordinates[0]);
        var b = f[1].Geometry!;
        Assert.Equal(1.0, b.Area, 9);
        Assert.True(b.Touches(a));
    }

    [Fact]
    public void TopoJsonWithSeveralObjectsNeedsAName()
    {
        var topo = """{"type":"Topology","objects":{"a":{"type":"GeometryCollection","geometries":[]},"b":{"type":"GeometryCollection","geometries":[]}},"arcs":[]}""";
        var e = Assert.Throws<BoundaryFormatException>(() => BoundaryFile.Read(Text(topo)));
        Assert.Contains("a, b", e.Message);
        Assert.Empty(BoundaryFile.Read(Text(topo), topoObject: "b"));
    }
}
