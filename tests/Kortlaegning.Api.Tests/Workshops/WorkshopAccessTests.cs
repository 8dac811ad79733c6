using System.Net;
using System.Net.Http.Json;

namespace Kortlaegning.Api.Tests.Workshops;

[Collection(PostGisCollection.Name)]
public class WorkshopAccessTests(PostGisFixture db)
{
    private readonly WorkshopKit _kit = new(db);

    [Fact]
    public async Task TheFacilitatorKeyIsReturnedOnceAndStoredOnlyAsItsHash()
    {
        var w = await _kit.CreateAsync();
        Assert.True(w.Key.Length >= 40);
        Assert.Matches("^[A-HJ-NP-Z2-9]{6}$", w.JoinCode);
        var stored = await db.ScalarAsync<byte[]>($"SELECT facilitator_key_hash FROM workshops WHERE id = '{w.Id}'");
        Assert.Equal(32, stored.Length);
        Assert.Equal(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(w.Key)), stored);

        var publicView = await _kit.Client.GetJsonAsync($"/api/workshops/{w.Id}");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, publicView.GetProperty("joinCode").ValueKind);
        Assert.Equal("Kortlægning i Treenigheds sogn", publicView.GetProperty("title").GetString());
        Assert.Contains(publicView.GetProperty("areas").EnumerateArray(), a => a.GetProperty("code").GetString() == "8907" && a.GetProperty("focus").GetBoolean());
        var facilitatorView = await Json.ReadAsync(await _kit.SendAsync(HttpMethod.Get, $"/api/workshops/{w.Id}", key: w.Key), HttpStatusCode.OK);
        Assert.Equal(w.JoinCode, facilitatorView.GetProperty("joinCode").GetString());
    }

    [Fact]
    public async Task FacilitatorActionsRefuseAMissingOrForeignKey()
    {
        var w = await _kit.CreateAsync();
        var other = await _kit.CreateAsync();
        await WorkshopKit.ProblemAsync(await _kit.SendAsync(HttpMethod.Patch, $"/api/workshops/{w.Id}", new { locked = true }), HttpStatusCode.Unauthorized);
        await WorkshopKit.ProblemAsync(await _kit.SendAsync(HttpMethod.Patch, $"/api/workshops/{w.Id}", new { locked = true }, key: other.Key), HttpStatusCode.Forbidden);
        await WorkshopKit.ProblemAsync(await _kit.SendAsync(HttpMethod.Get, $"/api/workshops/{w.Id}/export.csv", key: "guess"), HttpStatusCode.Forbidden);
        // A participant token is not a facilitator key.
        var token = await _kit.JoinAsync(w);
        await WorkshopKit.ProblemAsync(await _kit.SendAsync(HttpMethod.Patch, $"/api/workshops/{w.Id}", new { locked = true }, token: token), HttpStatusCode.Unauthorized);
        Assert.False(await db.ScalarAsync<bool>($"SELECT locked FROM workshops WHERE id = '{w.Id}'"));
    }

    [Fact]
    public async Task CreationListsEveryBadField()
    {
        var response = await _kit.Client.PostAsJsonAsync("/api/workshops", new
        {
            title = "",
            municipality = "12345",
            focus = new { parishes = new[] { "8907" }, polygon = new { type = "Polygon" } },
            status = "running",
            voteLimit = 1000,
            categories = new[] { new { key = "Bad Key", label = "" } },
        });
        var problem = await WorkshopKit.ProblemAsync(response, HttpStatusCode.BadRequest);
        var fields = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Superset(new HashSet<string> { "title", "municipality", "date", "status", "voteLimit", "focus", "categories[0].key", "categories[0].label" }, fields);
        Assert.Equal(8, fields.Count);
    }

    [Fact]
    public async Task AnUnknownFocusParishIsNamed()
    {
        var response = await _kit.Client.PostAsJsonAsync("/api/workshops", new { title = "X", municipality = "0561", date = "2026-03-14", focus = new { parishes = new[] { "8907", "0001" } } });
        var problem = await WorkshopKit.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("0001", problem.GetProperty("errors").GetProperty("focus.parishes")[0].GetString());
    }

    [Fact]
    public async Task ADrawnPolygonCanBeTheFocus()
    {
        var p = await _kit.PointAsync();
        double d = 0.01;
        var ring = new[] { new[] { p[0] - d, p[1] - d }, new[] { p[0] + d, p[1] - d }, new[] { p[0] + d, p[1] + d }, new[] { p[0] - d, p[1] + d }, new[] { p[0] - d, p[1] - d } };
        var response = await _kit.Client.PostAsJsonAsync("/api/workshops", new
        {
            title = "Tegnet område",
            municipality = "0561",
            date = "2026-03-14",
            status = "open",
            focus = new { polygon = new { type = "Polygon", coordinates = new[] { ring } } },
        });
        var created = await Json.ReadAsync(response, HttpStatusCode.Created);
        var details = await _kit.Client.GetJsonAsync($"/api/workshops/{created.GetProperty("id").GetString()}");
        Assert.Equal("parish", details.GetProperty("areaLevel").GetString());
        Assert.Contains(details.GetProperty("areas").EnumerateArray(), a => a.GetProperty("code").GetString() == "8907");
    }

    [Fact]
    public async Task JoiningNeedsAnOpenWorkshopAndAKnownCode()
    {
        var draft = await _kit.CreateAsync(status: "draft");
        await WorkshopKit.ProblemAsync(await _kit.Client.PostAsJsonAsync("/api/workshops/join", new { code = draft.JoinCode }), HttpStatusCode.Conflict);
        await WorkshopKit.ProblemAsync(await _kit.Client.PostAsJsonAsync("/api/workshops/join", new { code = "ZZZZ99" }), HttpStatusCode.NotFound);
        await WorkshopKit.ProblemAsync(await _kit.Client.PostAsJsonAsync("/api/workshops/join", new { code = "" }), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task JoiningStoresNoPersonalData()
    {
        var w = await _kit.CreateAsync();
        var token = await _kit.JoinAsync(w, nickname: "Bente");
        var columns = await db.ScalarAsync<string>("SELECT string_agg(column_name, ',' ORDER BY column_name) FROM information_schema.columns WHERE table_name = 'workshop_participants'");
        Assert.Equal("device_hash,id,joined_at,nickname,token_hash,workshop_id", columns); // device_hash: SHA-256 of a random device cookie (issue 18)
        Assert.Equal(0L, await db.ScalarAsync<long>($"SELECT count(*) FROM workshop_participants WHERE token_hash = convert_to('{token}', 'UTF8')"));
    }

    [Fact]
    public async Task AParticipantCanChangeOnlyTheirOwnItems()
    {
        var w = await _kit.CreateAsync();
        var anna = await _kit.JoinAsync(w, "Anna");
        var bo = await _kit.JoinAsync(w, "Bo");
        var id = await _kit.AddPointAsync(w, anna);
        var url = $"/api/workshops/{w.Id}/annotations/{id}";

        await WorkshopKit.ProblemAsync(await _kit.SendAsync(HttpMethod.Patch, url, new { text = "Bo was here" }, bo), HttpStatusCode.Forbidden);
        await WorkshopKit.ProblemAsync(await _kit.SendAsync(HttpMethod.Delete, url, token: bo), HttpStatusCode.Forbidden);
        var edited = await Json.ReadAsync(await _kit.SendAsync(HttpMethod.Patch, url, new { text = "Flere bænke", category = "resource" }, anna), HttpStatusCode.OK);
        Assert.Equal("Flere bænke", edited.GetProperty("properties").GetProperty("text").GetString());
        Assert.True(edited.GetProperty("properties").GetProperty("mine").GetBoolean());

        var asBo = await _kit.ListAsync(w, bo);
        Assert.False(asBo.GetProperty("features")[0].GetProperty("properties").GetProperty("mine").GetBoolean());
        Assert.Equal(HttpStatusCode.NoContent, (await _kit.SendAsync(HttpMethod.Delete, url, token: anna)).StatusCode);
        Assert.Empty(WorkshopKit.Ids(await _kit.ListAsync(w)));
    }

    [Fact]
    public async Task ATokenWritesOnlyToTheWorkshopItWasIssuedFor()
    {
        var w = await _kit.CreateAsync();
        var other = await _kit.CreateAsync();
        var token = await _kit.JoinAsync(other);
        var p = await _kit.PointAsync();
        await WorkshopKit.ProblemAsync(await _kit.SendAsync(HttpMethod.Post, $"/api/workshops/{w.Id}/annotations", new { category = "idea", text = "x", geometry = WorkshopKit.Point(p) }, token), HttpStatusCode.Forbidden);
        await WorkshopKit.ProblemAsync(await _kit.SendAsync(HttpMethod.Post, $"/api/workshops/{w.Id}/annotations", new { category = "idea", text = "x", geometry = WorkshopKit.Point(p) }), HttpStatusCode.Unauthorized);
        await WorkshopKit.ProblemAsync(await _kit.SendAsync(HttpMethod.Post, $"/api/workshops/{w.Id}/annotations", new { category = "idea", text = "x", geometry = WorkshopKit.Point(p) }, "not-a-token"), HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("locked")]
    [InlineData("closed")]
    public async Task ALockedOrClosedWorkshopRefusesWrites(string change)
    {
        var w = await _kit.CreateAsync();
        var token = await _kit.JoinAsync(w);
        var id = await _kit.AddPointAsync(w, token);
        object patch = change == "locked" ? new { locked = true } : new { status = "closed" };
        await Json.ReadAsync(await _kit.SendAsync(HttpMethod.Patch, $"/api/workshops/{w.Id}", patch, key: w.Key), HttpStatusCode.OK);

        var p = WorkshopKit.Point(await _kit.PointAsync());
        await WorkshopKit.ProblemAsync(await _kit.SendAsync(HttpMethod.Post, $"/api/workshops/{w.Id}/annotations", new { category = "idea", text = "x", geometry = p }, token), HttpStatusCode.Conflict);
        await WorkshopKit.ProblemAsync(await _kit.SendAsync(HttpMethod.Patch, $"/api/workshops/{w.Id}/annotations/{id}", new { text = "y" }, token), HttpStatusCode.Conflict);
        await WorkshopKit.ProblemAsync(await _kit.SendAsync(HttpMethod.Post, $"/api/workshops/{w.Id}/votes", new { annotationId = id }, token), HttpStatusCode.Conflict);
        Assert.Equal(1L, await db.ScalarAsync<long>($"SELECT count(*) FROM workshop_annotations WHERE workshop_id = '{w.Id}'"));
    }

    [Fact]
    public async Task WritesBeyondTheBurstAreRateLimitedPerParticipant()
    {
        var w = await _kit.CreateAsync();
        var busy = await _kit.JoinAsync(w);
        var calm = await _kit.JoinAsync(w);
        var point = WorkshopKit.Point(await _kit.PointAsync());
        var statuses = new List<HttpStatusCode>();
        for (int i = 0; i < 11; i++)
        {
            statuses.Add((await _kit.SendAsync(HttpMethod.Post, $"/api/workshops/{w.Id}/annotations", new { category = "idea", text = $"#{i}", geometry = point }, busy)).StatusCode);
        }
        Assert.Equal(10, statuses.Count(s => s == HttpStatusCode.Created));
        var limited = await _kit.SendAsync(HttpMethod.Post, $"/api/workshops/{w.Id}/annotations", new { category = "idea", text = "more", geometry = point }, busy);
        var problem = await WorkshopKit.ProblemAsync(limited, HttpStatusCode.TooManyRequests);
        Assert.True(limited.Headers.RetryAfter is not null);
        Assert.True(problem.GetProperty("retryAfterSeconds").GetInt32() >= 1);
        // The bucket is per participant: someone else at the same table is not slowed down.
        await _kit.AddAsync(w, calm, point);
        Assert.Equal(11L, await db.ScalarAsync<long>($"SELECT count(*) FROM workshop_annotations WHERE workshop_id = '{w.Id}'"));
    }
}
