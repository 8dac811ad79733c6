using System.IO.Compression;
using Kortlaegning.Api.Ogc.Files;
using NetTopologySuite.Geometries;

namespace Kortlaegning.Api.UnitTests.Ogc;

/// <summary>Issue 16: the one layer every GIS download format writes (GDAL reads the files back in the integration tests).</summary>
public class GisLayerTests
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), GisLayer.Srid);

    private static Polygon Square(double x) =>
        Factory.CreatePolygon([new(x, 0), new(x + 10, 0), new(x + 10, 10), new(x, 10), new(x, 0)]);

    private static readonly GisColumn[] Columns = [new("name", GisColumnType.Text), new("municipality_code", GisColumnType.Text, "muni_code")];

    [Fact]
    public void PolygonsAmongMultiPolygonsArePromotedSoTheLayerHasOneType()
    {
        var layer = new GisLayer("areas", "test", Columns,
            [new GisFeature(Square(0), ["a", "0727"]), new GisFeature(Factory.CreateMultiPolygon([Square(20), Square(40)]), ["b", null])]);
        Assert.Equal(OgcGeometryType.MultiPolygon, layer.GeometryType);
        Assert.All(layer.Features, f => Assert.IsType<MultiPolygon>(f.Geometry));
        Assert.Equal(new Envelope(0, 50, 0, 10), layer.Envelope);
    }

    [Fact]
    public void MixedKindsHaveNoOneTypeAndAnEmptyLayerTakesTheDeclaredOne()
    {
        var mixed = new GisLayer("items", "test", Columns,
            [new GisFeature(Factory.CreatePoint(new Coordinate(1, 1)), ["p", null]), new GisFeature(Square(0), ["q", null])]);
        Assert.Null(mixed.GeometryType);
        Assert.Equal(OgcGeometryType.MultiPolygon, new GisLayer("areas", "test", Columns, [], OgcGeometryType.MultiPolygon).GeometryType);
    }

    [Fact]
    public void BadLayersAreRefused()
    {
        Assert.Throws<ArgumentException>(() => new GisLayer("x", "t", Columns, [new GisFeature(Square(0), ["only one"])]));
        Assert.Throws<ArgumentException>(() => new GisLayer("x", "t", [new GisColumn("municipality_code", GisColumnType.Text)], []));
    }

    [Fact]
    public void FlatGeobufStartsWithTheVersion3MagicBytes()
    {
        var bytes = FlatGeobufFile.Write(new GisLayer("areas", "test", Columns, [new GisFeature(Square(0), ["København", "0101"])]), "PROJCS[\"x\"]");
        Assert.Equal(new byte[] { 0x66, 0x67, 0x62, 0x03, 0x66, 0x67, 0x62, 0x00 }, bytes[..8]);
        var headerSize = BitConverter.ToUInt32(bytes, 8);
        Assert.True(headerSize > 0 && 12 + headerSize < bytes.Length, "a header and then a feature");
    }

    [Fact]
    public async Task AShapefileOfMixedKindsHasAFilePerKind()
    {
        var layer = new GisLayer("items", "test", Columns,
        [
            new GisFeature(Factory.CreatePoint(new Coordinate(1, 1)), ["p", null]),
            new GisFeature(Factory.CreateLineString([new(0, 0), new(5, 5)]), ["l", null]),
            new GisFeature(Square(0), [new string('ø', 300), null]),
        ]);
        var bytes = await ShapefileFile.WriteAsync(layer, "PROJCS[\"x\"]", CancellationToken.None);
        using var zip = new ZipArchive(new MemoryStream(bytes));
        var shapes = zip.Entries.Select(e => e.Name).Where(n => n.EndsWith(".shp", StringComparison.Ordinal)).Order();
        Assert.Equal(["items_lines.shp", "items_points.shp", "items_polygons.shp"], shapes);
    }
}
