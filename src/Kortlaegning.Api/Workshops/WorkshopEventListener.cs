using Microsoft.Extensions.Options;

namespace Kortlaegning.Api.Workshops;

/// <summary>
/// This replica's one LISTEN connection on the workshop event channel (<see cref="WorkshopEventStore.Channel"/>). Each
/// notification names a workshop, an event id and its type; the listener wakes the local feed of that workshop, which reads
/// the rows itself. When the connection drops it reconnects and wakes every feed, so events sent meanwhile are read
/// from the log rather than lost. It also prunes the logs of quiet workshops once an hour.
/// </summary>
public sealed class WorkshopEventListener(WorkshopEventStore store, WorkshopBroadcaster broadcaster, ParticipantDirectory participants, IOptions<WorkshopOptions> options,
    ILogger<WorkshopEventListener> log) : BackgroundService
{
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(30), PruneEvery = TimeSpan.FromHours(1), Retry = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stop)
    {
        await Task.Yield();
        var pruned = DateTime.MinValue;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await using var conn = await store.ListenAsync(stop);
                conn.Notification += (_, n) => OnNotification(n.Payload);
                log.LogDebug("Listening on {Channel}", WorkshopEventStore.Channel);
                broadcaster.WakeAll();
                while (!stop.IsCancellationRequested)
                {
                    // No notification within the idle time: a round trip tells a live connection from a dead one.
                    if (!await conn.WaitAsync(Idle, stop)) await WorkshopEventStore.PingAsync(conn, stop);
                    if (DateTime.UtcNow - pruned > PruneEvery)
                    {
                        pruned = DateTime.UtcNow;
                        var removed = await store.PruneAsync(options.Value.EventRetentionHours, stop);
                        if (removed > 0) log.LogInformation("Pruned {Events} events of workshops quiet for {Hours} h", removed, options.Value.EventRetentionHours);
                    }
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                log.LogWarning("Workshop event listener lost its connection ({Error}); reconnecting in {Seconds} s", e.Message, Retry.TotalSeconds);
                try
                {
                    await Task.Delay(Retry, stop);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>"workshop id:event id:type". A "workshop" event (status, lock, dots changed on some replica) also drops
    /// this replica's cached state of the workshop, so its participants' next write reads the change.</summary>
    private void OnNotification(string payload)
    {
        var parts = payload.Split(':');
        if (parts.Length < 2 || !Guid.TryParse(parts[0], out var workshop)) return;
        if (parts.Length > 2 && parts[2] == "workshop") participants.Forget(workshop);
        broadcaster.Wake(workshop);
    }
}
