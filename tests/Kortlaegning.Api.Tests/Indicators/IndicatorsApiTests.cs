using System.Net;
using System.Text;

namespace Kortlaegning.Api.Tests.Indicators;

[Collection(PostGisCollection.Name)]
public class IndicatorsApiTests(PostGisFixture db)
{
    private readonly HttpClient _client = db.Client;

    [Fact]
    public async Task OdderSmokedLessIn2021ThanTheApplicationRoundedTo()
    {
        // Odder's application (seed 001): "dagligrygere (13% af borgerne)"; the health profile says 12.6 %.
        var values = await _client.GetJsonAsync("/api/indicators/sp.daily_smokers/values?level=municipality&period=2021");
        var odder = values.GetProperty("values").EnumerateArray().Single(v => v.GetProperty("code").GetString() == "0727");
        Assert.Equal(12.6, odder.GetProperty("value").GetDouble(), 6);
        Assert.Equal(98, values.GetProperty("count").GetInt32());
        Assert.Contains("Sundhedsprofil", values.GetProperty("sources")[0].GetProperty("attribution").GetString());
    }

    [Theory]
    [InlineData("parish")]
    [InlineData("postcode")]
    [InlineData("municipality")]
    public async Task TheGridPopulationIsConservedAtEveryLevel(string level)
    {
        var values = await _client.GetJsonAsync($"/api/indicators/grid.population/values?level={level}");
        // Suppressed areas would hide people from the sum: count them back from the raw table for the check.
        double published = values.GetProperty("values").EnumerateArray().Where(v => v.GetProperty("value").ValueKind == System.Text.Json.JsonValueKind.Number).Sum(v => v.GetProperty("value").GetDouble());
        double hidden = await db.ScalarAsync<double>($"SELECT COALESCE(sum(v.numerator), 0) FROM indicator_values v JOIN areas a ON a.id = v.area_id WHERE v.indicator_code = 'grid.population' AND a.level = '{level}' AND v.suppressed");
        Assert.InRange(published + hidden, 5_827_458 * 0.999, 5_827_458 * 1.001);
    }

    [Fact]
    public async Task ASuppressedCountNeverLeavesTheService()
    {
        // Christiansø (~90 residents) has fewer than 5 deaths before 75 a year: primary suppression.
        var json = await _client.GetStringAsync("/api/indicators/dst.premature_mortality/values?level=municipality&period=2019");
        var csv = await _client.GetStringAsync("/api/indicators/dst.premature_mortality/values?level=municipality&period=2019&format=csv");
        var geo = await _client.GetStringAsync("/api/indicators/dst.premature_mortality/values?level=municipality&period=2019&format=geojson&simplify=500");
        var raw = await db.ScalarAsync<double>("SELECT v.numerator FROM indicator_values v JOIN areas a ON a.id = v.area_id WHERE v.indicator_code = 'dst.premature_mortality' AND a.code = '0411' AND v.period = '2019'");
        Assert.InRange(raw, 1, 4);
        var csvLine = csv.Split("\r\n").Single(l => l.Contains(",0411,"));
        Assert.Equal("dst.premature_mortality,municipality,0411,Christiansø,0411,2019,,,,,,suppressed,dst-fod207-doede,per_1000", csvLine);
        Assert.EndsWith(",note,kilde,enhed", csv.Split("\r\n")[0]); // Danish by default
        foreach (var doc in new[] { json, geo })
        {
            var parsed = System.Text.Json.JsonDocument.Parse(doc).RootElement;
            var list = parsed.TryGetProperty("values", out var v)
                ? v.EnumerateArray().ToList()
                : parsed.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties")).ToList();
            var christianso = list.Single(x => x.GetProperty("code").GetString() == "0411");
            Assert.Equal("suppressed", christianso.GetProperty("note").GetString());
            Assert.Equal(System.Text.Json.JsonValueKind.Null, christianso.GetProperty("value").ValueKind);
            Assert.Equal(System.Text.Json.JsonValueKind.Null, christianso.GetProperty("numerator").ValueKind);
        }
    }

    [Fact]
    public async Task ASecondMunicipalityIsSuppressedSoChristiansoCannotBeRecoveredFromDenmark()
    {
        // Denmark's total is published; with only Christiansø hidden, it would be total − Σ others.
        var values = await _client.GetJsonAsync("/api/indicators/dst.premature_mortality/values?level=municipality&period=2019");
        var suppressed = values.GetProperty("values").EnumerateArray().Where(v => v.GetProperty("note").GetString() == "suppressed").Select(v => v.GetProperty("code").GetString()).ToList();
        Assert.Contains("0411", suppressed);
        Assert.True(suppressed.Count >= 2, $"only {string.Join(",", suppressed)} suppressed");
    }

    [Fact]
    public async Task PrematureMortalityIsDeathsBeforeSeventyFivePerThousandUnderSeventyFive()
    {
        var values = await _client.GetJsonAsync("/api/indicators/dst.premature_mortality/values?level=country&period=2015-2019");
        var dk = values.GetProperty("values")[0];
        double deaths = dk.GetProperty("numerator").GetDouble(), population = dk.GetProperty("denominator").GetDouble();
        Assert.Equal(1000 * deaths / population, dk.GetProperty("value").GetDouble(), 9);
        Assert.InRange(dk.GetProperty("value").GetDouble(), 2.5, 5.0); // Denmark: roughly 3–4 per 1,000 a year
    }

    [Fact]
    public async Task TreenighedsProfileQuotesEsbjergsApplication()
    {
        var profile = await _client.GetJsonAsync("/api/areas/parish/8907/profile");
        var risk = profile.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "app.premature_death_risk");
        Assert.Equal(54, risk.GetProperty("value").GetDouble());
        Assert.Equal(35, risk.GetProperty("denmark").GetProperty("value").GetDouble());
        Assert.StartsWith("seed:003", risk.GetProperty("source").GetProperty("id").GetString());
        var population = profile.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "grid.population");
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, population.GetProperty("municipality").ValueKind);
    }

    [Fact]
    public async Task AMunicipalityProfileComparesCountBasedRatesWithDenmark()
    {
        var profile = await _client.GetJsonAsync("/api/areas/municipality/0851/profile?period=2019");
        var share65 = profile.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "dst.share_65plus");
        // Aalborg is a student city: fewer aged 65+ than Denmark, with an interval far narrower than the gap.
        Assert.Equal("lower", share65.GetProperty("comparedWithDenmark").GetString());
        Assert.True(share65.GetProperty("trend").GetArrayLength() >= 10);
    }

    [Theory]
    [InlineData("/api/indicators/no.such/values", HttpStatusCode.NotFound, null)]
    [InlineData("/api/indicators/BAD CODE/values", HttpStatusCode.BadRequest, "code")]
    [InlineData("/api/indicators/sp.daily_smokers/values?level=shire", HttpStatusCode.BadRequest, "level")]
    [InlineData("/api/indicators/sp.daily_smokers/values?period=1999", HttpStatusCode.BadRequest, "period")]
    [InlineData("/api/indicators/sp.daily_smokers/values?format=xlsx", HttpStatusCode.BadRequest, "format")]
    [InlineData("/api/indicators/sp.daily_smokers/values?level=parish", HttpStatusCode.NotFound, null)]
    [InlineData("/api/areas/parish/9999/profile", HttpStatusCode.NotFound, null)]
    public async Task BadValueQueriesAreProblems(string url, HttpStatusCode status, string? parameter)
    {
        await _client.ProblemAsync(url, status, parameter);
    }

    private async Task<HttpResponseMessage> ImportAsync(string csv) =>
        await _client.PostAsync("/api/indicators/import?source=test", new StringContent(csv, Encoding.UTF8, "text/csv"));

    [Fact]
    public async Task ADanishExcelFileWithDecimalCommasImports()
    {
        var csv = "indicator;level;area_code;period;value;numerator;denominator;ci_low;ci_high\r\n" +
                  "sp.daily_smokers;parish;8907;2099;;120;1000;;\r\n" +
                  "sp.daily_smokers;municipality;561;2099;14,5;;;13,1;15,9\r\n";
        var result = await Json.ReadAsync(await ImportAsync(csv), HttpStatusCode.OK);
        Assert.Equal(2, result.GetProperty("written").GetInt32());
        var values = await _client.GetJsonAsync("/api/indicators/sp.daily_smokers/values?level=parish&period=2099");
        var v = values.GetProperty("values")[0];
        Assert.Equal(12.0, v.GetProperty("value").GetDouble(), 9); // 120 / 1000 × 100, computed from the counts
        var m = (await _client.GetJsonAsync("/api/indicators/sp.daily_smokers/values?level=municipality&period=2099")).GetProperty("values")[0];
        Assert.Equal(14.5, m.GetProperty("value").GetDouble(), 9);
        Assert.Equal(13.1, m.GetProperty("ciLow").GetDouble(), 9);
    }

    [Fact]
    public async Task AnExcelUtf8FileWithAByteOrderMarkImports()
    {
        // Excel's "CSV UTF-8" starts with a byte-order mark; the header must still be recognised.
        var csv = "\uFEFFindicator;level;area_code;period;value;numerator;denominator;ci_low;ci_high\r\n" +
                  "sp.daily_smokers;municipality;0727;2094;11,9;;;;\r\n";
        var result = await Json.ReadAsync(await ImportAsync(csv), HttpStatusCode.OK);
        Assert.Equal(1, result.GetProperty("written").GetInt32());
    }

    [Fact]
    public async Task EveryBadRowIsListedAndNothingIsWritten()
    {
        var csv = "indicator,level,area_code,period,value,numerator,denominator,ci_low,ci_high\n" +
                  "sp.daily_smokers,parish,8907,2098,10,,,,\n" +       // line 2: fine
                  "no.such,parish,8907,2098,10,,,,\n" +                // line 3: unknown indicator
                  "sp.daily_smokers,parish,0001,2098,10,,,,\n" +       // line 4: unknown area
                  "sp.daily_smokers,parish,8087,2098,abc,,,,\n" +      // line 5: not a number
                  "sp.daily_smokers,parish,8364,2098,140,,,,\n" +      // line 6: percent > 100
                  "sp.daily_smokers,parish,7002,2098,,12,10,,\n" +     // line 7: numerator > denominator
                  "sp.daily_smokers,parish,8907,2098,11,,,,\n";        // line 8: duplicate of line 2
        var problem = await Json.ReadAsync(await ImportAsync(csv), HttpStatusCode.UnprocessableEntity);
        var errors = problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
        // Line 7 breaks two rules: 12/10 gives 120 %, and the numerator exceeds the denominator.
        Assert.Equal(["rows[3].indicator", "rows[4].area_code", "rows[5].value", "rows[6].value", "rows[7].value", "rows[7].numerator", "rows[8].area_code"], errors);
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM indicator_values WHERE period = '2098'"));
    }

    [Fact]
    public async Task AFileWithoutTheRequiredColumnsIsRefused()
    {
        var problem = await Json.ReadAsync(await ImportAsync("kommune,andel\n0727,12.6\n"), HttpStatusCode.BadRequest);
        Assert.Contains("Mangler kolonne", problem.GetProperty("errors").GetProperty("header")[0].GetString());
    }

    [Fact]
    public async Task AnUploadedSmallCountIsSuppressedWithItsSiblingAndTheRateToo()
    {
        // Two parishes of Odder with 3 and 40 residents aged 65+: the 3 is primary, and with the municipality total
        // published the 40 must go too, or 3 = total − 40.
        var csv = "indicator,level,area_code,period,value,numerator,denominator,ci_low,ci_high\n" +
                  "dst.share_65plus,municipality,0727,2097,,43,200,,\n" +
                  "dst.share_65plus,parish,8087,2097,,3,100,,\n" +
                  "dst.share_65plus,parish,8088,2097,,40,100,,\n";
        await Json.ReadAsync(await ImportAsync(csv), HttpStatusCode.OK);
        var values = await _client.GetJsonAsync("/api/indicators/dst.share_65plus/values?level=parish&period=2097");
        Assert.All(values.GetProperty("values").EnumerateArray(), v =>
        {
            Assert.Equal("suppressed", v.GetProperty("note").GetString());
            Assert.Equal(System.Text.Json.JsonValueKind.Null, v.GetProperty("value").ValueKind);
        });
    }
}
