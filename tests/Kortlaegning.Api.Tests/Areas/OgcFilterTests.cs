using System.Net;
using System.Text.Json;

namespace Kortlaegning.Api.Tests.Areas;

/// <summary>Issue 16: OGC API – Features Part 3 — queryables and CQL2 text filters on the area collections.</summary>
[Collection(PostGisCollection.Name)]
public class OgcFilterTests(PostGisFixture db)
{
    private readonly HttpClient _client = db.Client;

    private static string Q(string cql) => Uri.EscapeDataString(cql);

    private async Task<List<JsonElement>> AllAsync(string level) =>
        [.. (await _client.GetJsonAsync($"/ogc/collections/{level}/items?limit=10000")).GetProperty("features").EnumerateArray()];

    private async Task<JsonElement> FilterAsync(string level, string cql, string extra = "") =>
        await _client.GetJsonAsync($"/ogc/collections/{level}/items?limit=10000&filter={Q(cql)}{extra}");

    private static List<string> Ids(JsonElement page) =>
        [.. page.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetString()!)];

    [Fact]
    public async Task QueryablesAreAJsonSchemaLinkedFromTheCollection()
    {
        var response = await _client.GetAsync("/ogc/collections/parish/queryables");
        Assert.Equal("application/schema+json", response.Content.Headers.ContentType?.MediaType);
        var schema = await Json.ReadAsync(response, HttpStatusCode.OK);
        Assert.Equal("object", schema.GetProperty("type").GetString());
        Assert.EndsWith("/ogc/collections/parish/queryables", schema.GetProperty("$id").GetString());
        var props = schema.GetProperty("properties");
        Assert.Equal("string", props.GetProperty("name").GetProperty("type").GetString());
        Assert.Equal("number", props.GetProperty("areaKm2").GetProperty("type").GetString());
        Assert.Equal("primary-geometry", props.GetProperty("geometry").GetProperty("x-ogc-role").GetString());
        var collection = await _client.GetJsonAsync("/ogc/collections/parish");
        Assert.Contains(collection.GetProperty("links").EnumerateArray(), l => l.GetProperty("rel").GetString() == "http://www.opengis.net/def/rel/ogc/1.0/queryables");
        await _client.ProblemAsync("/ogc/collections/shire/queryables", HttpStatusCode.NotFound);
        var conformance = await _client.GetJsonAsync("/ogc/conformance");
        var classes = conformance.GetProperty("conformsTo").EnumerateArray().Select(c => c.GetString()).ToList();
        Assert.Contains("http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/filter", classes);
        Assert.Contains("http://www.opengis.net/spec/cql2/1.0/conf/cql2-text", classes);
        Assert.Contains("http://www.opengis.net/spec/cql2/1.0/conf/basic-spatial-functions", classes);
    }

    [Fact]
    public async Task ComparisonsMatchWhatTheUnfilteredListSays()
    {
        var all = await AllAsync("parish");
        double Km2(JsonElement f) => f.GetProperty("properties").GetProperty("areaKm2").GetDouble();
        string? Muni(JsonElement f) => f.GetProperty("properties").GetProperty("municipalityCode").GetString();
        string Name(JsonElement f) => f.GetProperty("properties").GetProperty("name").GetString()!;

        var big = await FilterAsync("parish", "areaKm2 > 100");
        Assert.Equal(all.Where(f => Km2(f) > 100).Select(f => f.GetProperty("id").GetString()).Order(), Ids(big).Order());
        Assert.Equal(all.Count(f => Km2(f) > 100), big.GetProperty("numberMatched").GetInt64());

        var odense = await FilterAsync("parish", "municipalityCode = '0461' AND NOT areaKm2 <= 5");
        Assert.Equal(all.Where(f => Muni(f) == "0461" && Km2(f) > 5).Select(f => f.GetProperty("id").GetString()).Order(), Ids(odense).Order());
        Assert.NotEmpty(Ids(odense));

        var sankt = await FilterAsync("parish", "name LIKE 'Sankt%' OR name = 'Stege'");
        Assert.Equal(all.Where(f => Name(f).StartsWith("Sankt", StringComparison.Ordinal) || Name(f) == "Stege").Select(f => f.GetProperty("id").GetString()).Order(),
            Ids(sankt).Order());
        Assert.NotEmpty(Ids(sankt));

        var listed = await FilterAsync("municipality", "code IN ('0461', '0751') AND areaKm2 BETWEEN 1 AND 100000");
        Assert.Equal(["0461", "0751"], Ids(listed).Order());
        var none = await FilterAsync("municipality", "code IS NULL");
        Assert.Equal(0, none.GetProperty("numberMatched").GetInt64());
    }

    [Fact]
    public async Task SIntersectsSelectsByGeometryInTheFilterCrs()
    {
        // The same box as the bbox test (two parishes on land), and Odense town hall as a point in three CRSs.
        var box = await FilterAsync("parish", "S_INTERSECTS(geometry, BBOX(12.3, 55.2, 12.35, 55.25))");
        Assert.Equal(2, box.GetProperty("numberMatched").GetInt64());
        var polygon = await FilterAsync("parish", "S_INTERSECTS(geometry, POLYGON((12.3 55.2, 12.35 55.2, 12.35 55.25, 12.3 55.25, 12.3 55.2)))");
        Assert.Equal(Ids(box).Order(), Ids(polygon).Order());
        Assert.Equal(["0461"], Ids(await FilterAsync("municipality", "S_INTERSECTS(geometry, POINT(10.3883 55.3959))")));
        Assert.Equal(["0461"], Ids(await FilterAsync("municipality", "S_INTERSECTS(geometry, POINT(55.3959 10.3883))",
            "&filter-crs=" + Q("http://www.opengis.net/def/crs/EPSG/0/4326"))));
        Assert.Equal(["0461"], Ids(await FilterAsync("municipality", "S_INTERSECTS(geometry, POINT(587900 6140300))", "&filter-crs=EPSG:25832")));
        // A box around the world is clipped, not a PROJ failure; a bow-tie is made valid.
        Assert.Equal(99, (await FilterAsync("municipality", "S_INTERSECTS(geometry, BBOX(-180, -90, 180, 90))")).GetProperty("numberMatched").GetInt64());
        await FilterAsync("municipality", "S_INTERSECTS(geometry, POLYGON((10 55, 11 56, 11 55, 10 56, 10 55)))");
    }

    [Fact]
    public async Task ValuesAreParametersNeverSql()
    {
        var page = await FilterAsync("parish", "name = 'x'' OR ''1''=''1' OR name = 'a''; DROP TABLE areas; --'");
        Assert.Equal(0, page.GetProperty("numberMatched").GetInt64());
        Assert.NotEmpty(await AllAsync("parish"));
    }

    [Fact]
    public async Task NextLinksCarryTheFilter()
    {
        var page = await _client.GetJsonAsync($"/ogc/collections/parish/items?limit=2&filter={Q("areaKm2 > 50")}&filter-crs=EPSG:25832");
        var next = page.GetProperty("links").EnumerateArray().Single(l => l.GetProperty("rel").GetString() == "next").GetProperty("href").GetString()!;
        Assert.Contains("filter=" + Q("areaKm2 > 50"), next);
        Assert.Contains("filter-lang=cql2-text", next);
        Assert.Contains("filter-crs=" + Q("http://www.opengis.net/def/crs/EPSG/0/25832"), next);
        var second = await _client.GetJsonAsync(new Uri(next).PathAndQuery);
        Assert.Equal(page.GetProperty("numberMatched").GetInt64(), second.GetProperty("numberMatched").GetInt64());
    }

    [Theory]
    [InlineData("population > 5")]
    [InlineData("name =")]
    [InlineData("name = 'a' AND")]
    [InlineData("areaKm2 = 'big'")]
    [InlineData("name LIKE 5")]
    [InlineData("CASEI(name) = 'a'")]
    [InlineData("S_INTERSECTS(name, POINT(1 2))")]
    [InlineData("S_INTERSECTS(geometry, POLYGON((1 2, 3 4, 5 6, 7 8)))")]
    [InlineData("T_AFTER(sourceYear, DATE('2020-01-01'))")]
    public async Task BadFiltersAreProblemsNamingFilter(string cql)
    {
        await _client.ProblemAsync($"/ogc/collections/parish/items?filter={Q(cql)}", HttpStatusCode.BadRequest, "filter");
    }

    [Fact]
    public async Task FilterLanguageAndCrsAreChecked()
    {
        await _client.ProblemAsync($"/ogc/collections/parish/items?filter={Q("code = '8907'")}&filter-lang=cql2-json", HttpStatusCode.BadRequest, "filter-lang");
        await _client.ProblemAsync($"/ogc/collections/parish/items?filter={Q("code = '8907'")}&filter-crs=EPSG:1", HttpStatusCode.BadRequest, "filter-crs");
        await _client.ProblemAsync("/ogc/collections/parish/items?filter-crs=EPSG:25832", HttpStatusCode.BadRequest, "filter-crs");
        Assert.Equal(["8907"], Ids(await FilterAsync("parish", "code = '8907'", "&filter-lang=cql2-text")));
    }
}
