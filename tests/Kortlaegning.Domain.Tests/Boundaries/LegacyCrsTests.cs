using System.Text.Json;
using Kortlaegning.Domain.Boundaries;

namespace Kortlaegning.Domain.Tests.Boundaries;

public class LegacyCrsTests
{
    [Theory]
    [InlineData("urn:ogc:def:crs:EPSG::25832", 25832)]
    [InlineData("EPSG:25832", 25832)]
    [InlineData("epsg:3035", 3035)]
    [InlineData("http://www.opengis.net/def/crs/EPSG/0/25832", 25832)]
    [InlineData("https://epsg.org/def/crs/EPSG/0/4326", 4326)]
    [InlineData("urn:ogc:def:crs:OGC:1.3:CRS84", 4326)]
    [InlineData(" urn:ogc:def:crs:EPSG::25832 ", 25832)]
    public void EpsgAndCrs84NamesGiveTheirSrid(string name, int srid) => Assert.Equal(srid, LegacyCrs.ToSrid(name));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ETRS89 / UTM zone 32N")]
    [InlineData("EPSG:123")] // too short to be an EPSG code we could transform
    [InlineData("urn:ogc:def:crs:EPSG::25832x")]
    public void AnyOtherNameIsNotUnderstood(string? name) => Assert.Null(LegacyCrs.ToSrid(name));

    [Fact]
    public void AFileWithoutACrsMemberIsLonLat() =>
        Assert.Equal(4326, LegacyCrs.SridOf(JsonDocument.Parse("""{"type":"FeatureCollection","features":[]}""").RootElement));

    [Fact]
    public void AnUnknownCrsMemberIsAFormatErrorNotAGuess()
    {
        var file = JsonDocument.Parse("""{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"Lambert"}},"features":[]}""").RootElement;
        var e = Assert.Throws<BoundaryFormatException>(() => LegacyCrs.SridOf(file));
        Assert.Contains("Lambert", e.Message);
    }
}
