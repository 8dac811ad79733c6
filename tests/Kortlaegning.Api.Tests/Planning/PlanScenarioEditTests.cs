using System.Net;
using System.Text.Json;
using Npgsql;
using static Kortlaegning.Api.Tests.Planning.ScenarioClient;

namespace Kortlaegning.Api.Tests.Planning;

/// <summary>PUT and DELETE of stored scenarios under optimistic concurrency (ETag "v{version}", If-Match required).</summary>
[Collection(PostGisCollection.Name)]
public class PlanScenarioEditTests(PostGisFixture db)
{
    private readonly HttpClient _client = db.Client;

    [Fact]
    public async Task AnEditReplacesTheDefinitionAndClearsTheResultTheRunHadStored()
    {
        var (id, etag) = await _client.CreateScenarioAsync(Esbjerg("Edit: one spot", 1));
        Assert.Equal("\"v1\"", etag);

        // A run replaces the stored result, so it is a new version too.
        var run = await _client.PostAsync($"/api/plans/scenarios/{id}/run", null);
        await Json.ReadAsync(run, HttpStatusCode.OK);
        Assert.Equal("\"v2\"", run.Headers.ETag!.Tag);
        var ran = await _client.GetAsync($"/api/plans/scenarios/{id}");
        var stored = await Json.ReadAsync(ran, HttpStatusCode.OK);
        Assert.Equal("\"v2\"", ran.Headers.ETag!.Tag);
        Assert.Equal(2, stored.GetProperty("version").GetInt32());
        Assert.Equal(JsonValueKind.Object, stored.GetProperty("result").ValueKind);

        var put = await _client.EditScenarioAsync(id, "\"v2\"", Esbjerg("Edit: two spots, Torvet fixed", 2, ["c1"]));
        var edited = await Json.ReadAsync(put, HttpStatusCode.OK);
        Assert.Equal("\"v3\"", put.Headers.ETag!.Tag);
        Assert.Equal(3, edited.GetProperty("version").GetInt32());

        var now = await _client.GetJsonAsync($"/api/plans/scenarios/{id}");
        Assert.Equal("Edit: two spots, Torvet fixed", now.GetProperty("name").GetString());
        Assert.Equal(2, now.GetProperty("parameters").GetProperty("k").GetInt32());
        Assert.Equal(["c1"], now.GetProperty("fixed").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal(JsonValueKind.Null, now.GetProperty("result").ValueKind);
        Assert.Equal(stored.GetProperty("createdAt").GetString(), now.GetProperty("createdAt").GetString());
    }

    [Fact]
    public async Task AnEditIsCheckedAsACreateIsAndABadOneChangesNothing()
    {
        var (id, etag) = await _client.CreateScenarioAsync(Esbjerg("Edit: checked", 1));
        var problem = await Json.ReadAsync(await _client.EditScenarioAsync(id, etag, Esbjerg("Edit: checked", 9, ["c7"])), HttpStatusCode.BadRequest);
        var fields = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Superset(new HashSet<string> { "parameters.k", "fixed[0]" }, fields);

        var bad = new { name = "", municipality = "9999", demand = new { source = "rooftops" }, parameters = new { objective = "mclp", k = 1 } };
        problem = await Json.ReadAsync(await _client.EditScenarioAsync(id, etag, bad), HttpStatusCode.BadRequest);
        fields = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Superset(new HashSet<string> { "name", "municipality", "demand.source" }, fields);

        var malformed = new HttpRequestMessage(HttpMethod.Put, $"/api/plans/scenarios/{id}") { Content = new StringContent("{\"name\": ", System.Text.Encoding.UTF8, "application/json") };
        malformed.Headers.TryAddWithoutValidation("If-Match", etag);
        var response = await _client.SendAsync(malformed);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        await Json.ReadAsync(response, HttpStatusCode.BadRequest);

        var now = await _client.GetJsonAsync($"/api/plans/scenarios/{id}");
        Assert.Equal(1, now.GetProperty("version").GetInt32());
        Assert.Equal(1, now.GetProperty("parameters").GetProperty("k").GetInt32());
    }

    [Fact]
    public async Task RenamingToANameTakenInTheMunicipalityIsAConflict()
    {
        await _client.CreateScenarioAsync(Esbjerg("Edit: taken", 1));
        var (id, etag) = await _client.CreateScenarioAsync(Esbjerg("Edit: free", 1));
        var problem = await Json.ReadAsync(await _client.EditScenarioAsync(id, etag, Esbjerg("Edit: taken", 2)), HttpStatusCode.Conflict);
        Assert.Contains("Edit: taken", problem.GetProperty("detail").GetString());

        var now = await _client.GetJsonAsync($"/api/plans/scenarios/{id}");
        Assert.Equal("Edit: free", now.GetProperty("name").GetString());
        Assert.Equal(1, now.GetProperty("version").GetInt32());
        // Keeping its own name is no conflict.
        await Json.ReadAsync(await _client.EditScenarioAsync(id, etag, Esbjerg("Edit: free", 2)), HttpStatusCode.OK);
    }

    [Fact]
    public async Task EditsWithoutIfMatchAreRefusedWith428NamingTheScenarioPath()
    {
        var (id, _) = await _client.CreateScenarioAsync(Esbjerg("Edit: no If-Match", 1));
        foreach (var response in new[] { await _client.EditScenarioAsync(id, null, Esbjerg("Edit: no If-Match", 2)), await _client.EditScenarioAsync(id, null) })
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = await Json.ReadAsync(response, HttpStatusCode.PreconditionRequired);
            var detail = problem.GetProperty("detail").GetString()!;
            Assert.Contains("/api/plans/scenarios/{id}", detail);
            Assert.DoesNotContain("facilit", detail);
        }
        // Not an ETag of this service: refused, not taken as "any version".
        await Json.ReadAsync(await _client.EditScenarioAsync(id, "\"abc\""), HttpStatusCode.PreconditionFailed);
        Assert.Equal(1, (await _client.GetJsonAsync($"/api/plans/scenarios/{id}")).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task AStaleETagIsRefusedWith412AndTheCurrentETag()
    {
        var (id, etag) = await _client.CreateScenarioAsync(Esbjerg("Edit: stale", 1));
        // Two planners read version 1; the first saves, the second's save and delete must not overwrite it.
        await Json.ReadAsync(await _client.EditScenarioAsync(id, etag, Esbjerg("Edit: stale, by A", 2)), HttpStatusCode.OK);
        foreach (var response in new[] { await _client.EditScenarioAsync(id, etag, Esbjerg("Edit: stale, by B", 3)), await _client.EditScenarioAsync(id, etag) })
        {
            var problem = await Json.ReadAsync(response, HttpStatusCode.PreconditionFailed);
            Assert.Equal("\"v2\"", problem.GetProperty("currentETag").GetString());
        }
        var now = await _client.GetJsonAsync($"/api/plans/scenarios/{id}");
        Assert.Equal("Edit: stale, by A", now.GetProperty("name").GetString());
        Assert.Equal(2, now.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task AStarOverwritesWhateverVersionIsStored()
    {
        var (id, _) = await _client.CreateScenarioAsync(Esbjerg("Edit: star", 1));
        await _client.RunScenarioAsync(id);
        var put = await _client.EditScenarioAsync(id, "*", Esbjerg("Edit: star, overwritten", 2));
        Assert.Equal(3, (await Json.ReadAsync(put, HttpStatusCode.OK)).GetProperty("version").GetInt32());
        Assert.Equal(HttpStatusCode.NoContent, (await _client.EditScenarioAsync(id, "*")).StatusCode);
    }

    [Fact]
    public async Task ADeletedScenarioIsGone()
    {
        var (id, etag) = await _client.CreateScenarioAsync(Esbjerg("Edit: deleted", 1));
        Assert.Equal(HttpStatusCode.NoContent, (await _client.EditScenarioAsync(id, etag)).StatusCode);
        await _client.ProblemAsync($"/api/plans/scenarios/{id}", HttpStatusCode.NotFound);
        await Json.ReadAsync(await _client.EditScenarioAsync(id, "*"), HttpStatusCode.NotFound);
        await Json.ReadAsync(await _client.EditScenarioAsync(id, "*", Esbjerg("Edit: deleted", 2)), HttpStatusCode.NotFound);
        await Json.ReadAsync(await _client.PostAsync($"/api/plans/scenarios/{id}/run", null), HttpStatusCode.NotFound);
        // The name is free again.
        await _client.CreateScenarioAsync(Esbjerg("Edit: deleted", 1));
    }

    [Fact]
    public async Task OfTwoConcurrentEditsWithTheSameETagExactlyOneWins()
    {
        var (id, etag) = await _client.CreateScenarioAsync(Esbjerg("Edit: race", 1));
        // The row is held from outside until both edits wait on it, so they surely overlap: left to timing, the second
        // would mostly arrive after the first had committed, and a check-then-write race would go unseen.
        await using var conn = new NpgsqlConnection(db.ConnectionString);
        await conn.OpenAsync();
        await using var hold = await conn.BeginTransactionAsync();
        await using (var cmd = new NpgsqlCommand($"SELECT 1 FROM plan_scenarios WHERE id = {id} FOR UPDATE", conn, hold)) await cmd.ExecuteNonQueryAsync();
        var edits = new[]
        {
            _client.EditScenarioAsync(id, etag, Esbjerg("Edit: race, by A", 2)),
            _client.EditScenarioAsync(id, etag, Esbjerg("Edit: race, by B", 3)),
        };
        await WaitForLockWaitersAsync(2);
        await hold.CommitAsync();

        var responses = await Task.WhenAll(edits);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.PreconditionFailed], responses.Select(r => r.StatusCode).Order());
        var loser = await Json.ReadAsync(responses.Single(r => r.StatusCode != HttpStatusCode.OK), HttpStatusCode.PreconditionFailed);
        Assert.Equal("\"v2\"", loser.GetProperty("currentETag").GetString());
        var winner = await Json.ReadAsync(responses.Single(r => r.StatusCode == HttpStatusCode.OK), HttpStatusCode.OK);
        var now = await _client.GetJsonAsync($"/api/plans/scenarios/{id}");
        Assert.Equal(2, now.GetProperty("version").GetInt32());
        Assert.Equal(winner.GetProperty("name").GetString(), now.GetProperty("name").GetString());
    }

    /// <summary>Until <paramref name="count"/> sessions of the test database wait on a lock on plan_scenarios (at most 60 s).</summary>
    private async Task WaitForLockWaitersAsync(int count)
    {
        const string sql = "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE '%plan_scenarios%'";
        for (var waited = System.Diagnostics.Stopwatch.StartNew(); waited.Elapsed < TimeSpan.FromSeconds(60); await Task.Delay(50))
        {
            if (await db.ScalarAsync<long>(sql) >= count) return;
        }
        Assert.Fail($"Fewer than {count} edits came to wait on the held scenario row within 60 s.");
    }
}
