using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Kortlaegning.Api.Tests.Areas.Files;

namespace Kortlaegning.Api.Tests.Areas;

/// <summary>Ownership (a planner writes only their municipality's areas), If-Match on PUT/DELETE, audit rows, and read-only official levels.</summary>
[Collection(PostGisCollection.Name)]
public class OwnAreaEditTests(PostGisFixture db)
{
    private const string Query = "level=housing_department&codeField=AFD&nameField=NAVN";

    private static string Feature(double x, double y, string properties, double size = 100) =>
        FormattableString.Invariant($$$"""{"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[{{{x}}},{{{y}}}],[{{{x + size}}},{{{y}}}],[{{{x + size}}},{{{y + size}}}],[{{{x}}},{{{y + size}}}],[{{{x}}},{{{y}}}]]]},"properties":{{{{properties}}}}}""");

    /// <summary>A PUT body in lon/lat (RFC 7946): a square in Odder.</summary>
    private static string OdderFeature(string properties) =>
        $$$"""{"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[10.10,55.95],[10.102,55.95],[10.102,55.951],[10.10,55.951],[10.10,55.95]]]},"properties":{{{{properties}}}}}""";

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, string? body, string? ifMatch)
    {
        var request = new HttpRequestMessage(method, url);
        if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, "application/geo+json");
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return client.SendAsync(request);
    }

    private Task<long> AuditsAsync(string entityId) => db.ScalarAsync<long>($"SELECT count(*) FROM audit_log WHERE entity = 'area' AND entity_id = '{entityId}'");

    [Fact]
    public async Task APlannerOfOneMunicipalityCannotImportAnotherMunicipalitysDepartment()
    {
        using var planner = await db.ClientForAsync("planner-0727@example.org", "planner", "0727");
        var aarhus = IllustrativeDepartments.InAarhus();
        var feature = Feature(aarhus.Coordinates[0].X, aarhus.Coordinates[0].Y, "\"AFD\":\"aar-1\"");
        var body = $$$"""{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::25832"}},"features":[{{{feature}}}]}""";
        var response = await planner.ImportAsync(Query, body, OwnAreaClient.GeoJson);
        var problem = await Json.ReadAsync(response, HttpStatusCode.Forbidden);
        Assert.Contains("0751", problem.GetProperty("detail").GetString());
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM areas WHERE code = 'aar-1'"));

        // Their own municipality's department is fine.
        var odder = DepartmentFiles.GeoJson(IllustrativeDepartments.Generate(2, "own0727", seed: 21));
        await Json.ReadAsync(await planner.ImportAsync(Query, odder, OwnAreaClient.GeoJson), HttpStatusCode.OK);
    }

    [Fact]
    public async Task APlannerCannotEditOrDeleteAnotherMunicipalitysArea()
    {
        using var planner = await db.ClientForAsync("planner-0751@example.org", "planner", "0751");
        await Json.ReadAsync(await db.Client.ImportAsync(Query, DepartmentFiles.GeoJson(IllustrativeDepartments.Generate(1, "foreign", seed: 22)), OwnAreaClient.GeoJson), HttpStatusCode.OK);
        var put = await SendAsync(planner, HttpMethod.Put, "/api/areas/housing_department/foreign-1", OdderFeature("\"name\":\"Overtaget\""), "*");
        Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
        var delete = await SendAsync(planner, HttpMethod.Delete, "/api/areas/housing_department/foreign-1", null, "*");
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        Assert.Equal(1L, await db.ScalarAsync<long>("SELECT count(*) FROM areas WHERE code = 'foreign-1'"));
        Assert.Equal(1L, await AuditsAsync("housing_department:foreign-1")); // the import's create only
    }

    [Fact]
    public async Task PutAndDeleteFollowIfMatchAndAreAudited()
    {
        using var planner = await db.ClientForAsync("planner-odder@example.org", "planner", "0727");
        const string url = "/api/areas/housing_department/edit-1";
        Assert.Equal(HttpStatusCode.PreconditionRequired, (await SendAsync(planner, HttpMethod.Put, url, OdderFeature("\"name\":\"Illustrativ\""), null)).StatusCode);

        var created = await SendAsync(planner, HttpMethod.Put, url, OdderFeature("\"name\":\"Illustrativ\",\"homes\":40,\"organisation\":\"Illustrativ Boligforening\""), "*");
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("\"v1\"", created.Headers.ETag?.Tag);
        var get = await planner.GetAsync(url);
        Assert.Equal("\"v1\"", get.Headers.ETag?.Tag);

        var updated = await SendAsync(planner, HttpMethod.Put, url, OdderFeature("\"name\":\"Illustrativ 2\",\"homes\":41"), "\"v1\"");
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("\"v2\"", updated.Headers.ETag?.Tag);
        var feature = await Json.ReadAsync(updated, HttpStatusCode.OK);
        Assert.Equal(41, feature.GetProperty("properties").GetProperty("facts").GetProperty("homes").GetInt32());
        Assert.Equal(2L, await AuditsAsync("housing_department:edit-1"));

        // A stale edit and a stale delete change nothing and leave no audit row.
        var stale = await Json.ReadAsync(await SendAsync(planner, HttpMethod.Put, url, OdderFeature("\"name\":\"Forældet\""), "\"v1\""), HttpStatusCode.PreconditionFailed);
        Assert.Equal("\"v2\"", stale.GetProperty("currentETag").GetString());
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await SendAsync(planner, HttpMethod.Delete, url, null, "\"v1\"")).StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionRequired, (await SendAsync(planner, HttpMethod.Delete, url, null, null)).StatusCode);
        Assert.Equal(2L, await AuditsAsync("housing_department:edit-1"));
        Assert.Equal("Illustrativ 2", await db.ScalarAsync<string>("SELECT name FROM areas WHERE code = 'edit-1'"));

        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(planner, HttpMethod.Delete, url, null, "\"v2\"")).StatusCode);
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM areas WHERE code = 'edit-1'"));
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM area_attributes aa LEFT JOIN areas a ON a.id = aa.area_id WHERE a.id IS NULL"));
        Assert.Equal("delete", await db.ScalarAsync<string>("SELECT action FROM audit_log WHERE entity_id = 'housing_department:edit-1' ORDER BY id DESC LIMIT 1"));
        Assert.Equal("0727", await db.ScalarAsync<string>("SELECT municipality FROM audit_log WHERE entity_id = 'housing_department:edit-1' ORDER BY id DESC LIMIT 1"));
    }

    [Fact]
    public async Task AnImportIsAuditedPerAreaAndAFailedOneNotAtAll()
    {
        var departments = IllustrativeDepartments.Generate(3, "aud", seed: 23);
        await Json.ReadAsync(await db.Client.ImportAsync(Query, DepartmentFiles.GeoJson(departments), OwnAreaClient.GeoJson), HttpStatusCode.OK);
        Assert.Equal(3L, await db.ScalarAsync<long>("SELECT count(*) FROM audit_log WHERE entity_id LIKE 'housing_department:aud-%' AND action = 'create' AND version_after = 1"));
        await Json.ReadAsync(await db.Client.ImportAsync(Query, DepartmentFiles.GeoJson(departments), OwnAreaClient.GeoJson), HttpStatusCode.OK);
        Assert.Equal(3L, await db.ScalarAsync<long>("SELECT count(*) FROM audit_log WHERE entity_id LIKE 'housing_department:aud-%' AND action = 'update' AND version_before = 1 AND version_after = 2"));

        var failing = DepartmentFiles.GeoJson(departments.Append(departments[0]));
        await Json.ReadAsync(await db.Client.ImportAsync(Query, failing, OwnAreaClient.GeoJson), HttpStatusCode.UnprocessableEntity);
        Assert.Equal(6L, await db.ScalarAsync<long>("SELECT count(*) FROM audit_log WHERE entity_id LIKE 'housing_department:aud-%'"));
    }

    [Fact]
    public async Task OfficialLevelsAreReadOnlyAndImportNeedsANationalAdmin()
    {
        var put = await SendAsync(db.Client, HttpMethod.Put, "/api/areas/parish/8907", OdderFeature("\"name\":\"x\""), "*");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, put.StatusCode);
        Assert.Equal("application/problem+json", put.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await SendAsync(db.Client, HttpMethod.Delete, "/api/areas/municipality/0727", null, "*")).StatusCode);

        using var planner = await db.ClientForAsync("planner-parish@example.org", "planner", "0727");
        var parish = """{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"K":"9999"},"geometry":{"type":"Polygon","coordinates":[[[10.10,55.95],[10.102,55.95],[10.102,55.951],[10.10,55.95]]]}}]}""";
        var response = await planner.ImportAsync("level=parish&codeField=K", parish, OwnAreaClient.GeoJson);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM areas WHERE level = 'parish' AND code = '9999'"));
    }
}
