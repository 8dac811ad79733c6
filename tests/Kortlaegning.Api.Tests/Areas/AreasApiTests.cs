using System.Net;

namespace Kortlaegning.Api.Tests.Areas;

[Collection(PostGisCollection.Name)]
public class AreasApiTests(PostGisFixture db)
{
    private readonly HttpClient _client = db.Client;

    [Fact]
    public async Task TheRealDagiFilesGiveAllParishesAndMunicipalities()
    {
        var levels = await _client.GetJsonAsync("/api/levels");
        var counts = levels.EnumerateArray().ToDictionary(l => l.GetProperty("level").GetString()!, l => l.GetProperty("count").GetInt64());
        Assert.Equal(2148, counts["parish"]);
        Assert.Equal(99, counts["municipality"]);
        Assert.Equal(5, counts["region"]);
        Assert.Equal(592, counts["postcode"]);
    }

    [Theory]
    [InlineData("8907", "Treenigheds", "0561")] // Esbjerg's application (seed 003)
    [InlineData("8087", "Odder", "0727")]
    [InlineData("8364", "Budolfi", "0851")]
    public async Task AParishBelongsToItsMunicipality(string code, string name, string municipality)
    {
        var feature = await _client.GetJsonAsync($"/api/areas/parish/{code}");
        var p = feature.GetProperty("properties");
        Assert.Equal("Feature", feature.GetProperty("type").GetString());
        Assert.Equal(name, p.GetProperty("name").GetString());
        Assert.Equal(municipality, p.GetProperty("municipalityCode").GetString());
        var primary = p.GetProperty("parents").EnumerateArray().Single(x => x.GetProperty("primary").GetBoolean());
        Assert.Equal(municipality, primary.GetProperty("code").GetString());
        Assert.InRange(primary.GetProperty("overlapFraction").GetDouble(), 0.5, 1.0);
        Assert.Contains("Geodatastyrelsen", feature.GetProperty("sources")[0].GetProperty("attribution").GetString());
    }

    [Fact]
    public async Task OdderHasFourteenParishesInWgs84()
    {
        var fc = await _client.GetJsonAsync("/api/areas?level=parish&municipality=727&simplify=50");
        var features = fc.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(14, features.Count);
        Assert.All(features, f => Assert.Equal("0727", f.GetProperty("properties").GetProperty("municipalityCode").GetString()));
        // RFC 7946: lon/lat. Odder lies around 10.1°E 55.9°N.
        var first = features[0].GetProperty("geometry").GetProperty("coordinates");
        while (first[0].ValueKind == System.Text.Json.JsonValueKind.Array) first = first[0];
        Assert.InRange(first[0].GetDouble(), 9.8, 10.5);
        Assert.InRange(first[1].GetDouble(), 55.7, 56.1);
        Assert.Contains(fc.GetProperty("sources").EnumerateArray(), s => s.GetProperty("id").GetString() == "dagi-2014-sogne");
    }

    [Fact]
    public async Task ABoundingBoxKeepsOnlyAreasThatTouchIt()
    {
        // A small box around Esbjerg centre.
        var fc = await _client.GetJsonAsync("/api/areas?level=parish&bbox=8.44,55.46,8.47,55.48");
        var codes = fc.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").GetProperty("code").GetString()).ToList();
        Assert.Contains("8907", codes);
        Assert.InRange(codes.Count, 1, 15);
    }

    [Fact]
    public async Task APointInCentralOdenseLiesInOdenseAtEveryLevel()
    {
        var at = await _client.GetJsonAsync("/api/areas/at?lon=10.3883&lat=55.3959"); // Odense City Hall
        var areas = at.GetProperty("areas").EnumerateArray().ToDictionary(a => a.GetProperty("level").GetString()!, a => a);
        Assert.Equal("0461", areas["municipality"].GetProperty("code").GetString());
        Assert.Equal("1083", areas["region"].GetProperty("code").GetString());
        Assert.Equal("0461", areas["parish"].GetProperty("municipalityCode").GetString());
        Assert.Equal("5000", areas["postcode"].GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("/api/areas", "level")]
    [InlineData("/api/areas?level=county", "level")]
    [InlineData("/api/areas?level=parish&municipality=04611", "municipality")]
    [InlineData("/api/areas?level=parish&simplify=-3", "simplify")]
    [InlineData("/api/areas?level=parish&simplify=abc", "simplify")]
    [InlineData("/api/areas?level=parish&bbox=1,2,3", "bbox")]
    [InlineData("/api/areas?level=parish&bbox=10,56,9,55", "bbox")]
    [InlineData("/api/areas/parish/89x7", "code")]
    [InlineData("/api/areas/shire/0461", "level")]
    [InlineData("/api/areas/at?lon=abc&lat=55.4", "lon")]
    [InlineData("/api/areas/at?lon=10.4", "lat")]
    [InlineData("/api/areas/at?lon=10.4&lat=95", "lat")]
    [InlineData("/api/areas/at?lon=55.4&lat=10.4", "lon")] // swapped: outside Denmark
    [InlineData("/api/areas/at?lon=10.4&lat=48.1", "lat")] // Munich's latitude
    [InlineData("/api/areas/parish/8907?simplify=-1", "simplify")]
    public async Task BadInputIsAProblemNamingTheParameter(string url, string parameter)
    {
        var problem = await _client.ProblemAsync(url, HttpStatusCode.BadRequest, parameter);
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task AnUnknownAreaIsNotFound()
    {
        await _client.ProblemAsync("/api/areas/parish/0001", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TheOpenApiDocumentDescribesTheAreaEndpoints()
    {
        var doc = await _client.GetJsonAsync("/openapi/v1.json");
        var paths = doc.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/areas", out var list));
        // The [AsParameters] record keeps the query names the API has always had.
        var names = list.GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Equal(["level", "municipality", "simplify", "bbox"], names);
        var import = paths.GetProperty("/api/areas/import").GetProperty("post").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString());
        Assert.Contains("skipRejected", import);
        Assert.True(paths.TryGetProperty("/api/areas/{level}/{code}", out _));
        Assert.True(paths.TryGetProperty("/healthz", out _));
    }

    [Fact]
    public async Task HealthReportsTheDatabase()
    {
        var health = await _client.GetJsonAsync("/healthz");
        Assert.Equal("ok", health.GetProperty("database").GetString());
        Assert.StartsWith("3.", health.GetProperty("postgis").GetString());
    }

    [Fact]
    public async Task TheCatalogueNamesSourceLicenceAndDownloadForEachDataset()
    {
        var catalog = await _client.GetJsonAsync("/api/catalog");
        var sogne = catalog.GetProperty("datasets").EnumerateArray().Single(d => d.GetProperty("id").GetString() == "dagi-2014-sogne");
        Assert.False(string.IsNullOrWhiteSpace(sogne.GetProperty("licence").GetString()));
        Assert.Contains("Datafordeleren", sogne.GetProperty("officialSource").GetString());
        Assert.Contains("Sogneinddeling", sogne.GetProperty("download").GetString());
    }
}
