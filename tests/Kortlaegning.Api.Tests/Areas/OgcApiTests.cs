using System.Net;

namespace Kortlaegning.Api.Tests.Areas;

[Collection(PostGisCollection.Name)]
public class OgcApiTests(PostGisFixture db)
{
    private readonly HttpClient _client = db.Client;

    [Fact]
    public async Task EachLoadedLevelIsACollectionWithItsExtent()
    {
        var collections = await _client.GetJsonAsync("/ogc/collections");
        var parish = collections.GetProperty("collections").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "parish");
        var box = parish.GetProperty("extent").GetProperty("spatial").GetProperty("bbox")[0];
        Assert.InRange(box[0].GetDouble(), 7.5, 9); // Denmark's west coast
        Assert.InRange(box[2].GetDouble(), 12, 15.6); // Bornholm
    }

    [Fact]
    public async Task ItemsArePagedAndCarryTheSamePropertiesAsTheAreaApi()
    {
        var page = await _client.GetJsonAsync("/ogc/collections/parish/items?limit=2&offset=2");
        Assert.Equal(2148, page.GetProperty("numberMatched").GetInt64());
        Assert.Equal(2, page.GetProperty("numberReturned").GetInt32());
        var links = page.GetProperty("links").EnumerateArray().Select(l => l.GetProperty("rel").GetString()).ToList();
        Assert.Equal(["self", "next", "prev", "collection"], links);

        var feature = page.GetProperty("features")[0];
        var code = feature.GetProperty("properties").GetProperty("code").GetString()!;
        Assert.Equal(code, feature.GetProperty("id").GetString());
        var api = (await _client.GetJsonAsync("/api/areas?level=parish")).GetProperty("features").EnumerateArray()
            .Single(f => f.GetProperty("id").GetString() == $"parish:{code}");
        Assert.Equal(api.GetProperty("properties").GetRawText(), feature.GetProperty("properties").GetRawText());
        Assert.Contains(page.GetProperty("sources").EnumerateArray(), s => s.GetProperty("id").GetString() == "dagi-2014-sogne");
    }

    [Fact]
    public async Task AnItemIsNamedByItsCodeAndCarriesItsParents()
    {
        var item = await _client.GetJsonAsync("/ogc/collections/parish/items/8907");
        Assert.Equal("8907", item.GetProperty("id").GetString());
        Assert.Contains(item.GetProperty("properties").GetProperty("parents").EnumerateArray(), p => p.GetProperty("code").GetString() == "0561");
    }

    [Theory]
    [InlineData("/ogc/collections/parish/items?limit=0", "limit")]
    [InlineData("/ogc/collections/parish/items?offset=-1", "offset")]
    [InlineData("/ogc/collections/parish/items?bbox=1,2,3", "bbox")]
    public async Task BadPagingIsAProblemNamingTheParameter(string url, string parameter)
    {
        await _client.ProblemAsync(url, HttpStatusCode.BadRequest, parameter);
    }

    [Fact]
    public async Task AnUnknownCollectionIsNotFound()
    {
        await _client.ProblemAsync("/ogc/collections/shire/items", HttpStatusCode.NotFound);
    }
}
