using System.IO.Compression;
using System.Net;

namespace Kortlaegning.Api.Tests.Areas;

/// <summary>Issue 16: zipped Shapefile downloads, read back by GDAL (/vsizip/), and format negotiation on /api/downloads/{level}.</summary>
[Collection(PostGisCollection.Name)]
public class ShapefileDownloadTests(PostGisFixture db)
{
    private readonly HttpClient _client = db.Client;

    private static string OgrInfo(params string[] args) => GdalClient.OgrInfo(args);

    private Task<string> DownloadAsync(string url) => GdalClient.DownloadAsync(_client, url, "application/zip", ".zip");

    [Fact]
    public async Task MunicipalitiesWithAnIndicatorOpenInGdal()
    {
        var path = await DownloadAsync("/api/downloads/municipality.shp.zip?indicator=dst.premature_mortality&period=2019");
        try
        {
            using (var zip = ZipFile.OpenRead(path))
            {
                Assert.Equal(["municipality.cpg", "municipality.dbf", "municipality.prj", "municipality.shp", "municipality.shx"], zip.Entries.Select(e => e.Name).Order());
            }
            var summary = OgrInfo("-ro", "-so", "/vsizip/" + path, "municipality");
            Assert.Contains("Feature Count: 99", summary);
            Assert.Contains("Polygon", summary);
            Assert.Contains("UTM zone 32N", summary);
            Assert.Contains("denominatr: Real", summary);
            var odder = OgrInfo("-ro", "/vsizip/" + path, "municipality", "-where", "code='0727'");
            Assert.Contains("name (String) = Odder", odder);
            Assert.Contains("period (String) = 2019", odder);
            // Disclosure control holds in this format too: Christiansø's suppressed count is empty.
            var christianso = OgrInfo("-ro", "/vsizip/" + path, "municipality", "-where", "code='0411'");
            Assert.Contains("note (String) = suppressed", christianso);
            Assert.Contains("numerator (Real) = (null)", christianso);
            Assert.Contains("value (Real) = (null)", christianso);
            var copenhagen = OgrInfo("-ro", "/vsizip/" + path, "municipality", "-where", "code='0101'");
            Assert.Contains("name (String) = København", copenhagen);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task AllParishesAndNegotiation()
    {
        var path = await DownloadAsync("/api/downloads/parish?f=shp");
        try
        {
            Assert.Contains("Feature Count: 2148", OgrInfo("-ro", "-so", "/vsizip/" + path, "parish"));
        }
        finally
        {
            File.Delete(path);
        }
        var gpkg = await _client.GetAsync("/api/downloads/region?f=gpkg");
        Assert.Equal("application/geopackage+sqlite3", gpkg.Content.Headers.ContentType?.MediaType);
        var byAccept = new HttpRequestMessage(HttpMethod.Get, "/api/downloads/region");
        byAccept.Headers.Accept.ParseAdd("application/zip");
        Assert.Equal("application/zip", (await _client.SendAsync(byAccept)).Content.Headers.ContentType?.MediaType);
        var csv = new HttpRequestMessage(HttpMethod.Get, "/api/downloads/region");
        csv.Headers.Accept.ParseAdd("text/csv");
        Assert.Equal(HttpStatusCode.NotAcceptable, (await _client.SendAsync(csv)).StatusCode);
        await _client.ProblemAsync("/api/downloads/region?f=kml", HttpStatusCode.BadRequest, "f");
        await _client.ProblemAsync("/api/downloads/region.gpkg?f=shp", HttpStatusCode.BadRequest, "f");
        await _client.ProblemAsync("/api/downloads/shire.shp.zip", HttpStatusCode.NotFound);
    }
}
