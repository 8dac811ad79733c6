using System.Net;

namespace Kortlaegning.Api.Tests.Tiles;

/// <summary>Indicator values as attributes of area tiles (<c>?indicator=&amp;period=</c>, issue 16).</summary>
[Collection(PostGisCollection.Name)]
public class TileValuesTests(PostGisFixture db)
{
    private readonly HttpClient _client = db.Client;

    private static string Tile(string layer, double lon, double lat, int z)
    {
        var (x, y) = TilesApiTests.TileAt(lon, lat, z);
        return $"/tiles/{layer}/{z}/{x}/{y}.mvt";
    }

    private static readonly string Odder = Tile("municipalities", 10.15, 55.97, 10);
    private static readonly string Christianso = Tile("municipalities", 15.19, 55.32, 10);

    /// <summary>Whether an MVT holds the double as a tag value: field 3 (double_value), wire type 1, then 8 bytes little-endian.</summary>
    private static bool HoldsDouble(byte[] tile, double value)
    {
        var needle = new byte[] { 0x19 }.Concat(BitConverter.GetBytes(value)).ToArray();
        return tile.AsSpan().IndexOf(needle) >= 0;
    }

    [Fact]
    public async Task AnAreaTileCarriesTheIndicatorsValueAndItsETagNamesIt()
    {
        var plain = await _client.GetAsync(Odder);
        var with = await _client.GetAsync($"{Odder}?indicator=sp.daily_smokers&period=2021");
        Assert.Equal(HttpStatusCode.OK, with.StatusCode);
        var bytes = await with.Content.ReadAsByteArrayAsync();
        Assert.True(HoldsDouble(bytes, 12.6), "Odder's 12.6 % daily smokers in 2021");
        Assert.False(HoldsDouble(await plain.Content.ReadAsByteArrayAsync(), 12.6));
        Assert.NotEqual(plain.Headers.ETag, with.Headers.ETag);
        var other = await _client.GetAsync($"{Odder}?indicator=sp.daily_smokers&period=2017");
        Assert.NotEqual(with.Headers.ETag, other.Headers.ETag);
    }

    [Fact]
    public async Task ChangedValuesChangeTheETagSoNoStaleTileIsServed()
    {
        var url = $"{Odder}?indicator=sp.daily_smokers&period=2021";
        var before = await _client.GetAsync(url);
        const string Value = "UPDATE indicator_values v SET value = {0} FROM areas a WHERE a.id = v.area_id AND a.level = 'municipality' AND a.code = '0727' AND v.indicator_code = 'sp.daily_smokers' AND v.period = '2021' RETURNING v.id";
        await db.ScalarAsync<long>(string.Format(System.Globalization.CultureInfo.InvariantCulture, Value, 13.9));
        try
        {
            var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.IfNoneMatch.Add(before.Headers.ETag!);
            var after = await _client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, after.StatusCode);
            Assert.True(HoldsDouble(await after.Content.ReadAsByteArrayAsync(), 13.9));
        }
        finally
        {
            await db.ScalarAsync<long>(string.Format(System.Globalization.CultureInfo.InvariantCulture, Value, 12.6));
        }
    }

    [Fact]
    public async Task ASuppressedValueIsAbsentAndItsNoteSaysSo()
    {
        var raw = await db.ScalarAsync<double>("SELECT v.value FROM indicator_values v JOIN areas a ON a.id = v.area_id WHERE v.indicator_code = 'dst.premature_mortality' AND a.code = '0411' AND v.period = '2019' AND v.suppressed");
        var bytes = await _client.GetByteArrayAsync($"{Christianso}?indicator=dst.premature_mortality&period=2019");
        Assert.Contains("Christiansø", System.Text.Encoding.UTF8.GetString(bytes));
        Assert.Contains("suppressed", System.Text.Encoding.UTF8.GetString(bytes));
        Assert.False(HoldsDouble(bytes, raw), "the suppressed value must not be in the tile");
    }

    [Theory]
    [InlineData("/tiles/facilities/10/540/320.mvt?indicator=sp.daily_smokers", "indicator")]
    [InlineData("/tiles/municipalities/10/540/320.mvt?indicator=sp.nothing", "indicator")]
    [InlineData("/tiles/municipalities/10/540/320.mvt?indicator=sp.daily_smokers&period=1850", "period")]
    [InlineData("/tiles/municipalities/10/540/320.mvt?period=2021", "period")]
    public async Task BadIndicatorParametersAreBadRequestsNamingThem(string url, string parameter)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"\"{parameter}\"", await response.Content.ReadAsStringAsync());
    }
}
