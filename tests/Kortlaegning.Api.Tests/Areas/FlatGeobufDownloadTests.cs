using System.Net;

namespace Kortlaegning.Api.Tests.Areas;

/// <summary>Issue 16: FlatGeobuf downloads of areas and indicator values, read back by GDAL's FlatGeobuf driver.</summary>
[Collection(PostGisCollection.Name)]
public class FlatGeobufDownloadTests(PostGisFixture db)
{
    private const string MediaType = "application/flatgeobuf";

    private readonly HttpClient _client = db.Client;

    private static string OgrInfo(params string[] args) => GdalClient.OgrInfo(args);

    private Task<string> DownloadAsync(string url) => GdalClient.DownloadAsync(_client, url, MediaType, ".fgb");

    [Fact]
    public async Task MunicipalitiesWithAnIndicatorOpenInGdal()
    {
        var path = await DownloadAsync("/api/downloads/municipality.fgb?indicator=dst.premature_mortality&period=2019");
        try
        {
            var summary = OgrInfo("-ro", "-so", path, "municipality");
            Assert.Contains("FlatGeobuf", OgrInfo("-ro", "-so", path));
            Assert.Contains("Feature Count: 99", summary);
            Assert.Contains("Geometry: Multi Polygon", summary);
            Assert.Contains("ETRS89 / UTM zone 32N", summary);
            Assert.Contains("value: Real", summary);
            Assert.Contains("municipality_code: String", summary);
            var odder = OgrInfo("-ro", path, "municipality", "-where", "code='0727'");
            Assert.Contains("name (String) = Odder", odder);
            Assert.Contains("period (String) = 2019", odder);
            Assert.Contains("MULTIPOLYGON (((", odder);
            var copenhagen = OgrInfo("-ro", path, "municipality", "-where", "code='0101'");
            Assert.Contains("name (String) = København", copenhagen);
            // Disclosure control holds in this format too: Christiansø's suppressed count is empty.
            var christianso = OgrInfo("-ro", path, "municipality", "-where", "code='0411'");
            Assert.Contains("note (String) = suppressed", christianso);
            Assert.DoesNotContain("numerator (Real) =", christianso.Replace("numerator (Real) = (null)", ""));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task AllParishesAreValidPolygonsInGdal()
    {
        var path = await DownloadAsync("/api/downloads/parish.fgb");
        try
        {
            Assert.Contains("Feature Count: 2148", OgrInfo("-ro", "-so", path, "parish"));
            // Every geometry read back is valid (GEOS via SQLite dialect), so rings and parts were written as GDAL reads them.
            var invalid = OgrInfo("-ro", "-dialect", "SQLite", "-sql", "SELECT count(*) AS invalid FROM parish WHERE NOT ST_IsValid(geometry)", path);
            Assert.Contains("invalid (Integer) = 0", invalid);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("/api/downloads/region?f=fgb", null)]
    [InlineData("/api/downloads/region", MediaType)]
    [InlineData("/ogc/collections/region/items?f=fgb", null)]
    [InlineData("/ogc/collections/region/items", MediaType)]
    public async Task NegotiatedByFOrAccept(string url, string? accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        var path = await GdalClient.DownloadAsync(_client, request, MediaType, ".fgb");
        try
        {
            Assert.Contains("Feature Count: 5", OgrInfo("-ro", "-so", path, "region"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("/ogc/collections/region")]
    [InlineData("/ogc/collections/indicator:sp.loneliness:municipality")]
    public async Task EveryCollectionLinksItsFilesAsEnclosures(string collection)
    {
        var links = (await _client.GetJsonAsync(collection)).GetProperty("links").EnumerateArray()
            .Where(l => l.GetProperty("rel").GetString() == "enclosure").ToList();
        Assert.Equal(["application/flatgeobuf", "application/geopackage+sqlite3", "application/zip"], links.Select(l => l.GetProperty("type").GetString()).Order());
        var fgb = links.Single(l => l.GetProperty("type").GetString() == MediaType).GetProperty("href").GetString()!;
        var response = await _client.GetAsync(new Uri(fgb).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(MediaType, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task OgcItemsAsAZippedShapefile()
    {
        var path = await GdalClient.DownloadAsync(_client, "/ogc/collections/region/items?f=shp", "application/zip", ".zip");
        try
        {
            Assert.Contains("Feature Count: 5", OgrInfo("-ro", "-so", "/vsizip/" + path, "region"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("/api/downloads/region.fgb?f=gpkg", "f")]
    [InlineData("/api/downloads/region.fgb?limit=3", "limit")]
    [InlineData("/ogc/collections/region/items?f=fgb&limit=3", "limit")]
    [InlineData("/ogc/collections/region/items?f=kml", "f")]
    public async Task BadFileRequestsAreProblems(string url, string parameter)
    {
        await _client.ProblemAsync(url, HttpStatusCode.BadRequest, parameter);
    }
}
