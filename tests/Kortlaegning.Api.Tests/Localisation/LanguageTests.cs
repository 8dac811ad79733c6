using System.Net;
using System.Net.Http.Json;
using System.Text;
using Kortlaegning.Api.Tests.Followup;

namespace Kortlaegning.Api.Tests.Localisation;

/// <summary>
/// Issue 17: the API answers in Danish unless Accept-Language prefers English — problem titles, field messages, CSV
/// headers and report texts — while what programs read (status, type, field names, codes in rows) stays the same.
/// </summary>
[Collection(PostGisCollection.Name)]
public class LanguageTests(PostGisFixture db)
{
    private readonly HttpClient _client = db.Client;

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, string? language, object? body = null)
    {
        var request = new HttpRequestMessage(method, url);
        if (body is not null) request.Content = JsonContent.Create(body);
        if (language is not null) request.Headers.TryAddWithoutValidation("Accept-Language", language);
        return await _client.SendAsync(request);
    }

    [Theory]
    [InlineData(null, "Målet blev ikke gemt", "'value' skal være mellem 0 og 10000000.", "da")]
    [InlineData("da-DK,da;q=0.9,en;q=0.8", "Målet blev ikke gemt", "'value' skal være mellem 0 og 10000000.", "da")]
    [InlineData("en-GB,en;q=0.9", "The target was not stored", "'value' must be between 0 and 10000000.", "en")]
    [InlineData("de-DE", "Målet blev ikke gemt", "'value' skal være mellem 0 og 10000000.", "da")] // unsupported → Danish
    public async Task A422IsInTheRequestedLanguageWithTheSameFieldNamesAndType(string? language, string title, string message, string contentLanguage)
    {
        int id = await _client.CreateProjectAsync("Sprog (test)");
        var response = await SendAsync(HttpMethod.Post, $"/api/projects/{id}/targets", language, new { metric = "participants", year = 2026, value = -5 });
        var problem = await Json.ReadAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.Equal([message], problem.GetProperty("errors").GetProperty("value").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains(message, problem.GetProperty("detail").GetString());
        Assert.Equal(422, problem.GetProperty("status").GetInt32());
        Assert.Equal("https://tools.ietf.org/html/rfc4918#section-11.2", problem.GetProperty("type").GetString());
        Assert.Contains(contentLanguage, response.Content.Headers.ContentLanguage);
    }

    [Fact]
    public async Task ANotFoundIsTranslatedWhereverItIsMade()
    {
        var da = await Json.ReadAsync(await SendAsync(HttpMethod.Get, "/api/projects/987654/progress", null), HttpStatusCode.NotFound);
        Assert.Equal("Ikke fundet", da.GetProperty("title").GetString());
        Assert.Equal("Projekt 987654 findes ikke.", da.GetProperty("detail").GetString());
        var en = await Json.ReadAsync(await SendAsync(HttpMethod.Get, "/api/projects/987654/progress", "en"), HttpStatusCode.NotFound);
        Assert.Equal("Not found", en.GetProperty("title").GetString());
        Assert.Equal("No project 987654.", en.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task TheReportCsvHeaderAndTextsFollowTheLanguageButTheRowCodesDoNot()
    {
        int id = await _client.CreateProjectAsync("Sprog i rapporten (test)");
        int walk = (await _client.CreateActivityAsync(id)).GetProperty("id").GetInt32();
        await _client.TargetAsync(id, new { metric = "participants", year = 2026, value = 100 });
        await _client.RegisterAsync(id, walk, "2026-02-10", 40);
        async Task<string> Csv(string? language) =>
            Encoding.UTF8.GetString(await (await SendAsync(HttpMethod.Get, $"/api/projects/{id}/report?period=2026&format=csv", language)).Content.ReadAsByteArrayAsync());

        var da = await Csv(null);
        Assert.StartsWith("tabel,navn,periode,mål,opnået,forventet,status,sted,spor\r\n", da);
        var en = await Csv("en");
        Assert.StartsWith("table,name,period,target,achieved,expected,status,place,track\r\n", en);
        // The rows name tables and metrics by code in both: programs filter on them.
        Assert.Contains("\r\ntargets,participants,2026,", da);
        Assert.Contains("\r\ntargets,participants,2026,", en);

        var mdDa = await (await SendAsync(HttpMethod.Get, $"/api/projects/{id}/report?period=2026&format=md", "da")).Content.ReadAsStringAsync();
        Assert.Contains("## Mål og fremdrift", mdDa);
        var mdEn = await (await SendAsync(HttpMethod.Get, $"/api/projects/{id}/report?period=2026&format=md", "en")).Content.ReadAsStringAsync();
        Assert.Contains("## Targets and progress", mdEn);
        Assert.Contains("Status report for the year 2026", mdEn);
        var html = await (await SendAsync(HttpMethod.Get, $"/api/projects/{id}/report?period=2026&format=html", "en")).Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"en\">", html);
        Assert.DoesNotContain("Mål og fremdrift", html);
    }

    [Fact]
    public async Task TheValuesAndRankingCsvHeadersFollowTheLanguageAndTheRowsDoNot()
    {
        const string values = "/api/indicators/dst.premature_mortality/values?level=municipality&period=2019&format=csv";
        var da = await (await SendAsync(HttpMethod.Get, values, null)).Content.ReadAsStringAsync();
        Assert.StartsWith("indikator,niveau,områdekode,områdenavn,kommunekode,periode,værdi,tæller,nævner,ki_nedre,ki_øvre,note,kilde,enhed\r\n", da);
        var en = await (await SendAsync(HttpMethod.Get, values, "en")).Content.ReadAsStringAsync();
        Assert.StartsWith("indicator,level,area_code,area_name,municipality_code,period,value,numerator,denominator,ci_low,ci_high,note,source,unit\r\n", en);
        Assert.Equal(da[da.IndexOf('\n')..], en[en.IndexOf('\n')..]);

        var presets = await _client.GetJsonAsync("/api/rankings/presets");
        var ranking = $"/api/rankings/presets/{presets[0].GetProperty("id").GetInt32()}/result?format=csv";
        var rda = await (await SendAsync(HttpMethod.Get, ranking, "da")).Content.ReadAsStringAsync();
        Assert.StartsWith("niveau,kode,navn,kommunekode,score,rang,kvintil,rang_p5,rang_p95,andel_i_top_n,markeringer,perioder\r\n", rda);
        var ren = await (await SendAsync(HttpMethod.Get, ranking, "en")).Content.ReadAsStringAsync();
        Assert.StartsWith("level,code,name,municipality_code,score,rank,quintile,rank_p5,rank_p95,top_n_share,flags,periods\r\n", ren);
        // Every row names the period of each indicator it ranks on.
        var firstRow = ren.Split("\r\n")[1];
        Assert.Matches(@",[a-z_.0-9]+=\d{4}", firstRow);
    }

    /// <summary>
    /// One refused request per feature: the message in Danish without Accept-Language, in English with it. The English
    /// side is the wording clients matched before (the workshop and planner pages, scripts).
    /// </summary>
    [Theory]
    [InlineData("GET", "/api/areas/parish/9999", null, null, "Koden 9999 findes ikke på niveauet sogn.", "No parish with code 9999.")]
    [InlineData("GET", "/api/indicators/nope.x", null, null, "Indikatoren 'nope.x' findes ikke. GET /api/indicators viser dem.", "No indicator 'nope.x'. GET /api/indicators lists them.")]
    [InlineData("GET", "/api/facilities?type=nope", null, "type", "Ukendt type: nope; en af: health_centre (Sundhedscenter / sundhedshus)", "Unknown type(s) nope; one of: health_centre (Health centre)")]
    [InlineData("GET", "/api/access?type=nope", null, "type", "Ukendt type 'nope'; en af: health_centre (Sundhedscenter / sundhedshus)", "Unknown type 'nope'; one of: health_centre (Health centre)")]
    [InlineData("GET", "/tiles/municipalities/30/0/0.mvt", null, "z", "Zoom 30 ligger uden for 0–16.", "Zoom 30 is outside 0–16.")]
    [InlineData("GET", "/ogc/collections/nope", null, null, "Samlingen 'nope' findes ikke; GET /ogc/collections viser dem.", "No collection 'nope'; GET /ogc/collections lists them.")]
    [InlineData("GET", "/ogc/collections/parish/items?sortby=colour", null, "sortby", "Der kan ikke sorteres efter 'colour'", "'colour' cannot be sorted by")]
    [InlineData("GET", "/ogc/collections/parish/items?filter=name%20%3D", null, "filter", "Ikke CQL2-tekst: Forventede en værdi (tekst, tal, TRUE/FALSE) efter operatoren, men fandt filterets slutning ved tegn 7.", "Not CQL2 text: Expected a literal (string, number, TRUE/FALSE) after the operator but found the end of the filter at character 7.")]
    [InlineData("GET", "/ogc/collections/parish/items?filter=areaKm2%20%3D%20%27big%27", null, "filter", "'areaKm2' er af typen tal og kan ikke sammenlignes med en værdi af typen tekst.", "'areaKm2' is a number and cannot be compared with a text.")]
    [InlineData("POST", "/api/areas/estimate", "{a:1}", null, "Ikke gyldig JSON: 'a' kan ikke begynde et egenskabsnavn; forventede '\"'. (linje 1, byte 2)", "Not valid JSON: 'a' is an invalid start of a property name. Expected a '\"'.")]
    [InlineData("GET", "/api/plans/demand?municipality=0751&source=points", null, "source", "En af: grid, parishes, housing_departments (punkter uploades sammen med et scenarie).", "One of: grid, parishes, housing_departments (points are uploaded with a scenario).")]
    [InlineData("POST", "/api/rankings/", "{\"level\":\"parish\",\"indicators\":[]}", "indicators", "Vælg mindst én indikator.", "Choose at least one indicator.")]
    [InlineData("GET", "/api/network/isochrone?lon=x&lat=56", null, "lon", "'lon' skal udfyldes: grader øst (WGS84).", "'lon' is required: degrees east (WGS84).")]
    [InlineData("POST", "/api/workshops/join", "{\"code\":\"ZZZZ9Q\"}", null, "Ingen workshop har den kode.", "No workshop has that code.")]
    [InlineData("GET", "/api/audit?format=xml", null, "format", "json eller csv.", "json or csv.")]
    public async Task EachFeatureRefusesInDanishUnlessEnglishIsAsked(string method, string url, string? body, string? field, string danish, string english)
    {
        async Task<string> Message(string? language)
        {
            var request = new HttpRequestMessage(new HttpMethod(method), url);
            if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, "application/json");
            if (language is not null) request.Headers.TryAddWithoutValidation("Accept-Language", language);
            var response = await _client.SendAsync(request);
            Assert.True((int)response.StatusCode >= 400, $"{method} {url} answered {(int)response.StatusCode}");
            var problem = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            return field is null ? problem.GetProperty("detail").GetString()! : problem.GetProperty("errors").GetProperty(field)[0].GetString()!;
        }
        Assert.StartsWith(danish, await Message(null));
        Assert.StartsWith(english, await Message("en"));
    }

    [Fact]
    public async Task TheAuditCsvHeaderFollowsTheLanguage()
    {
        async Task<string> Csv(string? language) =>
            await (await SendAsync(HttpMethod.Get, "/api/audit?format=csv&limit=1", language)).Content.ReadAsStringAsync();
        Assert.StartsWith("id,tidspunkt,aktørtype,aktør,aktør_id,endepunkt,objekttype,objekt_id,kommunekode,version_før,version_efter,handling\n", await Csv(null));
        Assert.StartsWith("id,at,actor_kind,actor_name,actor_id,endpoint,entity,entity_id,municipality,version_before,version_after,action\n", await Csv("en"));
    }

    [Fact]
    public async Task AnswersThatDependOnTheLanguageSayItInVaryAndTilesDoNot()
    {
        foreach (var url in new[] { "/api/indicators", "/api/projects/987654/progress", "/ogc/collections/parish/items?limit=1" })
        {
            var response = await SendAsync(HttpMethod.Get, url, "en");
            Assert.Contains("Accept-Language", response.Headers.Vary);
            // The second time comes from the read cache where it applies: the header is there too.
            Assert.Contains("Accept-Language", (await SendAsync(HttpMethod.Get, url, "en")).Headers.Vary);
        }
        var tile = await SendAsync(HttpMethod.Get, "/tiles/municipalities/7/67/40.mvt", null);
        Assert.Equal(HttpStatusCode.OK, tile.StatusCode);
        Assert.DoesNotContain("Accept-Language", tile.Headers.Vary);
    }
}
