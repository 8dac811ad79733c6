using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Kortlaegning.Api.Tests.Indicators;

/// <summary>Definitions of a municipality's own indicators: create, change, delete, who may, and the reserved namespaces.</summary>
[Collection(PostGisCollection.Name)]
public class OwnIndicatorTests(PostGisFixture db)
{
    /// <summary>Silkeborg (0740) defines an illustrative count, as its application's BL diabetes figures are.</summary>
    internal static object Definition(string code, string municipality = "0740", string unit = "count", bool countBased = true) => new
    {
        code,
        name = new { da = "Borgere med diabetes (BL)", en = "Residents with diabetes (BL)" },
        unit,
        polarity = "low_is_good",
        countBased,
        decimals = 0,
        definition = "Illustrative test definition: residents of the housing departments with diabetes.",
        source = new { name = "BL – Danmarks Almene Boliger (test)", licence = "test" },
        illustrative = true,
        municipality,
    };

    internal static async Task DefineAsync(PostGisFixture db, string code, string unit = "count", bool countBased = true)
    {
        var planner = await db.ClientForAsync("planner-0740@test.dk", "planner", "0740");
        await Json.ReadAsync(await planner.PostAsJsonAsync("/api/indicators", Definition(code, unit: unit, countBased: countBased)), HttpStatusCode.Created);
    }

    private static HttpRequestMessage WithIfMatch(HttpMethod method, string url, string etag, object? body = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        return request;
    }

    [Fact]
    public async Task APlannerCreatesChangesAndDeletesAnOwnDefinition()
    {
        var planner = await db.ClientForAsync("planner-0740@test.dk", "planner", "0740");
        var created = await planner.PostAsJsonAsync("/api/indicators", Definition("bl.crud"));
        var info = await Json.ReadAsync(created, HttpStatusCode.Created);
        Assert.Equal("\"v1\"", created.Headers.ETag?.Tag);
        Assert.Equal("0740", info.GetProperty("municipality").GetString());
        Assert.Equal("BL – Danmarks Almene Boliger (test)", info.GetProperty("source").GetProperty("name").GetString());

        var list = await db.Client.GetJsonAsync("/api/indicators");
        Assert.Contains(list.GetProperty("indicators").EnumerateArray(), i => i.GetProperty("code").GetString() == "bl.crud");

        var body = new { code = "bl.crud", name = new { da = "Diabetes (BL)", en = "Diabetes (BL)" }, unit = "count", polarity = "low_is_good", countBased = true, definition = "Changed.", source = new { name = "BL" }, municipality = "0740" };
        var put = await planner.SendAsync(WithIfMatch(HttpMethod.Put, "/api/indicators/bl.crud", "\"v1\"", body));
        var after = await Json.ReadAsync(put, HttpStatusCode.OK);
        Assert.Equal("Diabetes (BL)", after.GetProperty("name").GetProperty("da").GetString());
        Assert.Equal("\"v2\"", put.Headers.ETag?.Tag);

        await Json.ReadAsync(await planner.SendAsync(WithIfMatch(HttpMethod.Put, "/api/indicators/bl.crud", "\"v1\"", body)), HttpStatusCode.PreconditionFailed);
        await Json.ReadAsync(await planner.SendAsync(WithIfMatch(HttpMethod.Delete, "/api/indicators/bl.crud", "\"v1\"")), HttpStatusCode.PreconditionFailed);
        Assert.Equal(HttpStatusCode.NoContent, (await planner.SendAsync(WithIfMatch(HttpMethod.Delete, "/api/indicators/bl.crud", "\"v2\""))).StatusCode);
        await db.Client.GetJsonAsync("/api/indicators/bl.crud", HttpStatusCode.NotFound);

        var actions = await db.ScalarAsync<string>("SELECT string_agg(action, ',' ORDER BY id) FROM audit_log WHERE entity = 'indicator' AND entity_id = 'bl.crud'");
        Assert.Equal("create,update,delete", actions);
    }

    [Theory]
    [InlineData("sp.diabetes")]
    [InlineData("dst.diabetes")]
    [InlineData("grid.diabetes")]
    [InlineData("access.diabetes")]
    [InlineData("diabetes")]
    public async Task AReservedOrMissingNamespaceIsRefused(string code)
    {
        var planner = await db.ClientForAsync("planner-0740@test.dk", "planner", "0740");
        var problem = await Json.ReadAsync(await planner.PostAsJsonAsync("/api/indicators", Definition(code)), HttpStatusCode.UnprocessableEntity);
        Assert.True(problem.GetProperty("errors").TryGetProperty("code", out _), problem.ToString());
        Assert.Equal(0L, await db.ScalarAsync<long>($"SELECT count(*) FROM indicators WHERE code = '{code}'"));
    }

    [Fact]
    public async Task APlannerOfAnotherMunicipalityMayNotDefineNorChangeSilkeborgsIndicators()
    {
        await DefineAsync(db, "bl.owned");
        var esbjerg = await db.ClientForAsync("planner-0561@test.dk", "planner", "0561");
        await Json.ReadAsync(await esbjerg.PostAsJsonAsync("/api/indicators", Definition("bl.not_mine")), HttpStatusCode.Forbidden);
        await Json.ReadAsync(await esbjerg.SendAsync(WithIfMatch(HttpMethod.Put, "/api/indicators/bl.owned", "*", Definition("bl.owned"))), HttpStatusCode.Forbidden);
        await Json.ReadAsync(await esbjerg.SendAsync(WithIfMatch(HttpMethod.Delete, "/api/indicators/bl.owned", "*")), HttpStatusCode.Forbidden);
        Assert.Equal(1L, await db.ScalarAsync<long>("SELECT count(*) FROM indicators WHERE code = 'bl.owned'"));
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM indicators WHERE code = 'bl.not_mine'"));
    }

    [Fact]
    public async Task NationalDefinitionsAreReadOnlyEvenForANationalAdmin()
    {
        var body = Definition("sp.daily_smokers");
        await Json.ReadAsync(await db.Client.SendAsync(WithIfMatch(HttpMethod.Put, "/api/indicators/sp.daily_smokers", "*", body)), HttpStatusCode.Forbidden);
        await Json.ReadAsync(await db.Client.SendAsync(WithIfMatch(HttpMethod.Delete, "/api/indicators/sp.daily_smokers", "*")), HttpStatusCode.Forbidden);
        Assert.Equal(1L, await db.ScalarAsync<long>("SELECT count(*) FROM indicators WHERE code = 'sp.daily_smokers' AND owner_municipality IS NULL"));
    }

    [Fact]
    public async Task ATakenCodeIsAConflict()
    {
        await DefineAsync(db, "bl.taken");
        var planner = await db.ClientForAsync("planner-0740@test.dk", "planner", "0740");
        await Json.ReadAsync(await planner.PostAsJsonAsync("/api/indicators", Definition("bl.taken")), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task AnUnknownUnitPolarityAndMunicipalityAreListedTogether()
    {
        var planner = await db.ClientForAsync("planner-0740@test.dk", "planner", "0740");
        var body = new { code = "bl.bad", name = new { da = "x" }, unit = "furlongs", polarity = "up", definition = "x", source = new { name = "x" } };
        var problem = await Json.ReadAsync(await planner.PostAsJsonAsync("/api/indicators", body), HttpStatusCode.UnprocessableEntity);
        var fields = problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
        Assert.Equal(["municipality", "polarity", "unit"], fields.Order().ToList());
    }

    internal static StringContent Csv(string rows) =>
        new("indicator,level,area_code,period,value,numerator,denominator,ci_low,ci_high\n" + rows, Encoding.UTF8, "text/csv");

    internal static async Task<JsonElement> ValuesAsync(HttpClient client, string url) => await client.GetJsonAsync(url);

    internal static JsonElement Area(JsonElement values, string code) =>
        values.GetProperty("values").EnumerateArray().Single(v => v.GetProperty("code").GetString() == code);
}
