using Kortlaegning.Api.Facilities;

namespace Kortlaegning.Api.UnitTests.Facilities;

public class FacilityImportReaderTests
{
    private static FacilityUpload Read(string text, int? srid = null) => FacilityImportReader.Read(text, TestTypes.Two, new ParseOptions(XySrid: srid));

    [Theory]
    [InlineData("{\"type\":1}")]
    [InlineData("{\"type\":\"FeatureCollection\",\"features\":{}}")]
    [InlineData("{\"type\":null,\"features\":[]}")]
    public void AJsonObjectThatIsNoFeatureCollectionIsAProblemOfTheFile(string text)
    {
        var upload = Read(text);
        Assert.Equal(["file"], upload.Errors.ToDictionary().Keys);
        Assert.Empty(upload.Rows);
    }

    [Fact]
    public void ASemicolonCsvReadsDecimalCommasAndQuotedSemicolons()
    {
        var upload = Read("name;type;lat;lon;opening_hours\r\nHus;library;55,9731;10,1540;\"Man–fre 9–16; weekend\"\r\n");
        Assert.False(upload.Errors.Any);
        var (line, facility) = Assert.Single(upload.Rows);
        Assert.Equal(2, line);
        Assert.Equal(10.154, facility.Geometry.Coordinate.X, 9);
        Assert.Equal("Man–fre 9–16; weekend", facility.OpeningHours);
        Assert.False(upload.IsGeoJson);
    }

    [Fact]
    public void BadCsvRowsAreNamedByLineNumberWithTheHeaderAsLineOne()
    {
        var upload = Read("name,type,lon,lat,capacity\nOk,library,10,56,3\nBad type,gym,10,56,\n,library,10,56,lots\n");
        Assert.Equal(["rows[3].type", "rows[4].name", "rows[4].capacity"], upload.Errors.ToDictionary().Keys);
        Assert.Single(upload.Rows);
    }

    [Fact]
    public void ACsvWithoutTheRequiredColumnsIsRefusedAsAWholeUnderHeader()
    {
        var upload = Read("navn,type\nHus,library\n");
        var errors = upload.Errors.ToDictionary();
        Assert.Equal(["header"], errors.Keys);
        Assert.Contains("Mangler kolonne(r): name, lat og lon (eller x og y med srid)", errors["header"][0]);
    }

    [Fact]
    public void AnEmptyFileSaysSo()
    {
        Assert.Equal(["Filen er tom."], Read("").Errors.ToDictionary()["header"]);
    }

    [Fact]
    public void GeoJsonWithALegacyCrsKeepsItsSridAndNamesBadFeaturesByNumber()
    {
        const string text = """
            {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::25832"}},"features":[
              {"type":"Feature","properties":{"name":"Hus","type":"library","capacity":60},"geometry":{"type":"Point","coordinates":[481000,6152000]}},
              {"type":"Feature","properties":{"name":"Line","type":"library"},"geometry":{"type":"LineString","coordinates":[[481000,6152000],[481100,6152100]]}}]}
            """;
        var upload = Read(text);
        Assert.True(upload.IsGeoJson);
        var (line, facility) = Assert.Single(upload.Rows);
        Assert.Equal((1, 25832, 60), (line, facility.Geometry.SRID, facility.Capacity));
        Assert.Equal(["rows[2].geometry"], upload.Errors.ToDictionary().Keys);
    }

    [Fact]
    public void GeoJsonThatIsNotAFeatureCollectionIsRefusedAsAFile()
    {
        Assert.Equal(["file"], Read("""{"type":"Feature","properties":{}}""").Errors.ToDictionary().Keys);
        Assert.StartsWith("Ikke gyldig JSON", Read("{not json").Errors.ToDictionary()["file"][0]);
    }

    [Fact]
    public void AFlatJsonObjectGivesFieldsAndAGeometryInTheGivenSrid()
    {
        using var doc = System.Text.Json.JsonDocument.Parse("""{"name":"Hus","tags":["a","b"],"geometry":{"type":"Point","coordinates":[10,56]}}""");
        var (fields, geometry, error) = FacilityImportReader.FromJsonObject(doc.RootElement, 4326);
        Assert.Null(error);
        Assert.Equal(("Hus", "a|b"), (fields["name"], fields["tags"]));
        Assert.Equal(4326, geometry!.SRID);
    }

    [Fact]
    public void AnUnreadableGeometryIsReportedRatherThanThrown()
    {
        using var doc = System.Text.Json.JsonDocument.Parse("""{"name":"Hus","geometry":{"type":"Point","coordinates":"here"}}""");
        var (_, geometry, error) = FacilityImportReader.FromJsonObject(doc.RootElement, 4326);
        Assert.Null(geometry);
        Assert.StartsWith("GeoJSON-geometrien kan ikke læses", error);
    }
}
