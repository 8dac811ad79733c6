using System.Net;

namespace Kortlaegning.Api.Tests.Workshops;

[Collection(PostGisCollection.Name)]
public class WorkshopExportTests(PostGisFixture db)
{
    private const string Script = "<script>alert('x')</script> & \"venner\"";
    private readonly WorkshopKit _kit = new(db);

    private async Task<(WorkshopKit.Created W, long Top)> SeedAsync()
    {
        var w = await _kit.CreateAsync();
        var token = await _kit.JoinAsync(w, "<b>nick</b>");
        var top = await _kit.AddPointAsync(w, token, "meeting_place", Script);
        await _kit.AddPointAsync(w, token, "resource", "=HYPERLINK(\"http://x\")", dx: 25);
        await _kit.AddPointAsync(w, token, "barrier", "# Overskrift\n| tabel |", dx: 50);
        var hidden = await _kit.AddPointAsync(w, token, "idea", "skjult", dx: 75);
        await Json.ReadAsync(await _kit.SendAsync(HttpMethod.Put, $"/api/workshops/{w.Id}/annotations/{hidden}/moderation", new { status = "hidden" }, key: w.Key), HttpStatusCode.OK);
        var voter = await _kit.JoinAsync(w);
        await Json.ReadAsync(await _kit.SendAsync(HttpMethod.Post, $"/api/workshops/{w.Id}/votes", new { annotationId = top }, voter), HttpStatusCode.Created);
        return (w, top);
    }

    private async Task<(HttpResponseMessage Response, string Text)> GetAsync(WorkshopKit.Created w, string path)
    {
        var response = await _kit.SendAsync(HttpMethod.Get, $"/api/workshops/{w.Id}/{path}", key: w.Key);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return (response, text);
    }

    [Fact]
    public async Task TheCsvHeaderAndTheSummaryAreInEnglishWhenAskedFor()
    {
        var (w, _) = await SeedAsync();
        async Task<string> English(string path)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, $"/api/workshops/{w.Id}/{path}");
            request.Headers.Add("X-Facilitator-Key", w.Key);
            request.Headers.Add("Accept-Language", "en-GB,en;q=0.9");
            var response = await _kit.Client.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, text);
            return text;
        }
        var csv = (await English("export.csv")).TrimStart('\uFEFF');
        // The English header is the column list the export always had: scripts keep reading it.
        Assert.StartsWith("id;category;category_label;text;status;geometry_type;votes;lon;lat;areas;blurred;merged_into;created_at\r\n", csv);
        Assert.Contains(";no;", csv);
        Assert.DoesNotContain(";nej;", csv);
        var md = await English("summary.md");
        Assert.Contains("## Contributions by category", md);
        Assert.Contains("## Most dots", md);
        Assert.DoesNotContain("Flest prikker", md);
        Assert.Contains("<html lang=\"en\">", await English("summary.html"));
    }

    [Fact]
    public async Task TheHtmlSummaryNeverReturnsAScriptUnescaped()
    {
        var (w, _) = await SeedAsync();
        var (response, html) = await GetAsync(w, "summary.html");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &quot;venner&quot;", html);
        Assert.Contains("Mødested", html);
        Assert.Contains("Treenigheds", html);
        Assert.DoesNotContain("skjult", html);
    }

    [Fact]
    public async Task TheMarkdownSummaryEscapesHtmlAndMarkdown()
    {
        var (w, _) = await SeedAsync();
        var (_, md) = await GetAsync(w, "summary.md");
        Assert.DoesNotContain("<script", md, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", md);
        Assert.DoesNotContain("\n# Overskrift", md);
        Assert.Contains("| Mødested | 1 |", md);
        // The top-voted item comes first in the list.
        Assert.Matches(@"## Flest prikker\n\n1\. \*\*Mødested\*\* \(1 prikker", md);
    }

    [Fact]
    public async Task TheCsvIsForDanishExcelAndDefusesFormulas()
    {
        var (w, top) = await SeedAsync();
        var (response, csv) = await GetAsync(w, "export.csv");
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id;kategori;kategorinavn;tekst;status;", lines[0]); // Danish headers by default
        Assert.Equal(4, lines.Length); // header + 3 published (the multi-line text is quoted)
        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\")\"", csv);
        Assert.Matches($@"^{top};meeting_place;Mødested;", lines[1]);
        Assert.Matches(@";8,\d{6};55,\d{6};8907;", lines[1]);
        var (_, all) = await GetAsync(w, "export.csv?include=all");
        Assert.Contains("skjult", all);
    }

    [Fact]
    public async Task TheGeoJsonExportIsAFeatureCollectionWithVotesAndAreas()
    {
        var (w, top) = await SeedAsync();
        var (response, text) = await GetAsync(w, "export.geojson");
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        var fc = System.Text.Json.JsonDocument.Parse(text).RootElement;
        var features = fc.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(3, features.Count);
        var first = features.Single(f => f.GetProperty("id").GetInt64() == top).GetProperty("properties");
        Assert.Equal(Script, first.GetProperty("text").GetString()); // stored as given; JSON carries it safely
        Assert.Equal(1, first.GetProperty("votes").GetInt64());
        await WorkshopKit.ProblemAsync(await _kit.SendAsync(HttpMethod.Get, $"/api/workshops/{w.Id}/export.geojson?include=secret", key: w.Key), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task CountsImportAsOwnIndicatorsNamedAfterTheirCategory()
    {
        var (w, _) = await SeedAsync();
        var analyst = await db.ClientForAsync("analyst-0561-ws@test.dk", "analyst", "0561");
        await Json.ReadAsync(await analyst.PostAsync($"/api/workshops/{w.Id}/indicators/import", null), HttpStatusCode.Forbidden);
        var planner = await db.ClientForAsync("planner-0740-ws@test.dk", "planner", "0740");
        await Json.ReadAsync(await planner.PostAsync($"/api/workshops/{w.Id}/indicators/import", null), HttpStatusCode.Forbidden);

        var facilitator = await db.ClientForAsync("facilitator-0561@test.dk", "facilitator", "0561");
        var result = await Json.ReadAsync(await facilitator.PostAsync($"/api/workshops/{w.Id}/indicators/import", null), HttpStatusCode.OK);
        Assert.Equal(3, result.GetProperty("written").GetInt32());
        Assert.Contains("workshop.0561.meeting_place", result.GetProperty("indicators").EnumerateArray().Select(i => i.GetString()));
        var info = await _kit.Client.GetJsonAsync("/api/indicators/workshop.0561.meeting_place");
        Assert.Equal("0561", info.GetProperty("municipality").GetString());
        Assert.Contains("2026-03-14", info.GetProperty("periods").EnumerateArray().Select(p => p.GetString()));
        var values = await _kit.Client.GetJsonAsync("/api/indicators/workshop.0561.meeting_place/values?level=parish&period=2026-03-14");
        Assert.Equal(1, values.GetProperty("values")[0].GetProperty("value").GetDouble());
        Assert.True(await db.ScalarAsync<long>("SELECT count(*) FROM audit_log WHERE entity = 'indicator_values' AND entity_id = 'workshop.0561.meeting_place'") >= 1);
        // Imported again, by a planner of Esbjerg: the definitions are reused, not duplicated.
        var esbjergPlanner = await db.ClientForAsync("planner-0561-ws@test.dk", "planner", "0561");
        await Json.ReadAsync(await esbjergPlanner.PostAsync($"/api/workshops/{w.Id}/indicators/import", null), HttpStatusCode.OK);
        Assert.Equal(1L, await db.ScalarAsync<long>("SELECT count(*) FROM indicators WHERE code = 'workshop.0561.meeting_place'"));
    }

    [Fact]
    public async Task CountsByAreaAndCategoryBecomeIndicatorRows()
    {
        var (w, _) = await SeedAsync();
        var rows = await _kit.Client.GetJsonAsync($"/api/workshops/{w.Id}/indicators");
        var list = rows.EnumerateArray().ToList();
        Assert.Equal(3, list.Count);
        var row = list.Single(r => r.GetProperty("indicator").GetString() == "workshop.0561.meeting_place");
        Assert.Equal("parish", row.GetProperty("level").GetString());
        Assert.Equal("8907", row.GetProperty("areaCode").GetString());
        Assert.Equal("2026-03-14", row.GetProperty("period").GetString());
        Assert.Equal(1, row.GetProperty("value").GetInt64());
    }

    [Fact]
    public async Task TheQrCodeIsAnSvgOfTheJoinUrl()
    {
        var w = await _kit.CreateAsync();
        var (response, svg) = await GetAsync(w, "qr.svg");
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("<svg", svg.TrimStart()[svg.TrimStart().IndexOf("<svg", StringComparison.Ordinal)..]);
    }
}
