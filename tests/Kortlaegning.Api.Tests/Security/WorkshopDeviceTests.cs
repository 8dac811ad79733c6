using System.Net;
using System.Net.Http.Json;
using Kortlaegning.Api.Tests.Workshops;

namespace Kortlaegning.Api.Tests.Security;

/// <summary>Issue 18: re-joining from the same device (its device cookie) keeps the participant, so dots and write limits hold.</summary>
[Collection(PostGisCollection.Name)]
public class WorkshopDeviceTests(PostGisFixture db)
{
    private readonly WorkshopKit _kit = new(db);

    private static async Task<string> JoinAsync(HttpClient device, WorkshopKit.Created w)
    {
        var joined = await Json.ReadAsync(await device.PostAsJsonAsync("/api/workshops/join", new { code = w.JoinCode }), HttpStatusCode.Created);
        return joined.GetProperty("token").GetString()!;
    }

    private static Task<HttpResponseMessage> VoteAsync(HttpClient device, WorkshopKit.Created w, string token, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/workshops/{w.Id}/votes") { Content = JsonContent.Create(body) };
        request.Headers.Add("X-Participant-Token", token);
        return device.SendAsync(request);
    }

    [Fact]
    public async Task ReJoiningFromOneDeviceDoesNotResetTheDotLimit()
    {
        var w = await _kit.CreateAsync(voteLimit: 1);
        var author = await _kit.JoinAsync(w);
        var a = await _kit.AddPointAsync(w, author);
        var b = await _kit.AddPointAsync(w, author, dx: 40);

        using var phone = db.AnonymousClient(); // keeps its cookies, as a browser does
        var first = await JoinAsync(phone, w);
        Assert.Equal(HttpStatusCode.Created, (await VoteAsync(phone, w, first, new { annotationId = a })).StatusCode);
        for (int i = 0; i < 5; i++)
        {
            var again = await JoinAsync(phone, w);
            var vote = await VoteAsync(phone, w, again, new { annotationId = b });
            Assert.Equal(HttpStatusCode.Conflict, vote.StatusCode); // the one dot is spent, whichever token
        }
        Assert.Equal(1L, await db.ScalarAsync<long>($"SELECT count(*) FROM workshop_votes v JOIN workshop_participants p ON p.id = v.participant_id WHERE p.workshop_id = '{w.Id}'"));
        Assert.Equal(2L, await db.ScalarAsync<long>($"SELECT count(*) FROM workshop_participants WHERE workshop_id = '{w.Id}'"));
    }

    [Fact]
    public async Task TheDeviceCookieHoldsNoPersonalDataAndIsHttpOnly()
    {
        var w = await _kit.CreateAsync();
        using var phone = db.AnonymousClient();
        var response = await phone.PostAsJsonAsync("/api/workshops/join", new { code = w.JoinCode, nickname = "Mette" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("kl_device=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Mette", cookie);
    }

    [Fact]
    public async Task JoinIsRateLimitedPerClient()
    {
        await using var limited = db.Factory.WithWebHostBuilder(b => b.UseSetting("Kortlaegning:Security:RateLimits:JoinPerMinute", "3"));
        using var client = limited.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (int i = 0; i < 5; i++) statuses.Add((await client.PostAsJsonAsync("/api/workshops/join", new { code = "ZZZZ99" })).StatusCode);
        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        var last = await client.PostAsJsonAsync("/api/workshops/join", new { code = "ZZZZ99" });
        Assert.Equal("application/problem+json", last.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(last.Headers.RetryAfter);
    }
}
