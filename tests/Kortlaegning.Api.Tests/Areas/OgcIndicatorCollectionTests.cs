using System.Net;
using System.Text.Json;

namespace Kortlaegning.Api.Tests.Areas;

/// <summary>Issue 16: indicator values as OGC collections (indicator:{code}:{level}), through the same disclosure control as the values endpoint.</summary>
[Collection(PostGisCollection.Name)]
public class OgcIndicatorCollectionTests(PostGisFixture db)
{
    private readonly HttpClient _client = db.Client;

    private const string Id = "indicator:dst.premature_mortality:municipality";

    private static string Items(string query = "") => $"/ogc/collections/{Uri.EscapeDataString(Id)}/items?limit=1000{query}";

    [Fact]
    public async Task IndicatorCollectionsAreListedWithTheirQueryables()
    {
        var list = await _client.GetJsonAsync("/ogc/collections");
        var ids = list.GetProperty("collections").EnumerateArray().Select(c => c.GetProperty("id").GetString()).ToList();
        Assert.Contains("parish", ids);
        Assert.Contains(Id, ids);
        var one = await _client.GetJsonAsync($"/ogc/collections/{Uri.EscapeDataString(Id)}");
        Assert.Equal(Id, one.GetProperty("id").GetString());
        var q = await _client.GetJsonAsync($"/ogc/collections/{Uri.EscapeDataString(Id)}/queryables");
        Assert.Equal("number", q.GetProperty("properties").GetProperty("value").GetProperty("type").GetString());
        await _client.ProblemAsync("/ogc/collections/indicator:no.such:municipality/items", HttpStatusCode.NotFound);
        await _client.ProblemAsync("/ogc/collections/indicator:dst.premature_mortality:shire/items", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ASuppressedCellIsSuppressedHereToo()
    {
        var values = await _client.GetJsonAsync("/api/indicators/dst.premature_mortality/values?level=municipality&period=2019");
        var suppressedThere = values.GetProperty("values").EnumerateArray().Where(v => v.GetProperty("note").GetString() == "suppressed")
            .Select(v => v.GetProperty("code").GetString()).Order().ToList();
        Assert.Contains("0411", suppressedThere);
        var page = await _client.GetJsonAsync(Items("&period=2019"));
        Assert.Equal(99, page.GetProperty("numberMatched").GetInt64());
        var features = page.GetProperty("features").EnumerateArray().ToList();
        var suppressedHere = features.Where(f => f.GetProperty("properties").GetProperty("note").GetString() == "suppressed").Select(f => f.GetProperty("id").GetString()).Order().ToList();
        Assert.Equal(suppressedThere, suppressedHere);
        foreach (var f in features.Where(f => suppressedHere.Contains(f.GetProperty("id").GetString())))
        {
            var p = f.GetProperty("properties");
            foreach (var field in new[] { "value", "numerator", "denominator", "ciLow", "ciHigh" }) Assert.Equal(JsonValueKind.Null, p.GetProperty(field).ValueKind);
        }
        // Published values are the values endpoint's, and the geometry is the area's.
        var odder = features.Single(f => f.GetProperty("id").GetString() == "0727");
        var odderThere = values.GetProperty("values").EnumerateArray().Single(v => v.GetProperty("code").GetString() == "0727");
        Assert.Equal(odderThere.GetProperty("value").GetDouble(), odder.GetProperty("properties").GetProperty("value").GetDouble());
        Assert.Equal("2019", odder.GetProperty("properties").GetProperty("period").GetString());
        Assert.Equal("MultiPolygon", odder.GetProperty("geometry").GetProperty("type").GetString());
        // A filter on the value cannot find the suppressed count either.
        var item = await _client.GetJsonAsync($"/ogc/collections/{Uri.EscapeDataString(Id)}/items/0411?period=2019");
        Assert.Equal(JsonValueKind.Null, item.GetProperty("properties").GetProperty("numerator").ValueKind);
        var small = await _client.GetJsonAsync(Items("&period=2019&filter=" + Uri.EscapeDataString("numerator < 5")));
        Assert.DoesNotContain(small.GetProperty("features").EnumerateArray(), f => f.GetProperty("id").GetString() == "0411");
    }

    [Fact]
    public async Task PeriodCrsBboxAndFilterWork()
    {
        var latest = await _client.GetJsonAsync(Items());
        Assert.False(string.IsNullOrEmpty(latest.GetProperty("period").GetString()));
        var response = await _client.GetAsync(Items("&period=2019&crs=EPSG:25832&bbox=10.3,55.3,10.5,55.5&filter=" + Uri.EscapeDataString("value > 0")));
        Assert.Equal("<http://www.opengis.net/def/crs/EPSG/0/25832>", response.Headers.GetValues("Content-Crs").Single());
        var page = await Json.ReadAsync(response, HttpStatusCode.OK);
        Assert.Contains(page.GetProperty("features").EnumerateArray(), f => f.GetProperty("id").GetString() == "0461");
        var x = page.GetProperty("features")[0].GetProperty("geometry").GetProperty("coordinates")[0][0][0][0].GetDouble();
        Assert.InRange(x, 400_000, 900_000);
        await _client.ProblemAsync(Items("&period=1066"), HttpStatusCode.BadRequest, "period");
        await _client.ProblemAsync(Items("&filter=" + Uri.EscapeDataString("areaKm2 > 1")), HttpStatusCode.BadRequest, "filter");
        await _client.ProblemAsync(Items("&sortby=name"), HttpStatusCode.BadRequest, "sortby");
        await _client.ProblemAsync("/ogc/collections/municipality/items?period=2019", HttpStatusCode.BadRequest, "period");
    }
}
