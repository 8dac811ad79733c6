using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using static Kortlaegning.Api.Tests.Followup.FollowupClient;

namespace Kortlaegning.Api.Tests.Followup;

[Collection(PostGisCollection.Name)]
public class FollowupApiTests(PostGisFixture db)
{
    private readonly HttpClient _client = db.Client;

    /// <summary>Published figures: anonymous readers (the admin and the owner's planners see raw counts).</summary>
    private readonly HttpClient _public = db.AnonymousClient();

    [Fact]
    public async Task AProjectIsCreatedAndEditedOnlyUnderIfMatch()
    {
        int id = await _client.CreateProjectAsync();
        var get = await _client.GetAsync($"/api/projects/{id}");
        var project = await Json.ReadAsync(get, HttpStatusCode.OK);
        Assert.Equal("\"v1\"", get.Headers.ETag!.Tag);
        Assert.Equal("0561", project.GetProperty("municipality").GetString());
        Assert.Equal("8907", project.GetProperty("focus").GetProperty("parishes")[0].GetString());
        Assert.Equal("housing_organisation", project.GetProperty("partners")[0].GetProperty("kind").GetString());

        var body = new { title = "Hverdagssundhed – Sammen", municipality = "0561", start = "2026-01-01", end = "2029-12-31", focus = new { parishes = new[] { "8907" } } };
        Assert.Equal((HttpStatusCode)428, (await _client.PutAsJsonAsync($"/api/projects/{id}", body)).StatusCode);
        var ok = await Send(HttpMethod.Put, $"/api/projects/{id}", body, "\"v1\"");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("\"v2\"", ok.Headers.ETag!.Tag);
        var stale = await Send(HttpMethod.Put, $"/api/projects/{id}", body, "\"v1\"");
        var problem = await Json.ReadAsync(stale, HttpStatusCode.PreconditionFailed);
        Assert.Equal("\"v2\"", problem.GetProperty("currentETag").GetString());
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await Send(HttpMethod.Delete, $"/api/projects/{id}", null, "\"v1\"")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Send(HttpMethod.Delete, $"/api/projects/{id}", null, "\"v2\"")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/api/projects/{id}")).StatusCode);
    }

    [Fact]
    public async Task BadInputIsAnsweredWith422NamingTheField()
    {
        await UnprocessableAsync(await _client.PostAsJsonAsync("/api/projects", new { title = "x", municipality = "0561", start = "2026-01-01", end = "2029-12-31", focus = new { parishes = new[] { "0000" } } }), "focus.parishes[0]");
        await UnprocessableAsync(await _client.PostAsJsonAsync("/api/projects", new { title = "x", municipality = "561x", start = "2026-01-01", end = "2025-12-31" }), "end");
        int id = await _client.CreateProjectAsync();
        await UnprocessableAsync(await _client.PostAsJsonAsync($"/api/projects/{id}/activities", new { title = "x", kind = "walk", place = new { type = "facility", facilityId = 999999 }, start = "2026-02-01" }), "place.facilityId");
        await UnprocessableAsync(await _client.PostAsJsonAsync($"/api/projects/{id}/activities", new { title = "x", kind = "walk", place = new { type = "department", code = "nowhere" }, start = "2026-02-01" }), "place.code");
        await UnprocessableAsync(await _client.PostAsJsonAsync($"/api/projects/{id}/activities", new { title = "x", kind = "dance", place = new { type = "point", lon = 8.45, lat = 55.47 }, start = "2026-02-01" }), "kind");
        int activity = (await _client.CreateActivityAsync(id, Activity(start: "2026-02-01", end: "2026-06-30"))).GetProperty("id").GetInt32();
        var url = $"/api/projects/{id}/activities/{activity}/registrations";
        await UnprocessableAsync(await _client.PostAsJsonAsync(url, new { date = "2026-03-01", participants = -1 }), "participants");
        await UnprocessableAsync(await _client.PostAsJsonAsync(url, new { date = "2026-07-01", participants = 5 }), "date");
        await UnprocessableAsync(await _client.PostAsJsonAsync(url, new { month = "2026-01", participants = 5 }), "month");
        await UnprocessableAsync(await _client.PostAsJsonAsync(url, new { date = "2026-03-01", participants = 5, byAgeBand = new Dictionary<string, int> { ["30-49"] = 9 } }), "byAgeBand");
        await UnprocessableAsync(await _client.PostAsJsonAsync($"/api/projects/{id}/activities/999999/registrations", new { date = "2026-03-01", participants = 5 }), "activityId");
        await UnprocessableAsync(await _client.PostAsJsonAsync($"/api/projects/{id}/targets", new { metric = "participants", value = 250 }), "year");
        await UnprocessableAsync(await _client.PostAsJsonAsync($"/api/projects/{id}/targets", new { metric = "participants", year = 2026, value = 10, place = "parish:1234" }), "place");
        await UnprocessableAsync(await _client.PostAsJsonAsync($"/api/projects/{id}/targets", new { metric = "smiles", year = 2026, value = 10 }), "metric");
    }

    [Fact]
    public async Task AnActivityInCentralEsbjergLiesInTheFocusParishAndCountsAreWithheldFromAnonymousReaders()
    {
        int id = await _client.CreateProjectAsync();
        await _client.PublishProjectAsync(id);
        var a = await _client.CreateActivityAsync(id);
        Assert.Equal("parish:8907", a.GetProperty("focusPlace").GetString());
        Assert.Equal("8907", a.GetProperty("parish").GetString());
        Assert.Equal("0561", a.GetProperty("municipality").GetString());
        int activity = a.GetProperty("id").GetInt32();
        await _client.RegisterAsync(id, activity, "2026-03-03", 12, 4);
        var month = await Json.ReadAsync(await _client.PostAsJsonAsync($"/api/projects/{id}/activities/{activity}/registrations", new { month = "2026-04", participants = 30 }), HttpStatusCode.Created);
        Assert.Equal("2026-04", month.GetProperty("month").GetString());
        var list = await _public.GetJsonAsync($"/api/projects/{id}/activities/{activity}/registrations");
        Assert.Equal(2, list.GetArrayLength());
        Assert.All(list.EnumerateArray(), r => Assert.Equal(JsonValueKind.Null, r.GetProperty("participants").ValueKind));
        // Esbjerg's own planner sees the raw counts of Esbjerg's project; Odder's planner sees the published ones.
        using var owner = await db.ClientForAsync("planner-esbjerg@followup.test", "planner", "0561");
        using var other = await db.ClientForAsync("planner-odder@followup.test", "planner", "0727");
        var raw = await owner.GetJsonAsync($"/api/projects/{id}/activities/{activity}/registrations");
        Assert.Equal([12, 30], raw.EnumerateArray().Select(r => r.GetProperty("participants").GetInt32()).Order().ToArray());
        var published = await other.GetJsonAsync($"/api/projects/{id}/activities/{activity}/registrations");
        Assert.All(published.EnumerateArray(), r => Assert.Equal(JsonValueKind.Null, r.GetProperty("participants").ValueKind));
        Assert.Equal(42, await db.ScalarAsync<long>($"SELECT sum(participants) FROM followup_registrations WHERE project_id = {id}"));
        Assert.Equal("0561", await db.ScalarAsync<string>($"SELECT DISTINCT municipality FROM followup_registrations WHERE project_id = {id}"));
    }

    [Fact]
    public async Task ACsvFromDanishExcelIsImportedWholeOrNotAtAll()
    {
        int id = await _client.CreateProjectAsync();
        int activity = (await _client.CreateActivityAsync(id)).GetProperty("id").GetInt32();
        var url = $"/api/projects/{id}/activities/{activity}/registrations";
        const string bad = "\uFEFFdato;deltagere;nye_deltagere\r\n05-01-2026;12;3\r\n12-01-2026;-4;0\r\n19-01-2026;9,5;1\r\n";
        var problem = await UnprocessableAsync(await _client.PostAsync(url, Csv(bad)), "rows[3].participants");
        Assert.True(problem.GetProperty("errors").TryGetProperty("rows[4].participants", out _)); // 9,5 is not a whole number
        Assert.Equal(0, await db.ScalarAsync<long>($"SELECT count(*) FROM followup_registrations WHERE activity_id = {activity}"));

        const string good = "\uFEFFdato;deltagere;nye_deltagere;ambassadører\r\n05-01-2026;12;3;1\r\n2026-01-12;14,0;2;0\r\n19.01.2026;9;1;0\r\n";
        var imported = await Json.ReadAsync(await _client.PostAsync(url, Csv(good)), HttpStatusCode.OK);
        Assert.Equal(3, imported.GetProperty("imported").GetInt32());
        Assert.Equal(35, await db.ScalarAsync<long>($"SELECT sum(participants) FROM followup_registrations WHERE activity_id = {activity}"));
    }

    [Fact]
    public async Task ProgressComparesTheAchievedWithTheProRataTargetAndWithholdsSmallCounts()
    {
        int id = await _client.CreateProjectAsync();
        await _client.PublishProjectAsync(id);
        int walk = (await _client.CreateActivityAsync(id)).GetProperty("id").GetInt32();
        int course = (await _client.CreateActivityAsync(id, Activity("Sund mad", kind: "course", track: "health"))).GetProperty("id").GetInt32();
        int participants = await _client.TargetAsync(id, new { metric = "participants", year = 2026, value = 120 });
        int health = await _client.TargetAsync(id, new { metric = "participants", year = 2026, value = 20, track = "health" });
        await _client.TargetAsync(id, new { metric = "new_activities", year = 2026, value = 4 });
        await _client.RegisterAsync(id, walk, "2026-01-13", 20);
        await _client.RegisterAsync(id, walk, "2026-02-10", 15);
        await _client.RegisterAsync(id, course, "2026-02-17", 3);
        await _client.RegisterAsync(id, walk, "2026-03-10", 22);

        var p = await _public.GetJsonAsync($"/api/projects/{id}/progress?at=2026-03-31");
        Assert.False(p.GetProperty("rawCounts").GetBoolean());
        var targets = p.GetProperty("targets").EnumerateArray().ToDictionary(t => t.GetProperty("targetId").GetInt32());
        // 60 achieved against 120 × 90/365 = 29.6 expected: ahead.
        Assert.Equal(60, targets[participants].GetProperty("achieved").GetDouble());
        Assert.Equal(29.59, targets[participants].GetProperty("expected").GetDouble(), 2);
        Assert.Equal("ahead", targets[participants].GetProperty("status").GetString());
        // The health track has 3: withheld, with no status.
        Assert.Equal(JsonValueKind.Null, targets[health].GetProperty("achieved").ValueKind);
        Assert.True(targets[health].GetProperty("withheld").GetBoolean());
        var places = p.GetProperty("places").EnumerateArray().ToDictionary(x => x.GetProperty("place").GetString()!);
        Assert.Equal(2, places["parish:8907"].GetProperty("activities").GetInt32());
        Assert.Equal("Treenigheds", places["parish:8907"].GetProperty("name").GetString());
        Assert.Equal(60, places["parish:8907"].GetProperty("participants").GetInt64());
        var months = p.GetProperty("monthly").EnumerateArray().Select(m => m.GetProperty("participants")).ToList();
        Assert.Equal(20, months[0].GetInt64());
        Assert.Equal(18, months[1].GetInt64()); // 15 + 3: publishable as a month
        // At mid-March the published figures stand at the end of February.
        var mid = await _public.GetJsonAsync($"/api/projects/{id}/progress?at=2026-03-15");
        Assert.Equal("2026-02-28", mid.GetProperty("figuresThrough").GetString());
        Assert.Equal(38, mid.GetProperty("targets").EnumerateArray().First(t => t.GetProperty("targetId").GetInt32() == participants).GetProperty("achieved").GetDouble());
        await Json.ReadAsync(await _public.GetAsync($"/api/projects/{id}/progress?at=31-03-2026"), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task TheEquityFigureIsTheShareInTheTopNeedQuintileOfAParishRanking()
    {
        var preset = await Json.ReadAsync(await _client.PostAsJsonAsync("/api/rankings/presets", new
        {
            name = "Esbjerg sogne efter tæthed (follow-up test)",
            author = "tests",
            body = new { level = "parish", scope = new { municipalities = new[] { "0561" } }, indicators = new[] { new { code = "grid.density", weight = 1 } } },
        }), HttpStatusCode.Created);
        int presetId = preset.GetProperty("id").GetInt32();
        int id = await _client.CreateProjectAsync();
        int walk = (await _client.CreateActivityAsync(id)).GetProperty("id").GetInt32();
        await _client.RegisterAsync(id, walk, "2026-02-10", 25);
        var equity = (await _client.GetJsonAsync($"/api/projects/{id}/progress?at=2026-06-30&ranking={presetId}")).GetProperty("equity");
        var top = equity.GetProperty("topQuintileParishes").EnumerateArray().Select(x => x.GetString()).ToList();
        Assert.NotEmpty(top);
        Assert.Equal(1, equity.GetProperty("activities").GetInt32());
        Assert.Equal(top.Contains("8907") ? 1.0 : 0.0, equity.GetProperty("activityShare").GetDouble());
        // 25 participants, all at Torvet: published (25 and 0 are both safe), so the share is 1 or 0 like the activity's.
        Assert.Equal(top.Contains("8907") ? 1.0 : 0.0, equity.GetProperty("participantShare").GetDouble());
    }

    [Fact]
    public async Task PresetsNameTheirSeedAndApplyToAProject()
    {
        var presets = await _client.GetJsonAsync("/api/projects/target-presets");
        Assert.Equal(5, presets.GetArrayLength());
        Assert.All(presets.EnumerateArray(), p => Assert.StartsWith("../shared/seeds/00", p.GetProperty("seed").GetString()));
        var aalborg = presets.EnumerateArray().Single(p => p.GetProperty("id").GetString() == "aalborg");
        Assert.Equal(6, aalborg.GetProperty("targets").GetArrayLength());
        int id = await _client.CreateProjectAsync();
        var added = await Json.ReadAsync(await _client.PostAsJsonAsync($"/api/projects/{id}/targets/from-preset", new { preset = "esbjerg" }), HttpStatusCode.OK);
        Assert.Equal(2, added.GetArrayLength());
        Assert.Contains("003_9c4865bc11503809", added[0].GetProperty("source").GetString());
        Assert.Equal("health_spots", added[1].GetProperty("metric").GetString());
        var odder = await Json.ReadAsync(await _client.PostAsJsonAsync($"/api/projects/{id}/targets/from-preset", new { preset = "odder" }), HttpStatusCode.OK);
        Assert.Equal("2029-12-31", odder[0].GetProperty("to").GetString()); // whole project
        await UnprocessableAsync(await _client.PostAsJsonAsync($"/api/projects/{id}/targets/from-preset", new { preset = "roskilde" }), "preset");
    }

    [Fact]
    public async Task ACandidateSiteOfAPlanningScenarioBecomesAHealthSpotInOneAction()
    {
        var scenario = await Json.ReadAsync(await _client.PostAsJsonAsync("/api/plans/scenarios", Planning.ScenarioClient.Esbjerg("Esbjerg spots (follow-up test)", 2)), HttpStatusCode.Created);
        int id = await _client.CreateProjectAsync();
        var a = await Json.ReadAsync(await _client.PostAsJsonAsync($"/api/projects/{id}/activities/from-scenario",
            new { scenarioId = scenario.GetProperty("id").GetInt32(), siteId = "c1", start = "2026-04-01" }), HttpStatusCode.Created);
        Assert.Equal("health_spot", a.GetProperty("kind").GetString());
        Assert.Equal("Torvet", a.GetProperty("title").GetString());
        Assert.Equal(8.452, a.GetProperty("place").GetProperty("lon").GetDouble(), 4);
        Assert.Equal("point", a.GetProperty("place").GetProperty("type").GetString());
        Assert.NotNull(a.GetProperty("parish").GetString());
        await UnprocessableAsync(await _client.PostAsJsonAsync($"/api/projects/{id}/activities/from-scenario", new { scenarioId = scenario.GetProperty("id").GetInt32(), siteId = "nope" }), "siteId");
        await UnprocessableAsync(await _client.PostAsJsonAsync($"/api/projects/{id}/activities/from-scenario", new { scenarioId = 999999, siteId = "c1" }), "scenarioId");
    }

    [Fact]
    public async Task ActivitiesAndTargetsAreEditedUnderIfMatch()
    {
        int id = await _client.CreateProjectAsync();
        var a = await _client.CreateActivityAsync(id);
        int activity = a.GetProperty("id").GetInt32();
        var url = $"/api/projects/{id}/activities/{activity}";
        Assert.Equal((HttpStatusCode)428, (await _client.PutAsJsonAsync(url, Activity("Ny titel"))).StatusCode);
        var ok = await Send(HttpMethod.Put, url, Activity("Ny titel"), "\"v1\"");
        Assert.Equal("Ny titel", (await Json.ReadAsync(ok, HttpStatusCode.OK)).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await Send(HttpMethod.Put, url, Activity("Igen"), "\"v1\"")).StatusCode);
        int target = await _client.TargetAsync(id, new { metric = "participants", year = 2026, value = 100 });
        Assert.Equal((HttpStatusCode)428, (await _client.DeleteAsync($"/api/projects/{id}/targets/{target}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Send(HttpMethod.Put, $"/api/projects/{id}/targets/{target}", new { metric = "participants", year = 2026, value = 150 }, "*")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Send(HttpMethod.Delete, $"/api/projects/{id}/targets/{target}", null, "\"v2\"")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Send(HttpMethod.Delete, url, null, "\"v2\"")).StatusCode);
    }

    internal static StringContent Csv(string text) => new(text, System.Text.Encoding.UTF8, "text/csv");

    private async Task<HttpResponseMessage> Send(HttpMethod method, string url, object? body, string ifMatch)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await _client.SendAsync(request);
    }
}
