using System.Net;

namespace Kortlaegning.Api.Tests.Areas;

/// <summary>
/// Issue 16: an OGC API – Tiles tileset description for each area collection, so clients find the vector tiles from
/// the collection: the templated link must give the same tile as /tiles/{layer}/{z}/{x}/{y}.mvt.
/// </summary>
[Collection(PostGisCollection.Name)]
public class OgcTilesTests(PostGisFixture db)
{
    private readonly HttpClient _client = db.Client;

    [Fact]
    public async Task FromTheCollectionToATileByTheTemplatedLink()
    {
        var collection = await _client.GetJsonAsync("/ogc/collections/municipality");
        var tilesets = collection.GetProperty("links").EnumerateArray()
            .Single(l => l.GetProperty("rel").GetString() == "http://www.opengis.net/def/rel/ogc/1.0/tilesets-vector").GetProperty("href").GetString()!;
        var list = await _client.GetJsonAsync(tilesets);
        var summary = Assert.Single(list.GetProperty("tilesets").EnumerateArray());
        Assert.Equal("http://www.opengis.net/def/tilematrixset/OGC/1.0/WebMercatorQuad", summary.GetProperty("tileMatrixSetURI").GetString());
        var tileset = await _client.GetJsonAsync(summary.GetProperty("links")[0].GetProperty("href").GetString()!);
        Assert.Equal("vector", tileset.GetProperty("dataType").GetString());
        var item = tileset.GetProperty("links").EnumerateArray().Single(l => l.GetProperty("rel").GetString() == "item");
        Assert.True(item.GetProperty("templated").GetBoolean());
        Assert.Equal("application/vnd.mapbox-vector-tile", item.GetProperty("type").GetString());
        var layer = Assert.Single(tileset.GetProperty("layers").EnumerateArray());
        Assert.Equal("municipalities", layer.GetProperty("id").GetString());
        Assert.Equal("string", layer.GetProperty("propertiesSchema").GetProperty("code").GetProperty("type").GetString());
        var box = tileset.GetProperty("boundingBox");
        Assert.InRange(box.GetProperty("lowerLeft")[0].GetDouble(), 7.5, 9);

        var url = item.GetProperty("href").GetString()!.Replace("{tileMatrix}", "7").Replace("{tileCol}", "67").Replace("{tileRow}", "40");
        var viaTemplate = await _client.GetByteArrayAsync(url);
        Assert.NotEmpty(viaTemplate);
        Assert.Equal(await _client.GetByteArrayAsync("/tiles/municipalities/7/67/40.mvt"), viaTemplate);
    }

    [Fact]
    public async Task TheConformanceDeclarationNamesTheTilesClasses()
    {
        var conformance = await _client.GetJsonAsync("/ogc/conformance");
        var classes = conformance.GetProperty("conformsTo").EnumerateArray().Select(c => c.GetString()).ToList();
        Assert.Contains("http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/core", classes);
        Assert.Contains("http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/mvt", classes);
    }

    [Theory]
    [InlineData("/ogc/collections/municipality/tiles/WorldCRS84Quad")]
    [InlineData("/ogc/collections/indicator:sp.loneliness:municipality/tiles")]
    [InlineData("/ogc/collections/country/tiles")]
    public async Task NoTilesetIsNotFound(string url) => await _client.ProblemAsync(url, HttpStatusCode.NotFound);

    [Fact]
    public async Task UnknownParametersAreRejected() =>
        await _client.ProblemAsync("/ogc/collections/parish/tiles/WebMercatorQuad?zoom=3", HttpStatusCode.BadRequest, "zoom");
}
