using System.Text.Json;
using Kortlaegning.Api.Workshops;

namespace Kortlaegning.Api.UnitTests.Workshops;

public class GeometryInputTests
{
    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();

    private static string? Check(string? text, int max = 1000) => GeometryInput.Check(text is null ? null : Json(text), max, out _);

    [Fact]
    public void APointInWgs84PassesAndItsJsonIsHandedOn()
    {
        var problem = GeometryInput.Check(Json("""{"type":"Point","coordinates":[10.2,56.1]}"""), 1000, out var json);
        Assert.Null(problem);
        Assert.Contains("\"Point\"", json);
    }

    [Fact]
    public void ALineAndAPolygonPass()
    {
        Assert.Null(Check("""{"type":"LineString","coordinates":[[10,56],[10.1,56.1]]}"""));
        Assert.Null(Check("""{"type":"Polygon","coordinates":[[[10,56],[10.1,56],[10.1,56.1],[10,56]]]}"""));
    }

    [Fact]
    public void NoGeometryIsRefused() => Assert.Equal("A GeoJSON geometry object is required.", Check(null));

    [Fact]
    public void AnArrayIsNotAGeometryObject() => Assert.Equal("A GeoJSON geometry object is required.", Check("[10, 56]"));

    [Theory]
    [InlineData("""{"type":"MultiPolygon","coordinates":[]}""")]
    [InlineData("""{"type":"point","coordinates":[10,56]}""")]
    [InlineData("""{"coordinates":[10,56]}""")]
    public void OtherTypesAreRefusedNamingTheAllowedOnes(string geometry) =>
        Assert.Equal("Geometry type must be one of Point, LineString, Polygon.", Check(geometry));

    [Fact]
    public void MissingCoordinatesAreRefused() => Assert.Equal("Geometry needs a 'coordinates' array.", Check("""{"type":"Point"}"""));

    [Fact]
    public void ALatitudeBeyondNinetyIsRefusedAsNotWgs84() =>
        Assert.Equal("Positions are [longitude, latitude] in WGS84 (RFC 7946).", Check("""{"type":"Point","coordinates":[10,91]}"""));

    [Fact]
    public void ProjectedMetresAreRefusedAsNotWgs84() =>
        Assert.Equal("Positions are [longitude, latitude] in WGS84 (RFC 7946).", Check("""{"type":"Point","coordinates":[575000,6220000]}"""));

    [Fact]
    public void APositionNeedsTwoOrThreeNumbers()
    {
        Assert.Equal("A position is [longitude, latitude].", Check("""{"type":"Point","coordinates":[10]}"""));
        Assert.Equal("Positions must be numbers.", Check("""{"type":"Point","coordinates":["10","56"]}"""));
        Assert.Null(Check("""{"type":"Point","coordinates":[10,56,12]}"""));
    }

    [Fact]
    public void APointNestedLikeALineIsRefused() =>
        Assert.Equal("Positions must be numbers.", Check("""{"type":"Point","coordinates":[[10,56],[10,56]]}"""));

    [Fact]
    public void EmptyRingsAreRefused() => Assert.Equal("Coordinates must not be empty.", Check("""{"type":"Polygon","coordinates":[]}"""));

    // A line of 4 positions against a limit of 3: the walk stops at the fourth, so a huge geometry is not read to the end.
    [Fact]
    public void OneVertexMoreThanTheLimitIsRefused()
    {
        Assert.Null(Check("""{"type":"LineString","coordinates":[[10,56],[10.1,56],[10.2,56]]}""", max: 3));
        Assert.Equal("Geometry has more than 3 vertices.", Check("""{"type":"LineString","coordinates":[[10,56],[10.1,56],[10.2,56],[10.3,56]]}""", max: 3));
    }
}
