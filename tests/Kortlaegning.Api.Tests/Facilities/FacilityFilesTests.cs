using System.Net;
using Kortlaegning.Api.Tests.Areas;

namespace Kortlaegning.Api.Tests.Facilities;

/// <summary>Issue 16: the facility list as GeoPackage, FlatGeobuf and zipped Shapefile, with the list's filters, read by GDAL.</summary>
[Collection(PostGisCollection.Name)]
public class FacilityFilesTests(PostGisFixture db)
{
    private readonly HttpClient _client = db.Client;

    [Fact]
    public async Task TheFilteredListAsEveryGisFormat()
    {
        await _client.CreateAsync(new { name = "ILLUSTRATIVE Esbjerg bibliotek", type = "library", lon = 8.4385, lat = 55.485 });
        await _client.CreateAsync(new { name = "ILLUSTRATIVE Aalborg bibliotek", type = "library", lon = 9.95, lat = 57.03 });
        try
        {
            var expected = (await _client.GetJsonAsync("/api/facilities?type=library")).GetProperty("features").GetArrayLength();
            var gpkg = await GdalClient.DownloadAsync(_client, "/api/facilities?type=library&f=gpkg", "application/geopackage+sqlite3", ".gpkg");
            var shp = await GdalClient.DownloadAsync(_client, "/api/facilities?type=library&f=shp", "application/zip", ".zip");
            var request = new HttpRequestMessage(HttpMethod.Get, "/api/facilities?type=library&municipality=851");
            request.Headers.TryAddWithoutValidation("Accept", "application/flatgeobuf");
            var fgb = await GdalClient.DownloadAsync(_client, request, "application/flatgeobuf", ".fgb");
            try
            {
                var summary = GdalClient.OgrInfo("-ro", "-so", gpkg, "facilities");
                Assert.Contains($"Feature Count: {expected}", summary);
                Assert.Contains("Geometry: Point", summary);
                Assert.Contains("ETRS89 / UTM zone 32N", summary);
                var esbjerg = GdalClient.OgrInfo("-ro", gpkg, "facilities", "-where", "name = 'ILLUSTRATIVE Esbjerg bibliotek'");
                Assert.Contains("type (String) = library", esbjerg);
                Assert.Contains("type_name (String) = Bibliotek", esbjerg);
                Assert.Contains("candidate_spot (Integer(Boolean)) = 0", esbjerg);
                Assert.Contains("POINT (", esbjerg);
                Assert.Contains($"Feature Count: {expected}", GdalClient.OgrInfo("-ro", "-so", "/vsizip/" + shp, "facilities"));
                // The filter holds in the file: only Aalborg's library.
                var aalborg = GdalClient.OgrInfo("-ro", fgb, "facilities");
                Assert.Contains("Feature Count: 1", GdalClient.OgrInfo("-ro", "-so", fgb, "facilities"));
                Assert.Contains("name (String) = ILLUSTRATIVE Aalborg bibliotek", aalborg);
            }
            finally
            {
                File.Delete(gpkg);
                File.Delete(shp);
                File.Delete(fgb);
            }
            await _client.ProblemAsync("/api/facilities?f=kml", HttpStatusCode.BadRequest, "f");
            Assert.Equal("application/geo+json", (await _client.GetAsync("/api/facilities?type=library&f=geojson")).Content.Headers.ContentType?.MediaType);
        }
        finally
        {
            await _client.DeleteAllOfTypeAsync("library");
        }
    }
}
