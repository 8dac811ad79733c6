using System.Net;
using System.Text;

namespace Kortlaegning.Api.Tests.Areas;

[Collection(PostGisCollection.Name)]
public class AreaImportApiTests(PostGisFixture db)
{
    private readonly HttpClient _client = db.Client;

    // Two small squares in Odder town (EPSG:25832 metres), as a GDAL export with a legacy crs member would have them.
    private static string Departments(string firstCode, string secondCode, double size = 100) => $$$"""
        {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::25832"}},
         "features":[
          {"type":"Feature","properties":{"afd":"{{{firstCode}}}","navn":"Afdeling 7"},
           "geometry":{"type":"Polygon","coordinates":[[[571000,6200000],[{{{571000 + size}}},6200000],[{{{571000 + size}}},{{{6200000 + size}}}],[571000,{{{6200000 + size}}}],[571000,6200000]]]}},
          {"type":"Feature","properties":{"afd":"{{{secondCode}}}","navn":"Afdeling 10"},
           "geometry":{"type":"Polygon","coordinates":[[[571500,6200500],[571600,6200500],[571600,6200600],[571500,6200600],[571500,6200500]]]}}]}
        """;

    private Task<HttpResponseMessage> PostAsync(string query, string body) =>
        _client.PostAsync($"/api/areas/import?{query}", new StringContent(body, Encoding.UTF8, "application/geo+json"));

    private Task<long> CountAsync(string codePrefix) =>
        db.ScalarAsync<long>($"SELECT count(*) FROM areas WHERE level = 'housing_department' AND code LIKE '{codePrefix}%'");

    [Fact]
    public async Task UploadedDepartmentsAreStoredProjectedAndLinkedToTheirParish()
    {
        var summary = await Json.ReadAsync(await PostAsync("level=housing_department&codeField=afd&nameField=navn&source=domi", Departments("odder-7", "odder-10")), HttpStatusCode.OK);
        Assert.Equal(2, summary.GetProperty("areasWritten").GetInt32());

        var feature = await _client.GetJsonAsync("/api/areas/housing_department/odder-7");
        var props = feature.GetProperty("properties");
        Assert.Equal(0.01, props.GetProperty("areaKm2").GetDouble(), 3); // 100 m × 100 m
        Assert.Equal("0727", props.GetProperty("municipalityCode").GetString());
        Assert.Contains(props.GetProperty("parents").EnumerateArray(), p => p.GetProperty("level").GetString() == "parish");
    }

    [Fact]
    public async Task ReimportUpdatesByCodeInsteadOfDuplicating()
    {
        await Json.ReadAsync(await PostAsync("level=housing_department&codeField=afd", Departments("re-1", "re-2")), HttpStatusCode.OK);
        var again = await Json.ReadAsync(await PostAsync("level=housing_department&codeField=afd", Departments("re-1", "re-2", size: 200)), HttpStatusCode.OK);
        Assert.Equal(2, again.GetProperty("updated").GetInt32());
        Assert.Equal(2, await CountAsync("re-"));
        Assert.Equal(0.04, await db.ScalarAsync<double>("SELECT area_km2 FROM areas WHERE code = 're-1'"), 3);
    }

    [Fact]
    public async Task ARejectedFeatureStopsTheWholeImport()
    {
        var response = await PostAsync("level=housing_department&codeField=afd", Departments("bad-1", "has space"));
        var problem = await Json.ReadAsync(response, HttpStatusCode.UnprocessableEntity);
        // The second feature (1-based row 2), its code field "afd".
        var rejected = problem.GetProperty("errors").EnumerateObject().Single();
        Assert.Equal("rows[2].afd", rejected.Name);
        Assert.Contains("bogstaver, cifre", rejected.Value[0].GetString()); // "letters, digits" in English
        Assert.Equal(2, problem.GetProperty("featuresRead").GetInt32());
        Assert.Equal(0, await CountAsync("bad-"));
    }

    [Fact]
    public async Task SkippingRejectedFeaturesWritesTheRest()
    {
        await Json.ReadAsync(await PostAsync("level=housing_department&codeField=afd&skipRejected=true", Departments("skip-1", "has space")), HttpStatusCode.OK);
        Assert.Equal(1, await CountAsync("skip-"));
    }

    [Fact]
    public async Task ADatabaseErrorMidImportLeavesNothingBehind()
    {
        // SRID 999999 passes the parameter check but is unknown to PostGIS: ST_Transform fails after the staging COPY,
        // inside the transaction.
        var response = await PostAsync("level=housing_department&codeField=afd&srid=999999", Departments("tx-1", "tx-2"));
        var problem = await Json.ReadAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("srid", out _));
        Assert.Equal(0, await CountAsync("tx-"));
    }

    [Theory]
    [InlineData("codeField=afd", "level")]
    [InlineData("level=housing_department", "codeField")]
    [InlineData("level=housing_department&codeField=afd&srid=3", "srid")]
    public async Task MissingParametersAreNamed(string query, string parameter)
    {
        var problem = await Json.ReadAsync(await PostAsync(query, Departments("p-1", "p-2")), HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _));
    }

    [Fact]
    public async Task NotGeoJsonIsABadRequest()
    {
        var problem = await Json.ReadAsync(await PostAsync("level=housing_department&codeField=afd", "afd;navn\n7;Afdeling 7"), HttpStatusCode.BadRequest);
        Assert.Contains("JSON", problem.GetProperty("detail").GetString());
        Assert.Contains("JSON", problem.GetProperty("errors").GetProperty("body")[0].GetString());
    }
}
