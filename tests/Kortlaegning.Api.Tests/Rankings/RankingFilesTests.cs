using System.Net;
using System.Net.Http.Json;
using Kortlaegning.Api.Tests.Areas;

namespace Kortlaegning.Api.Tests.Rankings;

/// <summary>Issue 16: rankings as GeoPackage, FlatGeobuf and zipped Shapefile (a preset's result, or POST with Accept), read by GDAL.</summary>
[Collection(PostGisCollection.Name)]
public class RankingFilesTests(PostGisFixture db)
{
    private readonly HttpClient _client = db.Client;

    [Fact]
    public async Task APresetResultAsEveryGisFormat()
    {
        var id = (await _client.GetJsonAsync("/api/rankings/presets"))[0].GetProperty("id").GetInt32();
        var areas = (await _client.GetJsonAsync($"/api/rankings/presets/{id}/result")).GetProperty("areas");
        var first = areas[0].GetProperty("code").GetString();
        var gpkg = await GdalClient.DownloadAsync(_client, $"/api/rankings/presets/{id}/result?format=gpkg", "application/geopackage+sqlite3", ".gpkg");
        var fgb = await GdalClient.DownloadAsync(_client, $"/api/rankings/presets/{id}/result?format=fgb", "application/flatgeobuf", ".fgb");
        var shp = await GdalClient.DownloadAsync(_client, $"/api/rankings/presets/{id}/result?format=shp", "application/zip", ".zip");
        try
        {
            foreach (var (file, layer) in new[] { (gpkg, "ranking"), (fgb, "ranking"), ("/vsizip/" + shp, "ranking") })
            {
                var summary = GdalClient.OgrInfo("-ro", "-so", file, layer);
                Assert.Contains($"Feature Count: {areas.GetArrayLength()}", summary);
                Assert.Contains("score: Real", summary);
                Assert.Contains("UTM zone 32N", summary);
                var top = GdalClient.OgrInfo("-ro", file, layer, "-where", $"code = '{first}'");
                // Integer in every format (Integer64 in GeoPackage and FlatGeobuf, Integer in a DBF), never Real.
                Assert.Matches(@"rank \(Integer(64)?\) = 1\b", top);
                Assert.Matches(@"quintile \(Integer(64)?\) = 5\b", top);
                Assert.DoesNotContain(" nan", top);
            }
        }
        finally
        {
            File.Delete(gpkg);
            File.Delete(fgb);
            File.Delete(shp);
        }
        await _client.ProblemAsync($"/api/rankings/presets/{id}/result?format=kml", HttpStatusCode.BadRequest, "format");
    }

    [Fact]
    public async Task ARankingPostedWithAGisAcceptComesAsThatFile()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/rankings")
        {
            Content = JsonContent.Create(new
            {
                level = "municipality",
                period = "2021",
                method = "zscore",
                scope = new { municipalities = new[] { "461", "727", "740", "561", "851" } },
                indicators = new[] { new { code = "sp.daily_smokers", weight = 1 } },
            }),
        };
        request.Headers.TryAddWithoutValidation("Accept", "application/flatgeobuf");
        var file = await GdalClient.DownloadAsync(_client, request, "application/flatgeobuf", ".fgb");
        try
        {
            Assert.Contains("Feature Count: 5", GdalClient.OgrInfo("-ro", "-so", file, "ranking"));
            Assert.Contains("name (String) = Odder", GdalClient.OgrInfo("-ro", file, "ranking", "-where", "code = '0727'"));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
