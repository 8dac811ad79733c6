using System.Net;

namespace Kortlaegning.Api.Tests.Areas;

/// <summary>Issue 16: a GeoPackage of a level's areas with an indicator's values, read back by GDAL's ogrinfo.</summary>
[Collection(PostGisCollection.Name)]
public class GeoPackageDownloadTests(PostGisFixture db)
{
    private readonly HttpClient _client = db.Client;

    private static string OgrInfo(params string[] args) => GdalClient.OgrInfo(args);

    private Task<string> DownloadAsync(string url) => GdalClient.DownloadAsync(_client, url, "application/geopackage+sqlite3", ".gpkg");

    [Fact]
    public async Task MunicipalitiesWithAnIndicatorOpenInGdalWithEveryArea()
    {
        var path = await DownloadAsync("/api/downloads/municipality.gpkg?indicator=sp.loneliness&period=2025");
        try
        {
            var summary = OgrInfo("-ro", "-so", path, "municipality");
            Assert.Contains("Feature Count: 99", summary);
            Assert.Contains("Geometry: Multi Polygon", summary);
            Assert.Contains("ETRS89 / UTM zone 32N", summary);
            Assert.Contains("value: Real", summary);
            var odder = OgrInfo("-ro", path, "municipality", "-where", "code='0727'");
            Assert.Contains("name (String) = Odder", odder);
            Assert.Contains("period (String) = 2025", odder);
            // XY only, as gpkg_geometry_columns declares (z = m = 0): not MULTIPOLYGON ZM with NaN ordinates.
            Assert.Contains("MULTIPOLYGON (((", odder);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task AllParishesWithoutAnIndicator()
    {
        var path = await DownloadAsync("/api/downloads/parish.gpkg");
        try
        {
            Assert.Contains("Feature Count: 2148", OgrInfo("-ro", "-so", path, "parish"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("/api/downloads/parish.gpkg?indicator=nope.nothing", "indicator")]
    [InlineData("/api/downloads/municipality.gpkg?indicator=sp.loneliness&period=1066", "period")]
    [InlineData("/api/downloads/municipality.gpkg?colour=red", "colour")]
    public async Task BadDownloadsAreProblems(string url, string parameter)
    {
        await _client.ProblemAsync(url, HttpStatusCode.BadRequest, parameter);
    }

    [Fact]
    public async Task AnUnknownLevelIsNotFound()
    {
        await _client.ProblemAsync("/api/downloads/shire.gpkg", HttpStatusCode.NotFound);
    }

    // /ogc items with f=gpkg, or by Accept, give the collection's file — an indicator collection with its values.
    [Theory]
    [InlineData("/ogc/collections/municipality/items?f=gpkg", null, false)]
    [InlineData("/ogc/collections/municipality/items", "application/geopackage+sqlite3", false)]
    [InlineData("/ogc/collections/indicator:sp.loneliness:municipality/items?f=gpkg&period=2025", null, true)]
    public async Task OgcItemsAsAGeoPackage(string url, string? accept, bool withValues)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        var path = await GdalClient.DownloadAsync(_client, request, "application/geopackage+sqlite3", ".gpkg");
        try
        {
            var summary = OgrInfo("-ro", "-so", path, "municipality");
            Assert.Contains("Feature Count: 99", summary);
            Assert.Contains("ETRS89 / UTM zone 32N", summary);
            Assert.Equal(withValues, summary.Contains("value: Real", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("/ogc/collections/municipality/items?f=gpkg&bbox=10,55,11,56", "bbox")]
    [InlineData("/ogc/collections/municipality/items?f=gpkg&limit=5", "limit")]
    [InlineData("/ogc/collections/municipality/items?f=gpkg&period=2025", "period")]
    [InlineData("/ogc/collections/indicator:sp.loneliness:municipality/items?f=gpkg&period=1066", "period")]
    [InlineData("/ogc/collections/municipality/items/0727?f=gpkg", "f")]
    public async Task AGeoPackageOfOgcItemsTakesNoPagingOrFilter(string url, string parameter)
    {
        await _client.ProblemAsync(url, HttpStatusCode.BadRequest, parameter);
    }
}
