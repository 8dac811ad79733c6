using System.Net;
using System.Text.Json;

namespace Kortlaegning.Api.Tests.Areas;

/// <summary>
/// Issue 16: what GDAL, QGIS and the OGC API – Features test suite expect of the service — RFC 7946 winding,
/// valid geometry, tiles at every zoom, strict query parameters, bbox on the geometry, CRS (Part 2), HEAD and CORS.
/// </summary>
[Collection(PostGisCollection.Name)]
public class OgcConformanceTests(PostGisFixture db)
{
    private readonly HttpClient _client = db.Client;

    private const string Epsg25832 = "http://www.opengis.net/def/crs/EPSG/0/25832";

    // ---- geometry (RFC 7946 §3.1.6: exterior rings counter-clockwise, holes clockwise) ----

    /// <summary>Twice the signed area of a ring (shoelace); positive when counter-clockwise in x/y.</summary>
    private static double SignedArea(JsonElement ring)
    {
        double sum = 0;
        for (int i = 0; i + 1 < ring.GetArrayLength(); i++)
        {
            double x0 = ring[i][0].GetDouble(), y0 = ring[i][1].GetDouble(), x1 = ring[i + 1][0].GetDouble(), y1 = ring[i + 1][1].GetDouble();
            sum += x0 * y1 - x1 * y0;
        }
        return sum;
    }

    private static IEnumerable<JsonElement> Polygons(JsonElement geometry) => geometry.GetProperty("type").GetString() switch
    {
        "Polygon" => [geometry.GetProperty("coordinates")],
        "MultiPolygon" => geometry.GetProperty("coordinates").EnumerateArray(),
        _ => [],
    };

    /// <summary>Every polygon of every feature: exterior CCW, holes CW, and no ring with fewer than three distinct positions.</summary>
    private static void AssertRightHandRule(JsonElement collection)
    {
        int rings = 0;
        foreach (var feature in collection.GetProperty("features").EnumerateArray())
        {
            if (feature.GetProperty("geometry").ValueKind != JsonValueKind.Object) continue;
            foreach (var polygon in Polygons(feature.GetProperty("geometry")))
            {
                int i = 0;
                foreach (var ring in polygon.EnumerateArray())
                {
                    var area = SignedArea(ring);
                    Assert.True(i == 0 ? area > 0 : area < 0, $"Feature {feature.GetProperty("id")}: ring {i} winds the wrong way ({area}).");
                    var distinct = ring.EnumerateArray().Select(p => (p[0].GetDouble(), p[1].GetDouble())).Distinct().Count();
                    Assert.True(distinct >= 3, $"Feature {feature.GetProperty("id")}: ring {i} has {distinct} distinct positions.");
                    i++;
                    rings++;
                }
            }
        }
        Assert.True(rings > 0);
    }

    [Theory]
    [InlineData("/ogc/collections/parish/items?limit=10000")]
    [InlineData("/ogc/collections/municipality/items?limit=100")]
    [InlineData("/api/areas?level=parish")]
    [InlineData("/api/areas?level=region&simplify=100")]
    [InlineData("/api/indicators/dst.premature_mortality/values?level=municipality&period=2019&format=geojson")]
    public async Task GeoJsonPolygonsFollowTheRightHandRule(string url)
    {
        AssertRightHandRule(await _client.GetJsonAsync(url));
    }

    [Fact]
    public async Task RankingDownloadsFollowTheRightHandRule()
    {
        var presets = await _client.GetJsonAsync("/api/rankings/presets");
        var id = presets[0].GetProperty("id").GetInt32();
        AssertRightHandRule(await _client.GetJsonAsync($"/api/rankings/presets/{id}/result?format=geojson"));
    }

    [Theory]
    [InlineData("7483")] // Stege
    [InlineData("7698")] // Åstrup
    public async Task ParishesOnceCarryingADegenerateRingAreClean(string code)
    {
        var item = await _client.GetJsonAsync($"/ogc/collections/parish/items/{code}");
        AssertRightHandRule(JsonDocument.Parse($"{{\"features\":[{item.GetRawText()}]}}").RootElement);
    }

    [Fact]
    public async Task EveryStoredGeometryIsValidWithoutSlivers()
    {
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM areas WHERE NOT ST_IsValid(geom)"));
        // No polygon or hole under a square metre (they collapse to one point at 6 decimals of a degree).
        Assert.Equal(0L, await db.ScalarAsync<long>(
            "SELECT count(*) FROM (SELECT (ST_DumpRings((ST_Dump(geom)).geom)).geom AS r FROM areas) x WHERE ST_Area(r) < 1"));
        Assert.True(await db.ScalarAsync<long>("SELECT count(DISTINCT level) FROM areas") >= 4);
    }

    // ---- tiles ----

    [Fact]
    public async Task EveryTileAtZoomZeroToFourAnswersWithoutAServerError()
    {
        foreach (var layer in new[] { "parishes", "municipalities", "regions", "postcodes" })
        {
            for (int z = 0; z <= 4; z++)
            {
                for (int x = 0; x < 1 << z; x++)
                {
                    for (int y = 0; y < 1 << z; y++)
                    {
                        if (layer != "parishes" && z == 4 && (x < 7 || x > 9 || y < 3 || y > 6)) continue; // the rest of the world: parishes cover it
                        var response = await _client.GetAsync($"/tiles/{layer}/{z}/{x}/{y}.mvt");
                        Assert.True(response.StatusCode == HttpStatusCode.OK, $"/tiles/{layer}/{z}/{x}/{y}.mvt answered {(int)response.StatusCode}");
                    }
                }
            }
        }
        var denmark = await _client.GetAsync("/tiles/parishes/2/2/1.mvt");
        Assert.NotEmpty(await denmark.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task TileJsonDescribesEachLayer()
    {
        var tj = await _client.GetJsonAsync("/tiles/parishes.json");
        Assert.Equal("3.0.0", tj.GetProperty("tilejson").GetString());
        Assert.EndsWith("/tiles/parishes/{z}/{x}/{y}.mvt", tj.GetProperty("tiles")[0].GetString());
        Assert.Equal("parishes", tj.GetProperty("vector_layers")[0].GetProperty("id").GetString());
        Assert.Equal(16, tj.GetProperty("maxzoom").GetInt32());
        await _client.ProblemAsync("/tiles/shires.json", HttpStatusCode.NotFound);
    }

    // ---- OGC API – Features Part 1: strict parameters ----

    [Theory]
    [InlineData("/ogc/collections/parish/items?limit=2.5", "limit")]
    [InlineData("/ogc/collections/parish/items?limit=-3", "limit")]
    [InlineData("/ogc/collections/parish/items?limit=99999999999", "limit")]
    [InlineData("/ogc/collections/parish/items?offset=1.5", "offset")]
    [InlineData("/ogc/collections/parish/items?colour=red", "colour")]
    [InlineData("/ogc/collections/parish/items?filter=colour%3D%27red%27", "filter")]
    [InlineData("/ogc/collections/parish/items?filter=code%3D%278907%27&filter-lang=cql2-json", "filter-lang")]
    [InlineData("/ogc/collections/parish/items?sortby=colour", "sortby")]
    [InlineData("/ogc/collections/parish/items?properties=colour", "properties")]
    [InlineData("/ogc/collections/parish/items?crs=http://www.opengis.net/def/crs/EPSG/0/99999", "crs")]
    [InlineData("/ogc/collections/parish/items?bbox-crs=urn:made:up&bbox=1,2,3,4", "bbox-crs")]
    [InlineData("/ogc/collections/parish/items/8907?limit=5", "limit")]
    [InlineData("/ogc/collections/parish/items/8907?crs=EPSG:1", "crs")]
    [InlineData("/ogc/collections?colour=red", "colour")]
    public async Task UnknownOrBadParametersAreRejected(string url, string parameter)
    {
        await _client.ProblemAsync(url, HttpStatusCode.BadRequest, parameter);
    }

    [Fact]
    public async Task NextLinksCarryValidatedIntegers()
    {
        var page = await _client.GetJsonAsync("/ogc/collections/parish/items?limit=002&offset=04");
        var next = page.GetProperty("links").EnumerateArray().Single(l => l.GetProperty("rel").GetString() == "next").GetProperty("href").GetString()!;
        Assert.EndsWith("/ogc/collections/parish/items?limit=2&offset=6", next);
    }

    [Fact]
    public async Task BboxMatchesTheGeometryNotItsEnvelope()
    {
        // A box off Kalundborg that touches the envelopes of two parishes but no land.
        var page = await _client.GetJsonAsync("/ogc/collections/parish/items?bbox=10.9,55.6,10.95,55.65");
        Assert.Equal(0, page.GetProperty("numberMatched").GetInt64());
        var land = await _client.GetJsonAsync("/ogc/collections/parish/items?bbox=12.3,55.2,12.35,55.25");
        Assert.Equal(2, land.GetProperty("numberMatched").GetInt64());
    }

    [Fact]
    public async Task ListAndItemUseTheSameId()
    {
        var list = await _client.GetJsonAsync("/ogc/collections/municipality/items?limit=100");
        var listed = list.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetString()).ToList();
        Assert.Contains("0461", listed);
        var item = await _client.GetJsonAsync("/ogc/collections/municipality/items/0461");
        Assert.Equal("0461", item.GetProperty("id").GetString());
        var self = item.GetProperty("links").EnumerateArray().Single(l => l.GetProperty("rel").GetString() == "self").GetProperty("href").GetString();
        Assert.EndsWith("/ogc/collections/municipality/items/0461", self);
        // Another spelling of the code is not the same feature id.
        await _client.ProblemAsync("/ogc/collections/municipality/items/461", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task SortbyAndPropertiesAreImplemented()
    {
        var page = await _client.GetJsonAsync("/ogc/collections/municipality/items?limit=3&sortby=-code&properties=name,code");
        var codes = page.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetString()).ToList();
        Assert.Equal(["860", "851", "849"], codes.Select(c => c!.TrimStart('0')));
        var props = page.GetProperty("features")[0].GetProperty("properties");
        Assert.Equal(["code", "name"], props.EnumerateObject().Select(p => p.Name).Order());
        var byName = await _client.GetJsonAsync("/ogc/collections/region/items?sortby=%2Bname");
        var names = byName.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").GetProperty("name").GetString()!).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal).ToList(), names);
    }

    [Fact]
    public async Task HeadAndCorsPreflightAnswer()
    {
        using var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/ogc/collections/parish/items?limit=1"));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        using var headItem = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/ogc/collections"));
        Assert.Equal(HttpStatusCode.OK, headItem.StatusCode);

        var preflight = new HttpRequestMessage(HttpMethod.Options, "/ogc/collections/parish/items");
        preflight.Headers.Add("Origin", "https://maps.example.org");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        using var answer = await _client.SendAsync(preflight);
        Assert.True(answer.IsSuccessStatusCode, $"preflight answered {(int)answer.StatusCode}");
        Assert.Equal("*", answer.Headers.GetValues("Access-Control-Allow-Origin").Single());

        var get = new HttpRequestMessage(HttpMethod.Get, "/ogc/collections");
        get.Headers.Add("Origin", "https://maps.example.org");
        using var cors = await _client.SendAsync(get);
        Assert.Equal("*", cors.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    // ---- OGC API – Features Part 2: CRS ----

    [Fact]
    public async Task CollectionsListTheirCrsAndStorageCrs()
    {
        var parish = await _client.GetJsonAsync("/ogc/collections/parish");
        var crs = parish.GetProperty("crs").EnumerateArray().Select(c => c.GetString()).ToList();
        Assert.Contains("http://www.opengis.net/def/crs/OGC/1.3/CRS84", crs);
        Assert.Contains(Epsg25832, crs);
        Assert.Contains("http://www.opengis.net/def/crs/EPSG/0/4326", crs);
        Assert.Equal(Epsg25832, parish.GetProperty("storageCrs").GetString());
        var conformance = await _client.GetJsonAsync("/ogc/conformance");
        Assert.Contains(conformance.GetProperty("conformsTo").EnumerateArray(), c => c.GetString() == "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs");
    }

    [Fact]
    public async Task ItemsComeInTheRequestedCrsWithContentCrs()
    {
        var plain = await _client.GetAsync("/ogc/collections/parish/items/8907");
        Assert.Equal("<http://www.opengis.net/def/crs/OGC/1.3/CRS84>", plain.Headers.GetValues("Content-Crs").Single());

        var response = await _client.GetAsync($"/ogc/collections/parish/items/8907?crs={Epsg25832}");
        Assert.Equal($"<{Epsg25832}>", response.Headers.GetValues("Content-Crs").Single());
        var item = await Json.ReadAsync(response, HttpStatusCode.OK);
        var first = Polygons(item.GetProperty("geometry")).First()[0][0];
        Assert.InRange(first[0].GetDouble(), 460_000, 480_000); // Esbjerg, UTM 32 easting
        Assert.InRange(first[1].GetDouble(), 6_140_000, 6_160_000);

        // EPSG:4326 is latitude first.
        var latLon = await _client.GetJsonAsync("/ogc/collections/parish/items/8907?crs=http://www.opengis.net/def/crs/EPSG/0/4326");
        var p = Polygons(latLon.GetProperty("geometry")).First()[0][0];
        Assert.InRange(p[0].GetDouble(), 55, 56);
        Assert.InRange(p[1].GetDouble(), 8, 9);
    }

    [Fact]
    public async Task BboxCrsAcceptsUtmAndLatLon()
    {
        var lonLat = await _client.GetJsonAsync("/ogc/collections/parish/items?bbox=12.3,55.2,12.35,55.25");
        var utm = await _client.GetJsonAsync($"/ogc/collections/parish/items?bbox=700000,6120000,705000,6125000&bbox-crs={Epsg25832}&crs={Epsg25832}");
        Assert.True(utm.GetProperty("numberMatched").GetInt64() >= 1);
        var latFirst = await _client.GetJsonAsync("/ogc/collections/parish/items?bbox=55.2,12.3,55.25,12.35&bbox-crs=http://www.opengis.net/def/crs/EPSG/0/4326");
        Assert.Equal(lonLat.GetProperty("numberMatched").GetInt64(), latFirst.GetProperty("numberMatched").GetInt64());
        var next = utm.GetProperty("links").EnumerateArray().First(l => l.GetProperty("rel").GetString() == "self").GetProperty("href").GetString()!;
        Assert.Contains("bbox-crs=", next);
        Assert.Contains("crs=", next);
    }
}
