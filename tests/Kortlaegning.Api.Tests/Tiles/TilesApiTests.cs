using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Kortlaegning.Api.Tests.Tiles;

[Collection(PostGisCollection.Name)]
public class TilesApiTests(PostGisFixture db)
{
    private readonly HttpClient _client = db.Client;

    /// <summary>Slippy-map tile (x, y) holding a lon/lat at zoom z (OSM's formula).</summary>
    internal static (int X, int Y) TileAt(double lon, double lat, int z)
    {
        double n = 1 << z, rad = lat * Math.PI / 180;
        return ((int)Math.Floor((lon + 180) / 360 * n), (int)Math.Floor((1 - Math.Asinh(Math.Tan(rad)) / Math.PI) / 2 * n));
    }

    private static string EsbjergTile(string layer, int z)
    {
        var (x, y) = TileAt(8.452, 55.468, z); // Treenigheds parish, Esbjerg centre (seed 003)
        return $"/tiles/{layer}/{z}/{x}/{y}.mvt";
    }

    [Fact]
    public async Task AParishTileIsAMapboxVectorTileHoldingTreenigheds()
    {
        var response = await _client.GetAsync(EsbjergTile("parishes", 12));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.mapbox-vector-tile", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.ETag);
        Assert.True(response.Headers.CacheControl?.NoCache);
        // Layer name and property values are plain UTF-8 strings in the protobuf.
        var text = Encoding.UTF8.GetString(bytes);
        Assert.Contains("parishes", text);
        Assert.Contains("Treenigheds", text);
        Assert.Contains("8907", text);
    }

    [Fact]
    public async Task ANationalZoomTileHoldsManyMunicipalities()
    {
        var bytes = await _client.GetByteArrayAsync(EsbjergTile("municipalities", 7));
        var text = Encoding.UTF8.GetString(bytes);
        Assert.Contains("Esbjerg", text);
        Assert.Contains("Vejle", text);
    }

    [Fact]
    public async Task RevalidatingWithTheSameETagAnswersNotModified()
    {
        var url = EsbjergTile("postcodes", 11);
        var first = await _client.GetAsync(url);
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var second = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task AnEditToTheLayerChangesItsETagSoCachedTilesRefresh()
    {
        var url = EsbjergTile("regions", 9);
        var before = (await _client.GetAsync(url)).Headers.ETag!;
        await db.ScalarAsync<int>("UPDATE areas SET updated_at = now() WHERE level = 'region' AND code = (SELECT min(code) FROM areas WHERE level = 'region') RETURNING id");
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(before);
        var after = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before, after.Headers.ETag);
    }

    [Fact]
    public async Task ATileOutsideDenmarkIsEmptyNotAnError()
    {
        var response = await _client.GetAsync("/tiles/parishes/10/0/0.mvt");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/tiles/parishes/17/0/0.mvt", "z")]
    [InlineData("/tiles/parishes/3/8/0.mvt", "x")]
    [InlineData("/tiles/parishes/3/0/-1.mvt", "y")]
    public async Task ATileAddressOutsideThePyramidIsABadRequestNamingTheCoordinate(string url, string parameter)
    {
        await _client.ProblemAsync(url, HttpStatusCode.BadRequest, parameter);
    }

    [Fact]
    public async Task AnUnknownLayerIsNotFoundAndListsTheLayers()
    {
        var problem = await _client.ProblemAsync("/tiles/churches/7/67/40.mvt", HttpStatusCode.NotFound);
        Assert.Contains("parishes", problem.GetProperty("detail").GetString());
    }
}
