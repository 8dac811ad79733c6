using System.Text;
using System.Threading.Channels;
using Kortlaegning.Api.Infrastructure;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Kortlaegning.Api.Workshops;

/// <summary>
/// The live feed as Server-Sent Events (text/event-stream). Every event has the id of its row in the workshop's event
/// log; a screen that reconnects with Last-Event-ID (header, or <c>lastEventId</c> in the query for clients that cannot
/// set headers) — to this replica or another — gets what it missed from the log, or a <c>resync</c> event telling it
/// to reload the list when the id is unknown or too far behind. A first connection gets a <c>hello</c> carrying the current id.
/// </summary>
internal static class WorkshopStream
{
    public static async Task<Results<EmptyHttpResult, ProblemHttpResult>> Events(
        Guid id, string? lastEventId, HttpContext http, WorkshopStore store, WorkshopBroadcaster broadcaster, IOptions<WorkshopOptions> options)
    {
        var facilitator = WorkshopAccess.IsFacilitator(http);
        if (facilitator && await WorkshopAccess.CheckFacilitatorAsync(http, id, required: true) is ProblemHttpResult p) return p;
        if (!await store.ExistsAsync(id, http.RequestAborted)) return Problems.NotFound("No such workshop.");

        var resumeFrom = http.Request.Headers["Last-Event-ID"].ToString() is { Length: > 0 } header ? header : lastEventId;
        var ct = http.RequestAborted;
        var (feed, channel, replay, resync, current) = await broadcaster.SubscribeAsync(id, resumeFrom, ct);
        // The replay and the live queue may overlap (see SubscribeAsync): nothing at or below the last id sent goes twice.
        long sent = resync || resumeFrom is null ? current : long.Parse(resumeFrom, System.Globalization.CultureInfo.InvariantCulture);
        try
        {
            http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
            http.Response.ContentType = "text/event-stream";
            http.Response.Headers.CacheControl = "no-cache, no-store";
            http.Response.Headers["X-Accel-Buffering"] = "no";
            var body = http.Response.Body;
            await Write(body, "retry: 2000\n\n", ct);
            if (resumeFrom is null || resync)
            {
                await Write(body, $"id: {current}\nevent: {(resync ? "resync" : "hello")}\ndata: {{}}\n\n", ct);
            }
            foreach (var e in replay) sent = await WriteEvent(body, sent, e, facilitator, ct);
            await body.FlushAsync(ct);
            var heartbeat = TimeSpan.FromSeconds(Math.Max(1, options.Value.HeartbeatSeconds));
            while (!ct.IsCancellationRequested)
            {
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(ct);
                wait.CancelAfter(heartbeat);
                bool more;
                try
                {
                    more = await channel.Reader.WaitToReadAsync(wait.Token);
                }
                catch (OperationCanceledException) when (!ct.IsCancellationRequested)
                {
                    await Write(body, ": keep-alive\n\n", ct);
                    await body.FlushAsync(ct);
                    continue;
                }
                if (!more) break; // cut off as too slow: the client reconnects and resumes
                while (channel.Reader.TryRead(out var e)) sent = await WriteEvent(body, sent, e, facilitator, ct);
                await body.FlushAsync(ct);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or ChannelClosedException or IOException)
        {
            // the screen went away, or was cut off; either way it resumes from its last id
        }
        finally
        {
            broadcaster.Unsubscribe(feed, channel);
        }
        return TypedResults.Empty;
    }

    /// <summary>Writes the event unless it was sent already; answers the last id sent.</summary>
    private static async Task<long> WriteEvent(Stream body, long sent, WorkshopEvent e, bool facilitator, CancellationToken ct)
    {
        if (e.Seq <= sent) return sent;
        var (type, data) = facilitator ? (e.Type, e.Data) : (e.PublicType, e.PublicData);
        // Events this audience does not see are skipped; a resume replays from the last id the screen saw and skips them again.
        if (type is not null) await Write(body, $"id: {e.Seq}\nevent: {type}\ndata: {data!.Replace("\n", "\ndata: ")}\n\n", ct);
        return e.Seq;
    }

    private static async Task Write(Stream body, string text, CancellationToken ct) => await body.WriteAsync(Encoding.UTF8.GetBytes(text), ct);
}
