using System.Net;
using System.Net.Http.Json;
using Kortlaegning.Api.Tests.Planning;
using Kortlaegning.Api.Tests.Workshops;

namespace Kortlaegning.Api.Tests.Accounts;

/// <summary>
/// The second gate of issue 13: a role granted for one municipality writes only that municipality's data. Odder's
/// planner and facilitator (0727) try Esbjerg's (0561) facilities, scenarios, workshops and follow-up projects and get
/// 403 naming the policy and the owner, with nothing changed; Esbjerg's own planner succeeds, and every successful write
/// leaves exactly one audit row (with the actor) while a refused one leaves none.
/// </summary>
[Collection(PostGisCollection.Name)]
public sealed class OwnershipTests(PostGisFixture db)
{
    // A point in Esbjerg (Torvet, Treenigheds parish).
    private const double Lon = 8.4385, Lat = 55.485;

    private Task<long> AuditRowsAsync(string entity, string? id = null) =>
        db.ScalarAsync<long>($"SELECT count(*) FROM audit_log WHERE entity = '{entity}'" + (id is null ? "" : $" AND entity_id = '{id}'"));

    private static async Task AssertForbiddenForOdderAsync(HttpResponseMessage response, string policy)
    {
        var problem = await Json.ReadAsync(response, HttpStatusCode.Forbidden);
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains(policy, detail, StringComparison.Ordinal);
        Assert.Contains("0561", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FacilitiesBelongToTheMunicipalityTheyLieIn()
    {
        using var odder = await db.ClientForAsync("planner-odder@own.test", "planner", "0727");
        using var esbjerg = await db.ClientForAsync("planner-esbjerg@own.test", "planner", "0561");
        var body = new { name = "ILLUSTRATIVE ownership hall", type = "library", lon = Lon, lat = Lat };

        long before = await AuditRowsAsync("facility");
        await AssertForbiddenForOdderAsync(await odder.PostAsJsonAsync("/api/facilities", body), "planner");
        Assert.Equal(before, await AuditRowsAsync("facility"));

        var created = await esbjerg.PostAsJsonAsync("/api/facilities", body);
        var feature = await Json.ReadAsync(created, HttpStatusCode.Created);
        var id = feature.GetProperty("properties").GetProperty("id").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("0561", feature.GetProperty("properties").GetProperty("municipality").GetString());
        Assert.Equal(1, await db.ScalarAsync<long>($"SELECT count(*) FROM audit_log WHERE entity = 'facility' AND entity_id = '{id}' AND action = 'create' AND municipality = '0561' AND actor_name LIKE 'planner-esbjerg@own.test%' AND version_after = 1"));

        var put = new HttpRequestMessage(HttpMethod.Put, $"/api/facilities/{id}") { Content = JsonContent.Create(body with { }) };
        put.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"v1\""));
        await AssertForbiddenForOdderAsync(await odder.SendAsync(put), "planner");
        var delete = new HttpRequestMessage(HttpMethod.Delete, $"/api/facilities/{id}");
        delete.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"v1\""));
        await AssertForbiddenForOdderAsync(await odder.SendAsync(delete), "planner");
        Assert.Equal(1, await db.ScalarAsync<long>($"SELECT count(*) FROM facilities WHERE id = {id} AND version = 1"));

        // Esbjerg's planner cannot move it into Odder either (the right is needed where it goes, too).
        var move = new HttpRequestMessage(HttpMethod.Put, $"/api/facilities/{id}") { Content = JsonContent.Create(new { name = body.name, type = body.type, lon = 10.15, lat = 55.97 }) };
        move.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"v1\""));
        var moved = await Json.ReadAsync(await esbjerg.SendAsync(move), HttpStatusCode.Forbidden);
        Assert.Contains("0727", moved.GetProperty("detail").GetString()!, StringComparison.Ordinal);

        var remove = new HttpRequestMessage(HttpMethod.Delete, $"/api/facilities/{id}");
        remove.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"v1\""));
        Assert.Equal(HttpStatusCode.NoContent, (await esbjerg.SendAsync(remove)).StatusCode);
        Assert.Equal(1, await db.ScalarAsync<long>($"SELECT count(*) FROM audit_log WHERE entity = 'facility' AND entity_id = '{id}' AND action = 'delete' AND version_before = 1"));
    }

    [Fact]
    public async Task AFacilityImportNeedsTheImportRightWhereEveryRowLies()
    {
        using var odder = await db.ClientForAsync("analyst-odder@own.test", "analyst", "0727");
        const string csv = "name,type,lon,lat\nILLUSTRATIVE Odder hall,library,10.15,55.97\nILLUSTRATIVE Esbjerg hall,library,8.4385,55.485\n";
        long facilities = await db.ScalarAsync<long>("SELECT count(*) FROM facilities");
        var response = await odder.PostAsync("/api/facilities/import", new StringContent(csv, System.Text.Encoding.UTF8, "text/csv"));
        await AssertForbiddenForOdderAsync(response, "analyst");
        Assert.Equal(facilities, await db.ScalarAsync<long>("SELECT count(*) FROM facilities"));
    }

    [Fact]
    public async Task ScenariosBelongToTheirMunicipality()
    {
        using var odder = await db.ClientForAsync("planner-odder@own.test", "planner", "0727");
        using var esbjerg = await db.ClientForAsync("planner-esbjerg@own.test", "planner", "0561");
        long before = await AuditRowsAsync("scenario");
        await AssertForbiddenForOdderAsync(await odder.PostAsJsonAsync("/api/plans/scenarios", ScenarioClient.Esbjerg("Ownership: Odder tries", 1)), "planner");
        Assert.Equal(before, await AuditRowsAsync("scenario"));

        var (id, etag) = await esbjerg.CreateScenarioAsync(ScenarioClient.Esbjerg("Ownership: Esbjerg's own", 1));
        Assert.Equal(1, await AuditRowsAsync("scenario", id.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        // A draft: Esbjerg's planners read it, nobody else does (not even that it exists); published, everyone does.
        using var anonymous = db.AnonymousClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/plans/scenarios/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await odder.GetAsync($"/api/plans/scenarios/{id}")).StatusCode);
        Assert.DoesNotContain($"\"id\":{id},", await anonymous.GetStringAsync("/api/plans/scenarios?municipality=0561"), StringComparison.Ordinal);
        Assert.Equal("draft", (await Json.ReadAsync(await esbjerg.GetAsync($"/api/plans/scenarios/{id}"), HttpStatusCode.OK)).GetProperty("state").GetString());
        var publish = new HttpRequestMessage(HttpMethod.Put, $"/api/plans/scenarios/{id}/state") { Content = JsonContent.Create(new { state = "published" }) };
        publish.Headers.TryAddWithoutValidation("If-Match", etag);
        var odderPublish = new HttpRequestMessage(HttpMethod.Put, $"/api/plans/scenarios/{id}/state") { Content = JsonContent.Create(new { state = "published" }) };
        odderPublish.Headers.TryAddWithoutValidation("If-Match", etag);
        await AssertForbiddenForOdderAsync(await odder.SendAsync(odderPublish), "planner");
        var published = await esbjerg.SendAsync(publish);
        Assert.Equal("published", (await Json.ReadAsync(published, HttpStatusCode.OK)).GetProperty("state").GetString());
        etag = published.Headers.ETag!.Tag;
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/plans/scenarios/{id}")).StatusCode);
        Assert.Equal(1, await db.ScalarAsync<long>($"SELECT count(*) FROM audit_log WHERE entity = 'scenario' AND entity_id = '{id}' AND action = 'publish'"));
        await AssertForbiddenForOdderAsync(await odder.PostAsync($"/api/plans/scenarios/{id}/run", null), "planner");
        var delete = new HttpRequestMessage(HttpMethod.Delete, $"/api/plans/scenarios/{id}");
        delete.Headers.TryAddWithoutValidation("If-Match", etag);
        await AssertForbiddenForOdderAsync(await odder.SendAsync(delete), "planner");
        Assert.Equal(1, await db.ScalarAsync<long>($"SELECT count(*) FROM plan_scenarios WHERE id = {id}"));
    }

    [Fact]
    public async Task WorkshopsAreCreatedAndRunByFacilitatorsOfTheirMunicipality()
    {
        using var odder = await db.ClientForAsync("facilitator-odder@own.test", "facilitator", "0727");
        var body = new { title = "Ownership workshop", municipality = "0561", date = "2026-03-14", focus = new { parishes = new[] { "8907" } }, status = "open" };
        await AssertForbiddenForOdderAsync(await odder.PostAsJsonAsync("/api/workshops", body), "facilitator");

        // Esbjerg's workshop (created by the fixture's admin): Odder's facilitator holding its key still cannot steer it.
        var kit = new WorkshopKit(db);
        var w = await kit.CreateAsync();
        Assert.Equal(1, await AuditRowsAsync("workshop", w.Id));
        var patch = new HttpRequestMessage(HttpMethod.Patch, $"/api/workshops/{w.Id}") { Content = JsonContent.Create(new { locked = true }) };
        patch.Headers.Add("X-Facilitator-Key", w.Key);
        await AssertForbiddenForOdderAsync(await odder.SendAsync(patch), "facilitator");
        Assert.False(await db.ScalarAsync<bool>($"SELECT locked FROM workshops WHERE id = '{w.Id}'"));

        // Residents write without an account; the trail names their participant token's id, never a person.
        var token = await kit.JoinAsync(w);
        var point = await kit.PointAsync();
        var added = await kit.SendAsync(HttpMethod.Post, $"/api/workshops/{w.Id}/annotations",
            new { category = "meeting_place", text = "Her mødes vi", geometry = WorkshopKit.Point(point) }, token: token);
        var item = await Json.ReadAsync(added, HttpStatusCode.Created);
        var itemId = item.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(1, await db.ScalarAsync<long>($"SELECT count(*) FROM audit_log WHERE entity = 'workshop_annotation' AND entity_id = '{itemId}' AND actor_kind = 'participant' AND actor_id IS NOT NULL AND municipality = '0561'"));
        Assert.Equal(1, await db.ScalarAsync<long>($"SELECT count(*) FROM audit_log a JOIN workshop_participants p ON p.id::text = a.actor_id WHERE a.entity = 'workshop_participant' AND a.action = 'join' AND p.workshop_id = '{w.Id}'"));
    }

    [Fact]
    public async Task FollowupProjectsBelongToTheirMunicipality()
    {
        using var odder = await db.ClientForAsync("planner-odder@own.test", "planner", "0727");
        using var esbjerg = await db.ClientForAsync("planner-esbjerg@own.test", "planner", "0561");
        var body = new { title = "Ownership project", municipality = "0561", start = "2026-01-01", end = "2029-12-31", focus = new { parishes = new[] { "8907" } } };
        long before = await AuditRowsAsync("project");
        await AssertForbiddenForOdderAsync(await odder.PostAsJsonAsync("/api/projects", body), "planner");
        Assert.Equal(before, await AuditRowsAsync("project"));

        var created = await Json.ReadAsync(await esbjerg.PostAsJsonAsync("/api/projects", body), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt32();
        Assert.Equal(1, await AuditRowsAsync("project", id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("draft", created.GetProperty("state").GetString());
        using var anonymous = db.AnonymousClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/projects/{id}/progress")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/projects/{id}/report?period=2026&format=csv")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await odder.GetAsync($"/api/projects/{id}")).StatusCode);
        var publish = new HttpRequestMessage(HttpMethod.Put, $"/api/projects/{id}/state") { Content = JsonContent.Create(new { state = "published" }) };
        publish.Headers.TryAddWithoutValidation("If-Match", "\"v1\"");
        Assert.Equal("published", (await Json.ReadAsync(await esbjerg.SendAsync(publish), HttpStatusCode.OK)).GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/projects/{id}")).StatusCode);
        await AssertForbiddenForOdderAsync(await odder.PostAsJsonAsync($"/api/projects/{id}/targets", new { metric = "participants", year = 2026, value = 100 }), "planner");
        var delete = new HttpRequestMessage(HttpMethod.Delete, $"/api/projects/{id}");
        delete.Headers.TryAddWithoutValidation("If-Match", "\"v2\"");
        await AssertForbiddenForOdderAsync(await odder.SendAsync(delete), "planner");
        Assert.Equal(1, await db.ScalarAsync<long>($"SELECT count(*) FROM followup_projects WHERE id = {id}"));
    }
}
