using System.Net;
using System.Net.Http.Json;
using System.Text;
using static Kortlaegning.Api.Tests.Followup.FollowupClient;

namespace Kortlaegning.Api.Tests.Followup;

[Collection(PostGisCollection.Name)]
public class FollowupReportTests(PostGisFixture db)
{
    private readonly HttpClient _client = db.Client;

    /// <summary>Published figures: anonymous readers (the admin and the owner's planners see raw counts).</summary>
    private readonly HttpClient _public = db.AnonymousClient();

    /// <summary>A project with Q1 = 40 participants, Q2 = 3 (small), Q3 = 30 in 2026, and a target of 100.</summary>
    private async Task<int> ProjectWithASmallQuarterAsync(string title)
    {
        int id = await _client.CreateProjectAsync(title);
        int walk = (await _client.CreateActivityAsync(id)).GetProperty("id").GetInt32();
        await _client.TargetAsync(id, new { metric = "participants", year = 2026, value = 100, track = "=HYPERLINK(\"x\")" });
        await _client.TargetAsync(id, new { metric = "participants", year = 2026, value = 100 });
        await _client.RegisterAsync(id, walk, "2026-02-10", 40);
        await _client.RegisterAsync(id, walk, "2026-05-12", 3);
        await _client.RegisterAsync(id, walk, "2026-08-18", 30);
        return id;
    }

    [Fact]
    public async Task TheReportComesAsPrintableHtmlMarkdownAndCsv()
    {
        int id = await ProjectWithASmallQuarterAsync("Statusrapport <test> & co");
        var html = await _client.GetAsync($"/api/projects/{id}/report?period=2026&format=html");
        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        var page = await html.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Statusrapport &lt;test&gt; &amp; co</h1>", page); // text from data is encoded
        Assert.Contains("@media print", page);
        Assert.Contains("<svg", page); // the overview map and the chart
        Assert.Contains("Treenigheds", page);
        Assert.DoesNotContain("<script", page);
        Assert.Contains("Kilder", page);

        var md = await (await _client.GetAsync($"/api/projects/{id}/report?period=2026&format=md")).Content.ReadAsStringAsync();
        Assert.StartsWith("# Statusrapport", md);
        Assert.Contains("| Mål | Periode | Mål | Opnået | Forventet | Status |", md);
        Assert.Contains("| Deltagere | 73 |", md); // the year: 40 + 3 + 30

        var csv = await _client.GetAsync($"/api/projects/{id}/report?period=2026&format=csv&delimiter=semicolon");
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("tabel;navn;periode;mål;opnået", text); // Danish headers by default (LanguageTests: English)
        Assert.Contains(";\"'=HYPERLINK(\"\"x\"\")\"", text); // neutralised, then quoted
        Assert.Contains("totals;participants;2026;;73;", text);
        var comma = await (await _client.GetAsync($"/api/projects/{id}/report?period=2026Q1&format=csv")).Content.ReadAsByteArrayAsync();
        Assert.NotEqual(Encoding.UTF8.GetPreamble(), comma[..3]);

        await Json.ReadAsync(await _client.GetAsync($"/api/projects/{id}/report?period=2026Q5"), HttpStatusCode.BadRequest);
        await Json.ReadAsync(await _client.GetAsync($"/api/projects/{id}/report?period=2026&format=pdf"), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task ASmallQuarterIsWithheldAndCannotBeRecoveredFromTheYearAndTheOtherQuarters()
    {
        int id = await ProjectWithASmallQuarterAsync("Små tal (test)");
        await _client.PublishProjectAsync(id);
        async Task<string> Total(string period)
        {
            var csv = await (await _public.GetAsync($"/api/projects/{id}/report?period={period}&format=csv")).Content.ReadAsStringAsync();
            return csv.Split("\r\n").Single(l => l.StartsWith("totals,participants,", StringComparison.Ordinal)).Split(',')[4];
        }
        var year = await Total("2026");
        var quarters = new[] { await Total("2026Q1"), await Total("2026Q2"), await Total("2026Q3"), await Total("2026Q4") };
        Assert.Equal("skjult", quarters[1]); // Q2 = 3
        // Year − Q1 − Q3 − Q4 would give Q2: so at least one more of them is withheld.
        Assert.Contains("skjult", new[] { year, quarters[0], quarters[2], quarters[3] });

        // The monthly chart of Q2: May (3) is withheld, and so is another month, or the quarter (withheld) could not be derived anyway.
        var md = await (await _public.GetAsync($"/api/projects/{id}/report?period=2026Q2&format=md")).Content.ReadAsStringAsync();
        Assert.Contains("| 2026-05 | skjult |", md);

        // Progress (dashboard) agrees: the year to date after May cannot be published next to the year to date after April.
        var april = await _public.GetJsonAsync($"/api/projects/{id}/progress?at=2026-04-30");
        var may = await _public.GetJsonAsync($"/api/projects/{id}/progress?at=2026-05-31");
        double? A(System.Text.Json.JsonElement p) => p.GetProperty("targets")[1].GetProperty("achieved") is var a && a.ValueKind == System.Text.Json.JsonValueKind.Number ? a.GetDouble() : null;
        Assert.False(A(april) is not null && A(may) is not null, $"April {A(april)} and May {A(may)} would give May's 3");
    }
}
