using System.Net;
using System.Text;

namespace Kortlaegning.Api.Tests.Workshops;

[Collection(PostGisCollection.Name)]
public class WorkshopStreamTests(PostGisFixture db)
{
    private readonly WorkshopKit _kit = new(db);

    private sealed record Sse(string Id, string Event, string Data);

    /// <summary>Reads events until <paramref name="until"/> holds (or 10 s pass).</summary>
    private static async Task<List<Sse>> ReadAsync(Stream stream, Func<List<Sse>, bool> until)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var reader = new StreamReader(stream, Encoding.UTF8);
        var events = new List<Sse>();
        string id = "", ev = "message";
        var data = new StringBuilder();
        while (!until(events))
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

    private async Task<Stream> OpenAsync(WorkshopKit.Created w, string? lastEventId = null, string? key = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/workshops/{w.Id}/events");
        if (lastEventId is not null) request.Headers.Add("Last-Event-ID", lastEventId);
        if (key is not null) request.Headers.Add("X-Facilitator-Key", key);
        var response = await _kit.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStreamAsync();
    }

    [Fact]
    public async Task AScreenReceivesAPostedItemLive()
    {
        var w = await _kit.CreateAsync();
        var token = await _kit.JoinAsync(w);
        await using var stream = await OpenAsync(w);
        var hello = await ReadAsync(stream, e => e.Count >= 1);
        Assert.Equal("hello", hello[0].Event);

        var id = await _kit.AddPointAsync(w, token, "resource", "Biblioteket");
        var events = await ReadAsync(stream, e => e.Count >= 1);
        Assert.Equal("annotation", events[0].Event);
        var feature = System.Text.Json.JsonDocument.Parse(events[0].Data).RootElement;
        Assert.Equal(id, feature.GetProperty("id").GetInt64());
        Assert.Equal("Biblioteket", feature.GetProperty("properties").GetProperty("text").GetString());
        Assert.False(feature.GetProperty("properties").GetProperty("mine").GetBoolean());
    }

    [Fact]
    public async Task AReconnectingScreenResumesWhereItLeftOff()
    {
        var w = await _kit.CreateAsync();
        var token = await _kit.JoinAsync(w);
        string lastId;
        await using (var stream = await OpenAsync(w))
        {
            lastId = (await ReadAsync(stream, e => e.Count >= 1))[0].Id;
        }
        var missed = new List<long>();
        for (int i = 0; i < 3; i++) missed.Add(await _kit.AddPointAsync(w, token, text: $"#{i}", dx: i * 10));

        await using var resumed = await OpenAsync(w, lastId);
        var events = await ReadAsync(resumed, e => e.Count >= 3);
        Assert.Equal(missed, events.Select(e => System.Text.Json.JsonDocument.Parse(e.Data).RootElement.GetProperty("id").GetInt64()));
        await using var stale = await OpenAsync(w, "deadbeef.7");
        Assert.Equal("resync", (await ReadAsync(stale, e => e.Count >= 1))[0].Event);
    }

    [Fact]
    public async Task ModerationRemovesAnItemFromPublicScreensButNotFromTheFacilitator()
    {
        var w = await _kit.CreateAsync();
        var token = await _kit.JoinAsync(w);
        var id = await _kit.AddPointAsync(w, token);
        await using var projector = await OpenAsync(w);
        await using var console = await OpenAsync(w, key: w.Key);
        await ReadAsync(projector, e => e.Count >= 1);
        await ReadAsync(console, e => e.Count >= 1);
        await Json.ReadAsync(await _kit.SendAsync(HttpMethod.Put, $"/api/workshops/{w.Id}/annotations/{id}/moderation", new { status = "hidden" }, key: w.Key), HttpStatusCode.OK);

        var seenByProjector = (await ReadAsync(projector, e => e.Count >= 1))[0];
        Assert.Equal("annotation-removed", seenByProjector.Event);
        Assert.DoesNotContain("Bænke", seenByProjector.Data);
        var seenByConsole = (await ReadAsync(console, e => e.Count >= 1))[0];
        Assert.Equal("annotation", seenByConsole.Event);
        Assert.Contains("\"status\" : \"hidden\"", seenByConsole.Data.Replace("\"status\":\"hidden\"", "\"status\" : \"hidden\""));
    }
}
