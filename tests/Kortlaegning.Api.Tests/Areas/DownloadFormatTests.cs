using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Kortlaegning.Api.Tests.Areas;

/// <summary>Issue 16: CSV that Excel reads, every area listed, and compressed answers.</summary>
[Collection(PostGisCollection.Name)]
public class DownloadFormatTests(PostGisFixture db)
{
    private readonly HttpClient _client = db.Client;

    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    [Fact]
    public async Task SemicolonCsvStartsWithAByteOrderMarkSoExcelReadsKoebenhavn()
    {
        var bytes = await _client.GetByteArrayAsync("/api/indicators/dst.premature_mortality/values?level=municipality&period=2019&format=csv&delimiter=semicolon");
        Assert.Equal(Bom, bytes[..3]);
        Assert.Contains("København", Encoding.UTF8.GetString(bytes));
        var comma = await _client.GetByteArrayAsync("/api/indicators/dst.premature_mortality/values?level=municipality&period=2019&format=csv");
        Assert.NotEqual(Bom, comma[..3]);
    }

    [Fact]
    public async Task RankingCsvHonoursTheSemicolonDelimiter()
    {
        var presets = await _client.GetJsonAsync("/api/rankings/presets");
        var id = presets[0].GetProperty("id").GetInt32();
        var bytes = await _client.GetByteArrayAsync($"/api/rankings/presets/{id}/result?format=csv&delimiter=semicolon");
        Assert.Equal(Bom, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("niveau;kode;navn;kommunekode;score;rang;kvintil", text);
        Assert.DoesNotContain(',', text.Split("\r\n")[0]);
        await _client.ProblemAsync($"/api/rankings/presets/{id}/result?format=csv&delimiter=tab", HttpStatusCode.BadRequest, "delimiter");
    }

    [Fact]
    public async Task AreasWithoutAValueAreListedWithAnEmptyCell()
    {
        // sp.loneliness 2025 has values for 98 of the 99 municipalities.
        var csv = await _client.GetStringAsync("/api/indicators/sp.loneliness/values?level=municipality&period=2025&format=csv");
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(99 + 1, lines.Length);
        var geo = await _client.GetJsonAsync("/api/indicators/sp.loneliness/values?level=municipality&period=2025&format=geojson&simplify=1000");
        Assert.Equal(99, geo.GetProperty("features").GetArrayLength());
    }

    [Theory]
    [InlineData("/ogc/collections/parish/items?limit=500", "br")]
    [InlineData("/api/areas?level=region&simplify=500", "gzip")]
    [InlineData("/api/indicators/dst.premature_mortality/values?level=municipality&period=2019&format=csv", "gzip")]
    public async Task AnswersAreCompressedWhenTheClientAccepts(string url, string encoding)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        using var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(encoding, response.Content.Headers.ContentEncoding.Single());
    }
}
