using System.Net;
using Kortlaegning.Api.Tests.Areas.Files;

namespace Kortlaegning.Api.Tests.Areas;

/// <summary>Dry run, all-or-nothing and every 422 of own-area imports; nothing is ever half-written.</summary>
[Collection(PostGisCollection.Name)]
public class OwnAreaImportRulesTests(PostGisFixture db)
{
    private readonly HttpClient _client = db.Client;

    private const string Query = "level=housing_department&codeField=AFD&nameField=NAVN";

    private Task<long> CountAsync(string prefix) =>
        db.ScalarAsync<long>($"SELECT count(*) FROM areas WHERE level = 'housing_department' AND code LIKE '{prefix}-%'");

    private static string Json1(params string[] features) =>
        $$$"""{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::25832"}},"features":[{{{string.Join(",", features)}}}]}""";

    private static string Feature(string code, string ring, string extra = "") =>
        $$$"""{"type":"Feature","properties":{"AFD":"{{{code}}}"{{{extra}}}},"geometry":{"type":"Polygon","coordinates":[{{{ring}}}]}}""";

    private static string Ring(double x, double y, double s = 100) =>
        FormattableString.Invariant($"[[{x},{y}],[{x + s},{y}],[{x + s},{y + s}],[{x},{y + s}],[{x},{y}]]");

    [Fact]
    public async Task ADryRunShowsTheFileAndAMappingAndWritesNothing()
    {
        var departments = IllustrativeDepartments.Generate(6, "dry", seed: 11);
        var audits = await db.ScalarAsync<long>("SELECT count(*) FROM audit_log WHERE entity = 'area'");
        var answer = await Json.ReadAsync(await _client.ImportAsync(Query + "&dryRun=true", DepartmentFiles.GeoPackage(departments), OwnAreaClient.GeoPackage), HttpStatusCode.OK);
        Assert.True(answer.GetProperty("dryRun").GetBoolean());
        Assert.Equal(6, answer.GetProperty("count").GetInt32());
        Assert.Equal("afdelinger", answer.GetProperty("layer").GetString());
        Assert.Contains("BOLIGER", answer.GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal("BOLIGER", answer.GetProperty("suggestedMapping").GetProperty("homes").GetString());
        Assert.Equal("KOMMUNE", answer.GetProperty("suggestedMapping").GetProperty("municipality").GetString());
        Assert.All(answer.GetProperty("areas").EnumerateArray(), a => Assert.Equal("0727", a.GetProperty("municipality").GetString()));
        Assert.Empty(answer.GetProperty("problems").EnumerateArray());
        Assert.Equal(0, await CountAsync("dry"));
        Assert.Equal(audits, await db.ScalarAsync<long>("SELECT count(*) FROM audit_log WHERE entity = 'area'"));
    }

    [Fact]
    public async Task ADryRunListsEveryProblemWithoutFailing()
    {
        var body = Json1(Feature("dp-1", Ring(571000, 6200000), ",\"BOLIGER\":\"mange\""), Feature("dp-1", Ring(571500, 6200000)));
        var answer = await Json.ReadAsync(await _client.ImportAsync(Query + "&dryRun=true", body, OwnAreaClient.GeoJson), HttpStatusCode.OK);
        Assert.Equal(2, answer.GetProperty("problems").GetArrayLength());
    }

    [Fact]
    public async Task OneBadRowWritesNothingAtAll()
    {
        var body = Json1(Feature("aon-1", Ring(571000, 6200000)), Feature("aon-2", Ring(571500, 6200000), ",\"BOLIGER\":\"mange\""));
        var problem = await Json.ReadAsync(await _client.ImportAsync(Query, body, OwnAreaClient.GeoJson), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("whole number", problem.GetProperty("errors").GetProperty("rows[2].BOLIGER")[0].GetString());
        Assert.Equal(0, await CountAsync("aon"));
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM audit_log WHERE entity_id LIKE 'housing_department:aon-%'"));
    }

    [Fact]
    public async Task DuplicateCodesAre422NamingBothRows()
    {
        var body = Json1(Feature("dup-1", Ring(571000, 6200000)), Feature("dup-2", Ring(571300, 6200000)), Feature("dup-1", Ring(571600, 6200000)));
        var problem = await Json.ReadAsync(await _client.ImportAsync(Query, body, OwnAreaClient.GeoJson), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("række 1 og 3", problem.GetProperty("errors").GetProperty("rows[3].AFD")[0].GetString());
        Assert.Equal(0, await CountAsync("dup"));
    }

    [Fact]
    public async Task ADepartmentOutsideItsStatedMunicipalityIs422()
    {
        // In Odder, but the file says Aarhus.
        var body = Json1(Feature("out-1", Ring(571000, 6200000), ",\"KOMMUNE\":\"0751\""));
        var problem = await Json.ReadAsync(await _client.ImportAsync(Query, body, OwnAreaClient.GeoJson), HttpStatusCode.UnprocessableEntity);
        var message = problem.GetProperty("errors").GetProperty("rows[1].KOMMUNE")[0].GetString();
        Assert.Contains("uden for den angivne kommune 0751", message);
        Assert.Contains("0727", message);
        Assert.Equal(0, await CountAsync("out"));
    }

    [Fact]
    public async Task MetresWithoutACrsAre422()
    {
        var csv = "AFD,x,y\ncrs-1,571000,6200000\n";
        var problem = await Json.ReadAsync(await _client.ImportAsync(Query, csv, OwnAreaClient.Csv), HttpStatusCode.UnprocessableEntity);
        Assert.True(problem.GetProperty("errors").TryGetProperty("srid", out _));
        var shp = DepartmentFiles.ShapefileZip(IllustrativeDepartments.Generate(2, "crs", seed: 12), prj: null);
        await Json.ReadAsync(await _client.ImportAsync(Query, shp, OwnAreaClient.Zip), HttpStatusCode.UnprocessableEntity);
        Assert.Equal(0, await CountAsync("crs"));
    }

    [Fact]
    public async Task AGeoPackageInANonEpsgCrsIs422()
    {
        var gpkg = DepartmentFiles.GeoPackage(IllustrativeDepartments.Generate(2, "ncrs", seed: 13), srsOrganisation: "NONE");
        var problem = await Json.ReadAsync(await _client.ImportAsync(Query, gpkg, OwnAreaClient.GeoPackage), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("ikke en EPSG-kode", problem.GetProperty("errors").GetProperty("srid")[0].GetString());
    }

    [Fact]
    public async Task AnInvalidPolygonIsRepairedAndReported()
    {
        const string bowTie = "[[571000,6200000],[571100,6200100],[571100,6200000],[571000,6200100],[571000,6200000]]";
        var answer = await Json.ReadAsync(await _client.ImportAsync(Query, Json1(Feature("bow-1", bowTie)), OwnAreaClient.GeoJson), HttpStatusCode.OK);
        var repair = answer.GetProperty("repairs").EnumerateArray().Single();
        Assert.Equal(1, repair.GetProperty("row").GetInt32());
        Assert.Contains("repaired", repair.GetProperty("message").GetString());
        Assert.True(await db.ScalarAsync<bool>("SELECT ST_IsValid(geom) FROM areas WHERE code = 'bow-1'"));
    }

    [Fact]
    public async Task ALineIsRejectedByRow()
    {
        var line = """{"type":"Feature","properties":{"AFD":"line-1"},"geometry":{"type":"LineString","coordinates":[[571000,6200000],[571100,6200100]]}}""";
        var problem = await Json.ReadAsync(await _client.ImportAsync(Query, Json1(line), OwnAreaClient.GeoJson), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("hverken en polygon eller et punkt", problem.GetProperty("errors").GetProperty("rows[1].geometry")[0].GetString());
    }

    [Fact]
    public async Task AFileOverFiftyMegabytesIs413()
    {
        var body = new byte[50 * 1024 * 1024 + 1];
        var response = await _client.ImportAsync(Query, body, OwnAreaClient.Csv);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AnUnknownContentTypeIs415()
    {
        var response = await _client.ImportAsync(Query, "x", "image/png");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task EnteredResidentsWinAndMissingOnesAreEstimatedFromTheGrid()
    {
        var body = Json1(Feature("res-1", Ring(571000, 6200000), ",\"beboere\":123"), Feature("res-2", Ring(571300, 6200000), ",\"BOLIGER\":40"));
        var answer = await Json.ReadAsync(await _client.ImportAsync(Query, body, OwnAreaClient.GeoJson), HttpStatusCode.OK);
        var entered = (await _client.GetJsonAsync("/api/areas/housing_department/res-1")).GetProperty("properties").GetProperty("facts");
        Assert.Equal(123, entered.GetProperty("residents").GetInt32());
        Assert.False(entered.GetProperty("residentsEstimated").GetBoolean());
        var estimated = (await _client.GetJsonAsync("/api/areas/housing_department/res-2")).GetProperty("properties").GetProperty("facts");
        Assert.True(estimated.GetProperty("residentsEstimated").GetBoolean());
        Assert.Contains("grid", estimated.GetProperty("residentsNote").GetString());
        // 100 m × 100 m is 1 % of a 1 km cell: warned about.
        Assert.Contains(answer.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("row").GetInt32() == 2);
    }
}
