using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Kortlaegning.Api.Tests.Facilities;

[Collection(PostGisCollection.Name)]
public class FacilitiesApiTests(PostGisFixture db)
{
    private readonly HttpClient _client = db.Client;

    // Treenigheds parish, Esbjerg centre (seed 003): a health centre and a nursing home lie in it.
    private static object Library(string name = "ILLUSTRATIVE test library", double lon = 8.4385, double lat = 55.485) =>
        new { name, type = "library", lon, lat, capacity = 40, bookable = "on_request", stepFree = true, tags = new[] { "test", "reading" } };

    [Fact]
    public async Task TypesListTheFourteenCodesOfTheTaxonomyWithDanishAndEnglishNames()
    {
        var types = (await _client.GetJsonAsync("/api/facilities/types")).GetProperty("types").EnumerateArray().ToList();
        Assert.Equal(14, types.Count);
        var gp = types.Single(t => t.GetProperty("code").GetString() == "gp_clinic");
        Assert.Equal("Lægepraksis", gp.GetProperty("nameDa").GetString());
        Assert.Equal("point_or_polygon", types.Single(t => t.GetProperty("code").GetString() == "green_area").GetProperty("geometry").GetString());
    }

    [Fact]
    public async Task ACreatedFacilityIsServedWithItsETagAndDefaultsFromItsType()
    {
        var (id, etag, feature) = await _client.CreateAsync(Library());
        try
        {
            Assert.Equal("\"v1\"", etag);
            var response = await _client.GetAsync($"/api/facilities/{id}");
            Assert.Equal(etag, response.Headers.ETag!.Tag);
            var got = await Json.ReadAsync(response, HttpStatusCode.OK);
            var p = got.GetProperty("properties");
            Assert.Equal("indoor", p.GetProperty("setting").GetString()); // the library type's default
            Assert.Equal("on_request", p.GetProperty("bookable").GetString());
            Assert.Equal(40, p.GetProperty("capacity").GetInt32());
            var c = got.GetProperty("geometry").GetProperty("coordinates");
            Assert.Equal(8.4385, c[0].GetDouble(), 6);
            Assert.Equal(55.485, c[1].GetDouble(), 6);
            Assert.Equal(1, await db.ScalarAsync<int>($"SELECT ST_SRID(geom) / 25832 FROM facilities WHERE id = {id}"));
        }
        finally
        {
            await _client.DeleteAllOfTypeAsync("library");
        }
    }

    [Fact]
    public async Task AStaleEditIsRefusedWith412AndLeavesTheFacilityAsTheOtherEditorLeftIt()
    {
        var (id, etag, _) = await _client.CreateAsync(Library());
        try
        {
            // Two planners read version 1; the first saves, the second's save must not overwrite it.
            Assert.Equal(HttpStatusCode.OK, (await Put(id, etag, Library("ILLUSTRATIVE renamed by planner A"))).StatusCode);
            var stale = await Put(id, etag, Library("ILLUSTRATIVE renamed by planner B"));
            var problem = await Json.ReadAsync(stale, HttpStatusCode.PreconditionFailed);
            Assert.Equal("\"v2\"", problem.GetProperty("currentETag").GetString());
            var now = await _client.GetJsonAsync($"/api/facilities/{id}");
            Assert.Equal("ILLUSTRATIVE renamed by planner A", now.GetProperty("properties").GetProperty("name").GetString());
            Assert.Equal(2, now.GetProperty("properties").GetProperty("version").GetInt32());
        }
        finally
        {
            await _client.DeleteAllOfTypeAsync("library");
        }
    }

    [Fact]
    public async Task EditsWithoutIfMatchAreRefusedWith428()
    {
        var (id, _, _) = await _client.CreateAsync(Library());
        try
        {
            var put = await _client.PutAsJsonAsync($"/api/facilities/{id}", Library());
            Assert.Equal(HttpStatusCode.PreconditionRequired, put.StatusCode);
            var delete = await _client.DeleteAsync($"/api/facilities/{id}");
            Assert.Equal(HttpStatusCode.PreconditionRequired, delete.StatusCode);
        }
        finally
        {
            await _client.DeleteAllOfTypeAsync("library");
        }
    }

    [Fact]
    public async Task ADeletedFacilityIsGone()
    {
        var (id, etag, _) = await _client.CreateAsync(Library());
        var request = new HttpRequestMessage(HttpMethod.Delete, $"/api/facilities/{id}");
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        Assert.Equal(HttpStatusCode.NoContent, (await _client.SendAsync(request)).StatusCode);
        await _client.ProblemAsync($"/api/facilities/{id}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AnInvalidFacilityListsEveryBadField()
    {
        var response = await _client.PostAsJsonAsync("/api/facilities", new { type = "hospital", lon = 8.45, lat = 55.47, capacity = -3, bookable = "maybe", lastVerified = "23/11/2026" });
        var problem = await Json.ReadAsync(response, HttpStatusCode.BadRequest);
        var fields = problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
        Assert.Equal(["name", "type", "capacity", "bookable", "lastVerified"], fields);
        Assert.Contains("on_request", problem.GetProperty("errors").GetProperty("bookable")[0].GetString());
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM facilities WHERE type = 'hospital'"));
    }

    [Fact]
    public async Task APointOutsideDenmarkIsRejectedWithAHintAboutSwappedCoordinates()
    {
        // lat/lon swapped: (55.47, 8.45) is in the Indian Ocean.
        var response = await _client.PostAsJsonAsync("/api/facilities", new { name = "Swapped", type = "library", lon = 55.47, lat = 8.45 });
        var problem = await Json.ReadAsync(response, HttpStatusCode.BadRequest);
        var error = problem.GetProperty("errors").EnumerateObject().Single();
        Assert.Equal("geometry", error.Name);
        Assert.Contains("uden for Danmark", error.Value[0].GetString());
    }

    [Fact]
    public async Task OnlyGreenAreasMayBePolygons()
    {
        var square = new { type = "Polygon", coordinates = new[] { new[] { new[] { 8.45, 55.46 }, new[] { 8.46, 55.46 }, new[] { 8.46, 55.47 }, new[] { 8.45, 55.47 }, new[] { 8.45, 55.46 } } } };
        var (id, _, feature) = await _client.CreateAsync(new { name = "ILLUSTRATIVE park", type = "green_area", geometry = square });
        try
        {
            Assert.Equal("Polygon", feature.GetProperty("geometry").GetProperty("type").GetString());
            Assert.Equal("outdoor", feature.GetProperty("properties").GetProperty("setting").GetString());
            var response = await _client.PostAsJsonAsync("/api/facilities", new { name = "Square library", type = "library", geometry = square });
            var problem = await Json.ReadAsync(response, HttpStatusCode.BadRequest);
            Assert.Equal("geometry", problem.GetProperty("errors").EnumerateObject().First().Name);
        }
        finally
        {
            await _client.DeleteAllOfTypeAsync("green_area");
        }
    }

    [Fact]
    public async Task TheListFiltersByTypeAreaMunicipalityBboxAndText()
    {
        await _client.CreateAsync(Library("ILLUSTRATIVE Esbjerg library"));
        await _client.CreateAsync(Library("ILLUSTRATIVE Aalborg library", 9.95, 57.03));
        await _client.CreateAsync(new { name = "ILLUSTRATIVE Esbjerg common room", type = "common_room", lon = 8.4385, lat = 55.485 });
        try
        {
            async Task<List<string?>> Names(string query) => (await _client.GetJsonAsync($"/api/facilities?{query}")).GetProperty("features").EnumerateArray()
                .Select(f => f.GetProperty("properties").GetProperty("name").GetString()).Where(n => n!.StartsWith("ILLUSTRATIVE")).ToList();
            Assert.Equal(["ILLUSTRATIVE Esbjerg library", "ILLUSTRATIVE Aalborg library"], await Names("type=library"));
            Assert.Equal(["ILLUSTRATIVE Esbjerg library", "ILLUSTRATIVE Esbjerg common room"], await Names("area=parish:8907"));
            Assert.Equal(["ILLUSTRATIVE Aalborg library"], await Names("municipality=851"));
            Assert.Equal(["ILLUSTRATIVE Esbjerg common room"], await Names("bbox=8.4,55.4,8.5,55.5&type=common_room,pharmacy"));
            Assert.Equal(["ILLUSTRATIVE Aalborg library"], await Names("text=aalborg"));
            await _client.ProblemAsync("/api/facilities?type=hospital", HttpStatusCode.BadRequest, "type");
            await _client.ProblemAsync("/api/facilities?area=parish", HttpStatusCode.BadRequest, "area");
        }
        finally
        {
            await _client.DeleteAllOfTypeAsync("library");
            await _client.DeleteAllOfTypeAsync("common_room");
        }
    }

    [Fact]
    public async Task TheFacilitiesTileLayerShowsANewFacilityWithANewETag()
    {
        const int z = 12;
        double lon = 8.4385, lat = 55.485, rad = lat * Math.PI / 180;
        int x = (int)Math.Floor((lon + 180) / 360 * (1 << z)), y = (int)Math.Floor((1 - Math.Asinh(Math.Tan(rad)) / Math.PI) / 2 * (1 << z));
        var url = $"/tiles/facilities/{z}/{x}/{y}.mvt";
        var before = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        await _client.CreateAsync(Library("ILLUSTRATIVE tile library"));
        try
        {
            var after = await _client.GetAsync(url);
            Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
            var text = Encoding.UTF8.GetString(await after.Content.ReadAsByteArrayAsync());
            Assert.Contains("facilities", text);
            Assert.Contains("ILLUSTRATIVE tile library", text);
        }
        finally
        {
            await _client.DeleteAllOfTypeAsync("library");
        }
    }

    private Task<HttpResponseMessage> Put(int id, string etag, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/facilities/{id}") { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        return _client.SendAsync(request);
    }
}
