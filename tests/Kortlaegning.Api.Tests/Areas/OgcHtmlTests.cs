using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Kortlaegning.Api.Tests.Areas;

/// <summary>
/// Issue 16: the OGC API's landing, collection and item pages readable in a browser (f=html, or a browser's Accept),
/// built from the JSON answer of the same URL, with links that stay in HTML, while GDAL and QGIS keep getting JSON.
/// </summary>
[Collection(PostGisCollection.Name)]
public class OgcHtmlTests(PostGisFixture db)
{
    private readonly HttpClient _client = db.Client;

    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private async Task<HttpResponseMessage> GetAsync(string url, string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        return await _client.SendAsync(request);
    }

    private static IEnumerable<string> Hrefs(string html) => Regex.Matches(html, "href=\"([^\"]+)\"").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value));

    [Theory]
    [InlineData("/ogc?f=html", null)]
    [InlineData("/ogc", BrowserAccept)]
    [InlineData("/ogc/collections?f=html", null)]
    [InlineData("/ogc/conformance?f=html", null)]
    [InlineData("/ogc/collections/parish?f=html", null)]
    [InlineData("/ogc/collections/parish/items?limit=3&f=html", null)]
    [InlineData("/ogc/collections/parish/items/8907", BrowserAccept)]
    public async Task EveryPageIsHtmlWithoutScriptAndItsLinksStayInHtml(string url, string? accept)
    {
        var response = await GetAsync(url, accept);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Accept", response.Headers.Vary);
        var html = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("<!doctype html>", html);
        Assert.Contains("<html lang=\"da\">", html);
        Assert.DoesNotContain("<script", html);
        var ogcLinks = Hrefs(html).Where(h => h.Contains("/ogc", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(ogcLinks);
        // Every link into the API stays in HTML, except the one link to the JSON of this page and the files to download.
        static bool IsFile(string h) => h.EndsWith("f=gpkg", StringComparison.Ordinal) || h.EndsWith("f=fgb", StringComparison.Ordinal) || h.EndsWith("f=shp", StringComparison.Ordinal);
        Assert.All(ogcLinks.Where(h => !h.EndsWith("f=json", StringComparison.Ordinal) && !IsFile(h)), h => Assert.EndsWith("f=html", h));
        Assert.Single(ogcLinks, h => h.EndsWith("f=json", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheItemsPageIsATableOfTheSameFeaturesAsTheJson()
    {
        var json = await _client.GetJsonAsync("/ogc/collections/municipality/items?limit=5&sortby=code");
        var html = await (await GetAsync("/ogc/collections/municipality/items?limit=5&sortby=code&f=html")).Content.ReadAsStringAsync();
        Assert.Equal(5, Regex.Matches(html, "<tr><td><a href=").Count);
        foreach (var f in json.GetProperty("features").EnumerateArray())
        {
            Assert.Contains($">{WebUtility.HtmlEncode(f.GetProperty("properties").GetProperty("name").GetString())}<", html);
            Assert.Contains($"/ogc/collections/municipality/items/{f.GetProperty("id").GetString()}?f=html", Hrefs(html));
        }
        Assert.Contains($"5 af {json.GetProperty("numberMatched").GetInt32()} vist.", html);
        // The next page's link keeps its paging and sorting.
        Assert.Contains(Hrefs(html), h => h.Contains("offset=5", StringComparison.Ordinal) && h.Contains("sortby=code", StringComparison.Ordinal) && h.EndsWith("f=html", StringComparison.Ordinal));
        Assert.DoesNotContain("coordinates", html);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("application/json")]
    [InlineData("application/geo+json")]
    [InlineData("*/*")]
    [InlineData("text/html;q=0.5, application/json")]
    public async Task ProgramsStillGetJson(string? accept)
    {
        var response = await GetAsync("/ogc/collections/parish/items?limit=1", accept);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("FeatureCollection", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("type").GetString());
    }

    [Fact]
    public async Task AProblemStaysAProblemAndAnUnknownFormatIsA400()
    {
        var missing = await GetAsync("/ogc/collections/nowhere?f=html");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        await _client.ProblemAsync("/ogc/collections/parish/items?f=xml", HttpStatusCode.BadRequest, "f");
    }

    [Fact]
    public async Task TheLandingPageNamesItsHtmlAlternate()
    {
        var landing = await _client.GetJsonAsync("/ogc");
        Assert.Contains(landing.GetProperty("links").EnumerateArray(), l => l.GetProperty("rel").GetString() == "alternate" && l.GetProperty("type").GetString() == "text/html");
    }
}
