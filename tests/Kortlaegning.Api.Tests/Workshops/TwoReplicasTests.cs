using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Kortlaegning.Api.Tests.Facilities;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Kortlaegning.Api.Tests.Workshops;

/// <summary>
/// Issue 18 / DESIGN.md §7: two service instances on one database, as two replicas behind a load balancer. The
/// fixture's host is replica A; replica B is a second host (its own singletons: broadcaster, LISTEN connection, tile
/// cache) on the same database, without migrating or loading. Whatever A writes, B's screens and tiles must show.
/// </summary>
[Collection(PostGisCollection.Name)]
public sealed class TwoReplicasTests(PostGisFixture db) : IAsyncLifetime
{
    private readonly WorkshopKit _kit = new(db);
    private WebApplicationFactory<Program> _b = null!;
    private HttpClient _clientB = null!;

    public async Task InitializeAsync()
    {
        _b = db.Factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("Kortlaegning:MigrateOnStartup", "false");
            b.UseSetting("Kortlaegning:LoadReferenceData", "false");
        });
        _clientB = _b.CreateClient();
        _clientB.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await db.TokenAsync("test-admin@localhost", "admin", null));
    }

    public async Task DisposeAsync()
    {
        _clientB.Dispose();
        await _b.DisposeAsync();
    }

    private sealed record Sse(string Id, string Event, string Data);

    private static async Task<List<Sse>> ReadAsync(StreamReader reader, int count)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var events = new List<Sse>();
        string id = "", ev = "message";
        var data = new StringBuilder();
        while (events.Count < count)
        {
            var line = await reader.ReadLineAsync(cts.Token) ?? throw new EndOfStreamException();
            if (line.Length == 0)
            {
                if (data.Length > 0) events.Add(new Sse(id, ev, data.ToString()));
                (ev, data) = ("message", new StringBuilder());
                continue;
            }
            if (line.StartsWith("id: ")) id = line[4..];
            else if (line.StartsWith("event: ")) ev = line[7..];
            else if (line.StartsWith("data: ")) data.Append(line[6..]);
        }
        return events;
    }

    private static async Task<StreamReader> OpenAsync(HttpClient client, WorkshopKit.Created w, string? lastEventId = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/workshops/{w.Id}/events");
        if (lastEventId is not null) request.Headers.Add("Last-Event-ID", lastEventId);
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new StreamReader(await response.Content.ReadAsStreamAsync(), Encoding.UTF8);
    }

    private static long IdOf(Sse e) => System.Text.Json.JsonDocument.Parse(e.Data).RootElement.GetProperty("id").GetInt64();

    [Fact]
    public async Task AnItemPostedToOneReplicaArrivesOnTheOthersStream()
    {
        var w = await _kit.CreateAsync();
        var token = await _kit.JoinAsync(w);
        using var onB = await OpenAsync(_clientB, w);
        Assert.Equal("hello", (await ReadAsync(onB, 1))[0].Event);

        var posted = await _kit.AddPointAsync(w, token, "resource", "Biblioteket ved B"); // through replica A
        var seen = (await ReadAsync(onB, 1))[0];
        Assert.Equal("annotation", seen.Event);
        Assert.Equal(posted, IdOf(seen));
        Assert.Contains("Biblioteket ved B", seen.Data);
    }

    [Fact]
    public async Task AScreenResumesOnTheOtherReplicaWithItsLastEventId()
    {
        var w = await _kit.CreateAsync();
        var token = await _kit.JoinAsync(w);
        string lastId;
        using (var onA = await OpenAsync(_kit.Client, w))
        {
            await ReadAsync(onA, 1); // hello
            await _kit.AddPointAsync(w, token, text: "før", dx: 0);
            lastId = (await ReadAsync(onA, 1))[0].Id;
        }
        var missed = new List<long>();
        for (int i = 0; i < 3; i++) missed.Add(await _kit.AddPointAsync(w, token, text: $"mens #{i}", dx: 10 + i * 10));

        using var onB = await OpenAsync(_clientB, w, lastId);
        var replay = await ReadAsync(onB, 3);
        Assert.Equal(missed, replay.Select(IdOf));
        var live = await _kit.AddPointAsync(w, token, text: "efter", dx: 50);
        Assert.Equal(live, IdOf((await ReadAsync(onB, 1))[0]));
    }

    [Fact]
    public async Task ALockSetThroughOneReplicaStopsWritesThroughTheOther()
    {
        var w = await _kit.CreateAsync();
        var token = await _kit.JoinAsync(w);
        var point = WorkshopKit.Point(await _kit.PointAsync());
        async Task<HttpStatusCode> PostOnB()
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"/api/workshops/{w.Id}/annotations") { Content = JsonContent.Create(new { category = "idea", text = "via B", geometry = point }) };
            request.Headers.Add("X-Participant-Token", token);
            return (await _clientB.SendAsync(request)).StatusCode;
        }
        Assert.Equal(HttpStatusCode.Created, await PostOnB()); // B now caches the workshop as open and unlocked

        await Json.ReadAsync(await _kit.SendAsync(HttpMethod.Patch, $"/api/workshops/{w.Id}", new { locked = true }, key: w.Key), HttpStatusCode.OK); // on A
        var status = HttpStatusCode.Created;
        for (var wait = 0; wait < 50 && status != HttpStatusCode.Conflict; wait++)
        {
            await Task.Delay(100); // the notification's delay; the write below must not pass after it
            status = await PostOnB();
        }
        Assert.Equal(HttpStatusCode.Conflict, status);
    }

    [Fact]
    public async Task ATileChangedThroughOneReplicaIsNotServedStaleByTheOther()
    {
        const string name = "ILLUSTRATIVE replica library";
        const string url = "/tiles/facilities/14/8576/5143.mvt"; // holds 8.4385 E, 55.485 N (Esbjerg)
        var before = await _clientB.GetByteArrayAsync(url);
        Assert.DoesNotContain(name, Encoding.UTF8.GetString(before));
        Assert.Equal(before, await _clientB.GetByteArrayAsync(url)); // now in B's tile cache

        var (id, _, _) = await db.Client.CreateAsync(new { name, type = "library", lon = 8.4385, lat = 55.485 }); // through replica A
        try
        {
            Assert.Contains(name, Encoding.UTF8.GetString(await _clientB.GetByteArrayAsync(url)));
        }
        finally
        {
            var delete = new HttpRequestMessage(HttpMethod.Delete, $"/api/facilities/{id}");
            delete.Headers.TryAddWithoutValidation("If-Match", "*");
            await db.Client.SendAsync(delete);
        }
        Assert.DoesNotContain(name, Encoding.UTF8.GetString(await _clientB.GetByteArrayAsync(url)));
    }
}
