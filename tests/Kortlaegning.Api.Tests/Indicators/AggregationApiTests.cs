using System.Net;
using System.Text;

namespace Kortlaegning.Api.Tests.Indicators;

[Collection(PostGisCollection.Name)]
public class AggregationApiTests(PostGisFixture db)
{
    private readonly HttpClient _client = db.Client;

    // Two small squares in Odder town (EPSG:25832), as a housing organisation would upload its departments.
    private const string Departments = """
        {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::25832"}},
         "features":[
          {"type":"Feature","properties":{"afd":"agg-7"},"geometry":{"type":"Polygon","coordinates":[[[571000,6200000],[571100,6200000],[571100,6200100],[571000,6200100],[571000,6200000]]]}},
          {"type":"Feature","properties":{"afd":"agg-10"},"geometry":{"type":"Polygon","coordinates":[[[571300,6200300],[571400,6200300],[571400,6200400],[571300,6200400],[571300,6200300]]]}}]}
        """;

    [Fact]
    public async Task DepartmentCountsRollUpToParishAndMunicipalityAsRatiosOfSums()
    {
        await Json.ReadAsync(await _client.PostAsync("/api/areas/import?level=housing_department&codeField=afd",
            new StringContent(Departments, Encoding.UTF8, "application/geo+json")), HttpStatusCode.OK);
        var parish = (await _client.GetJsonAsync("/api/areas/housing_department/agg-7")).GetProperty("properties").GetProperty("parents")
            .EnumerateArray().Single(p => p.GetProperty("level").GetString() == "parish").GetProperty("code").GetString();

        // 30 of 100 and 50 of 200 residents aged 65+: the parish gets 80/300 = 26.67 %, not the mean 27.5 %.
        var csv = "indicator,level,area_code,period,value,numerator,denominator,ci_low,ci_high\n" +
                  "dst.share_65plus,housing_department,agg-7,2096,,30,100,,\n" +
                  "dst.share_65plus,housing_department,agg-10,2096,,50,200,,\n";
        await Json.ReadAsync(await _client.PostAsync("/api/indicators/import", new StringContent(csv, Encoding.UTF8, "text/csv")), HttpStatusCode.OK);

        var parishValue = (await _client.GetJsonAsync($"/api/indicators/dst.share_65plus/values?level=parish&period=2096"))
            .GetProperty("values").EnumerateArray().Single(v => v.GetProperty("code").GetString() == parish);
        Assert.Equal(100.0 * 80 / 300, parishValue.GetProperty("value").GetDouble(), 9);
        Assert.Equal(80, parishValue.GetProperty("numerator").GetDouble());
        Assert.Equal("aggregated", parishValue.GetProperty("note").GetString());

        var odder = (await _client.GetJsonAsync("/api/indicators/dst.share_65plus/values?level=municipality&period=2096"))
            .GetProperty("values").EnumerateArray().Single(v => v.GetProperty("code").GetString() == "0727");
        Assert.Equal(300, odder.GetProperty("denominator").GetDouble());

        // A correction to one department flows up on the next write.
        var fix = "indicator,level,area_code,period,value,numerator,denominator,ci_low,ci_high\n" +
                  "dst.share_65plus,housing_department,agg-7,2096,,60,100,,\n";
        await Json.ReadAsync(await _client.PostAsync("/api/indicators/import", new StringContent(fix, Encoding.UTF8, "text/csv")), HttpStatusCode.OK);
        var after = (await _client.GetJsonAsync($"/api/indicators/dst.share_65plus/values?level=parish&period=2096"))
            .GetProperty("values").EnumerateArray().Single(v => v.GetProperty("code").GetString() == parish);
        Assert.Equal(110, after.GetProperty("numerator").GetDouble());
    }
}
