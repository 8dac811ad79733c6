using System.Net;

namespace Kortlaegning.Api.Tests.Workshops;

[Collection(PostGisCollection.Name)]
public class WorkshopModerationTests(PostGisFixture db)
{
    private readonly WorkshopKit _kit = new(db);

    [Fact]
    public async Task HiddenAndUnderReviewItemsAreSeenOnlyByTheFacilitator()
    {
        var w = await _kit.CreateAsync();
        var token = await _kit.JoinAsync(w);
        var a = await _kit.AddPointAsync(w, token, text: "A");
        var b = await _kit.AddPointAsync(w, token, text: "B", dx: 20);
        var c = await _kit.AddPointAsync(w, token, text: "C", dx: 40);
        await Json.ReadAsync(await _kit.SendAsync(HttpMethod.Put, $"/api/workshops/{w.Id}/annotations/{a}/moderation", new { status = "hidden" }, key: w.Key), HttpStatusCode.OK);
        await Json.ReadAsync(await _kit.SendAsync(HttpMethod.Put, $"/api/workshops/{w.Id}/annotations/{b}/moderation", new { status = "under_review" }, key: w.Key), HttpStatusCode.OK);

        Assert.Equal([c], WorkshopKit.Ids(await _kit.ListAsync(w, token)));
        Assert.Equal([c], WorkshopKit.Ids(await _kit.ListAsync(w)));
        Assert.Equal([a, b, c], WorkshopKit.Ids(await _kit.ListAsync(w, key: w.Key)));
        var counts = await _kit.Client.GetJsonAsync($"/api/workshops/{w.Id}/counts");
        Assert.Equal(1, counts.GetProperty("total").GetInt64());
        // A hidden item cannot collect dots.
        await WorkshopKit.ProblemAsync(await _kit.SendAsync(HttpMethod.Post, $"/api/workshops/{w.Id}/votes", new { annotationId = a }, token), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TheFacilitatorCanRecategoriseButNotIntoAnUnknownCategory()
    {
        var w = await _kit.CreateAsync();
        var token = await _kit.JoinAsync(w);
        var a = await _kit.AddPointAsync(w, token);
        var moved = await Json.ReadAsync(await _kit.SendAsync(HttpMethod.Put, $"/api/workshops/{w.Id}/annotations/{a}/moderation", new { category = "meeting_place" }, key: w.Key), HttpStatusCode.OK);
        Assert.Equal("meeting_place", moved.GetProperty("properties").GetProperty("category").GetString());
        await WorkshopKit.ProblemAsync(await _kit.SendAsync(HttpMethod.Put, $"/api/workshops/{w.Id}/annotations/{a}/moderation", new { category = "nope" }, key: w.Key), HttpStatusCode.BadRequest);
        await WorkshopKit.ProblemAsync(await _kit.SendAsync(HttpMethod.Put, $"/api/workshops/{w.Id}/annotations/{a}/moderation", new { status = "deleted" }, key: w.Key), HttpStatusCode.BadRequest);
        await WorkshopKit.ProblemAsync(await _kit.SendAsync(HttpMethod.Put, $"/api/workshops/{w.Id}/annotations/999999/moderation", new { status = "hidden" }, key: w.Key), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task MergingHidesTheDuplicateAndMovesItsDotsWithoutCountingAnyoneTwice()
    {
        var w = await _kit.CreateAsync();
        var author = await _kit.JoinAsync(w);
        var target = await _kit.AddPointAsync(w, author, "meeting_place", "Fælleshuset");
        var duplicate = await _kit.AddPointAsync(w, author, "meeting_place", "fælleshus", dx: 15);
        var both = await _kit.JoinAsync(w);
        var onlyDuplicate = await _kit.JoinAsync(w);
        foreach (var (t, aid) in new[] { (both, target), (both, duplicate), (onlyDuplicate, duplicate) })
        {
            await Json.ReadAsync(await _kit.SendAsync(HttpMethod.Post, $"/api/workshops/{w.Id}/votes", new { annotationId = aid }, t), HttpStatusCode.Created);
        }
        var merged = await Json.ReadAsync(await _kit.SendAsync(HttpMethod.Post, $"/api/workshops/{w.Id}/annotations/{duplicate}/merge", new { into = target }, key: w.Key), HttpStatusCode.OK);
        Assert.Equal(2, merged.GetProperty("properties").GetProperty("votes").GetInt64());
        Assert.Equal([target], WorkshopKit.Ids(await _kit.ListAsync(w)));
        Assert.Equal(target, await db.ScalarAsync<long>($"SELECT merged_into_id FROM workshop_annotations WHERE id = {duplicate}"));
        await WorkshopKit.ProblemAsync(await _kit.SendAsync(HttpMethod.Post, $"/api/workshops/{w.Id}/annotations/{target}/merge", new { into = target }, key: w.Key), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task EachParticipantHasALimitedNumberOfDotsOnePerTarget()
    {
        var w = await _kit.CreateAsync(voteLimit: 2);
        var token = await _kit.JoinAsync(w);
        var a = await _kit.AddPointAsync(w, token);
        var b = await _kit.AddPointAsync(w, token, dx: 30);
        var vote = (object body) => _kit.SendAsync(HttpMethod.Post, $"/api/workshops/{w.Id}/votes", body, token);

        await Json.ReadAsync(await vote(new { annotationId = a }), HttpStatusCode.Created);
        await WorkshopKit.ProblemAsync(await vote(new { annotationId = a }), HttpStatusCode.Conflict); // same target twice
        var me = await Json.ReadAsync(await vote(new { area = "8907" }), HttpStatusCode.Created);
        Assert.Equal(0, me.GetProperty("left").GetInt32());
        await WorkshopKit.ProblemAsync(await vote(new { annotationId = b }), HttpStatusCode.Conflict); // no dots left
        await WorkshopKit.ProblemAsync(await vote(new { annotationId = a, area = "8907" }), HttpStatusCode.BadRequest);

        var first = me.GetProperty("votes")[0].GetProperty("id").GetInt64();
        await Json.ReadAsync(await _kit.SendAsync(HttpMethod.Delete, $"/api/workshops/{w.Id}/votes/{first}", token: token), HttpStatusCode.OK);
        await WorkshopKit.ProblemAsync(await vote(new { area = "0001" }), HttpStatusCode.NotFound);
        await Json.ReadAsync(await vote(new { annotationId = b }), HttpStatusCode.Created);
        var counts = await _kit.Client.GetJsonAsync($"/api/workshops/{w.Id}/counts");
        Assert.Equal(1, counts.GetProperty("areaVotes")[0].GetProperty("votes").GetInt64());
    }

    [Fact]
    public async Task ParallelVotesCannotExceedTheLimit()
    {
        var w = await _kit.CreateAsync(voteLimit: 3);
        var author = await _kit.JoinAsync(w);
        var ids = new List<long>();
        for (int i = 0; i < 8; i++) ids.Add(await _kit.AddPointAsync(w, author, dx: i * 10));
        var voter = await _kit.JoinAsync(w);
        var results = await Task.WhenAll(ids.Select(id => _kit.SendAsync(HttpMethod.Post, $"/api/workshops/{w.Id}/votes", new { annotationId = id }, voter)));
        Assert.Equal(3, results.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(3L, await db.ScalarAsync<long>($"SELECT count(*) FROM workshop_votes WHERE workshop_id = '{w.Id}'"));
    }

    [Fact]
    public async Task CategoriesAreEditableButOneInUseCannotBeRemoved()
    {
        var w = await _kit.CreateAsync();
        var token = await _kit.JoinAsync(w);
        await _kit.AddPointAsync(w, token, "idea");
        var set = (object body) => _kit.SendAsync(HttpMethod.Put, $"/api/workshops/{w.Id}/categories", body, key: w.Key);
        var problem = await WorkshopKit.ProblemAsync(await set(new[] { new { key = "resource", label = "Ressource" } }), HttpStatusCode.Conflict);
        Assert.Equal("idea", problem.GetProperty("inUse")[0].GetString());
        var details = await Json.ReadAsync(await set(new[] { new { key = "idea", label = "Gode idéer" }, new { key = "green_space", label = "Grønt område" } }), HttpStatusCode.OK);
        Assert.Equal(new[] { "idea", "green_space" }, details.GetProperty("categories").EnumerateArray().Select(c => c.GetProperty("key").GetString()!).ToArray());
    }

    [Fact]
    public async Task AMeetingPlaceBecomesACandidateSpotWithOneAction()
    {
        var w = await _kit.CreateAsync();
        var token = await _kit.JoinAsync(w);
        var place = await _kit.AddPointAsync(w, token, "meeting_place", "Fælleshuset i afd. 10");
        var idea = await _kit.AddPointAsync(w, token, "idea", dx: 10);
        var convert = (long aid, object body) => _kit.SendAsync(HttpMethod.Post, $"/api/workshops/{w.Id}/annotations/{aid}/facility", body, key: w.Key);
        var created = await Json.ReadAsync(await convert(place, new { kind = "candidate", type = "community_house" }), HttpStatusCode.Created);
        var facility = await _kit.Client.GetJsonAsync($"/api/facilities/{created.GetProperty("facilityId").GetInt32()}");
        var props = facility.GetProperty("properties");
        Assert.True(props.GetProperty("candidateSpot").GetBoolean());
        Assert.Equal("community_house", props.GetProperty("type").GetString());
        Assert.Equal("Fælleshuset i afd. 10", props.GetProperty("name").GetString());
        Assert.StartsWith($"workshop:{w.Id}", props.GetProperty("source").GetString());
        await WorkshopKit.ProblemAsync(await convert(idea, new { kind = "facility" }), HttpStatusCode.UnprocessableEntity);
        await WorkshopKit.ProblemAsync(await convert(place, new { kind = "castle" }), HttpStatusCode.BadRequest);
        var unknownType = await WorkshopKit.ProblemAsync(await convert(place, new { kind = "facility", type = "castle" }), HttpStatusCode.BadRequest);
        Assert.Contains("castle", unknownType.GetProperty("errors").GetProperty("type")[0].GetString()); // the one validation shape
    }
}
