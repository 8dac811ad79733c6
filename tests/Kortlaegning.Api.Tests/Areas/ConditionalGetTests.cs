using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Kortlaegning.Api.Tests.Areas;

/// <summary>
/// Issue 16: "ETag and 304 for areas, OGC items and indicator values, not only tiles". Each read answers an ETag; sent
/// back in If-None-Match it gets 304 without a body; after the data changes the ETag does too, and the old one gets 200.
/// </summary>
[Collection(PostGisCollection.Name)]
public sealed class ConditionalGetTests(PostGisFixture db)
{
    [Theory]
    [InlineData("/api/areas?level=municipality&simplify=1000")]
    [InlineData("/api/areas/municipality/0727")]
    [InlineData("/ogc/collections/parish/items?limit=5")]
    [InlineData("/api/indicators")]
    [InlineData("/api/indicators/grid.population/values?level=municipality&period=2021")]
    public async Task AnUnchangedAnswerIs304WithoutABody(string url)
    {
        using var client = db.AnonymousClient();
        var first = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);

        var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(etag);
        var notModified = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, notModified.Headers.ETag);

        var other = new HttpRequestMessage(HttpMethod.Get, url);
        other.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\"", true));
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(other)).StatusCode);
    }

    [Fact]
    public async Task AChangeOfTheDataChangesTheETag()
    {
        const string url = "/api/areas?level=custom&municipality=0727";
        var before = (await db.Client.GetAsync(url)).Headers.ETag!;
        var feature = """{"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[10.12,55.96],[10.122,55.96],[10.122,55.961],[10.12,55.961],[10.12,55.96]]]},"properties":{"name":"ILLUSTRATIV etag"}}""";
        var put = new HttpRequestMessage(HttpMethod.Put, "/api/areas/custom/etag-1") { Content = new StringContent(feature, Encoding.UTF8, "application/geo+json") };
        put.Headers.TryAddWithoutValidation("If-Match", "*");
        Assert.Equal(HttpStatusCode.Created, (await db.Client.SendAsync(put)).StatusCode);

        var stale = new HttpRequestMessage(HttpMethod.Get, url);
        stale.Headers.IfNoneMatch.Add(before);
        var changed = await db.Client.SendAsync(stale);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(before, changed.Headers.ETag);
        Assert.Contains("etag-1", await changed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
