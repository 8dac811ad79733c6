using System.Collections.Concurrent;
using System.Globalization;
using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace Kortlaegning.Api.Workshops;

/// <summary>
/// One event as two audiences see it: facilitators get <see cref="Type"/>/<see cref="Data"/>; everyone else gets
/// <see cref="PublicType"/>/<see cref="PublicData"/> (e.g. "annotation-removed" for an item under review), or
/// nothing when <see cref="PublicType"/> is null. <see cref="Seq"/> is the event's id in <c>workshop_events</c>.
/// </summary>
public sealed record WorkshopEvent(long Seq, string Type, string Data, string? PublicType, string? PublicData);

/// <summary>A screen's subscription: its queue, what it missed (from the log), and whether it must reload instead.</summary>
public sealed record WorkshopSubscription(WorkshopFeed Feed, Channel<WorkshopEvent> Channel, IReadOnlyList<WorkshopEvent> Replay, bool Resync, long Current);

/// <summary>
/// Workshop events across replicas (DESIGN.md §7). Publishing appends to the event log in PostgreSQL, which notifies
/// every replica (<see cref="WorkshopEventStore"/>); this process's <see cref="WorkshopEventListener"/> wakes the local
/// <see cref="WorkshopFeed"/> of that workshop, which reads the new rows once and hands them to its screens' bounded
/// channels. Nothing a screen needs lives only in one process: event ids are the log's ids, so Last-Event-ID resumes
/// on any replica and across restarts.
/// </summary>
public sealed class WorkshopBroadcaster(WorkshopEventStore log, IOptions<WorkshopOptions> options, ILogger<WorkshopBroadcaster> logger)
{
    private readonly ConcurrentDictionary<Guid, WorkshopFeed> _feeds = new();
    private readonly Lock _feedsGate = new();

    /// <summary>Appends the event (the log notifies every replica, this one included) and wakes the local feed at once.</summary>
    public async Task PublishAsync(Guid workshopId, string type, string data, string? publicType, string? publicData)
    {
        // Not the request's token: the change is committed, so its event must go out even if the caller has gone.
        await log.AppendAsync(workshopId, type, data, publicType, publicData, CancellationToken.None);
        Wake(workshopId);
    }

    /// <summary>New events were announced for the workshop; a no-op when no screen of it is connected here.</summary>
    public void Wake(Guid workshopId)
    {
        if (_feeds.TryGetValue(workshopId, out var feed)) feed.Wake();
    }

    /// <summary>After the LISTEN connection was (re)established: notifications may have been missed, so every feed reads.</summary>
    public void WakeAll()
    {
        foreach (var feed in _feeds.Values) feed.Wake();
    }

    /// <summary>Feeds with screens in this process (for tests and diagnostics).</summary>
    public int LocalFeeds => _feeds.Count;

    /// <summary>
    /// Subscribes a screen. The channel is registered (and the feed has fixed where it starts reading) before the log is
    /// read for the replay, so every event lands in the replay, in the channel, or in both; the stream drops repeats
    /// by id. <c>Resync</c> when the id is malformed, ahead of the log (another database, or the workshop's events were
    /// pruned), or more than <see cref="WorkshopOptions.EventBacklog"/> events behind: the screen reloads its list.
    /// </summary>
    public async Task<WorkshopSubscription> SubscribeAsync(Guid workshopId, string? lastEventId, CancellationToken ct)
    {
        var o = options.Value;
        var channel = Channel.CreateBounded<WorkshopEvent>(new BoundedChannelOptions(o.SubscriberQueue)
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait, // TryWrite then fails and the feed cuts the screen off
        });
        WorkshopFeed feed;
        lock (_feedsGate)
        {
            feed = _feeds.GetOrAdd(workshopId, id => new WorkshopFeed(id, log, logger));
            feed.Add(channel);
        }
        try
        {
            await feed.StartAsync(ct);
            var current = await log.PositionAsync(workshopId, ct);
            if (lastEventId is null) return new(feed, channel, [], false, current);
            if (!long.TryParse(lastEventId, NumberStyles.None, CultureInfo.InvariantCulture, out var after) || after > current)
            {
                return new(feed, channel, [], true, current);
            }
            var replay = await log.AfterAsync(workshopId, after, o.EventBacklog + 1, ct);
            return replay.Count > o.EventBacklog ? new(feed, channel, [], true, current) : new(feed, channel, replay, false, current);
        }
        catch
        {
            Unsubscribe(feed, channel);
            throw;
        }
    }

    public void Unsubscribe(WorkshopFeed feed, Channel<WorkshopEvent> channel)
    {
        lock (_feedsGate)
        {
            if (feed.Remove(channel) == 0) _feeds.TryRemove(new KeyValuePair<Guid, WorkshopFeed>(feed.WorkshopId, feed));
        }
        channel.Writer.TryComplete();
    }
}

/// <summary>
/// The screens of one workshop in this process and where they stand in the log. One reader per feed: on a wake it
/// reads the rows after the last one it read and writes them to every screen's queue; a wake during a read makes it
/// read again, so none is lost. A screen whose queue is full is cut off (it reconnects and resumes from the log).
/// </summary>
public sealed class WorkshopFeed(Guid workshopId, WorkshopEventStore log, ILogger logger)
{
    private const int Batch = 500;
    private readonly Lock _gate = new();
    private readonly List<Channel<WorkshopEvent>> _subscribers = [];
    private readonly SemaphoreSlim _reader = new(1, 1);
    private long _lastRead;
    private volatile bool _started;
    private int _pending;

    public Guid WorkshopId => workshopId;

    public int Subscribers
    {
        get { lock (_gate) return _subscribers.Count; }
    }

    internal void Add(Channel<WorkshopEvent> channel)
    {
        lock (_gate) _subscribers.Add(channel);
    }

    /// <summary>Removes the screen; answers how many are left.</summary>
    internal int Remove(Channel<WorkshopEvent> channel)
    {
        lock (_gate)
        {
            _subscribers.Remove(channel);
            return _subscribers.Count;
        }
    }

    /// <summary>Fixes where a new feed starts reading: after the newest event of the workshop now in the log.</summary>
    internal async Task StartAsync(CancellationToken ct)
    {
        if (_started) return;
        await _reader.WaitAsync(ct);
        try
        {
            if (_started) return;
            _lastRead = await log.PositionAsync(workshopId, ct);
            _started = true;
        }
        finally
        {
            _reader.Release();
        }
    }

    public void Wake()
    {
        if (Interlocked.Exchange(ref _pending, 1) == 0) _ = Task.Run(ReadAsync);
    }

    private async Task ReadAsync()
    {
        await _reader.WaitAsync();
        try
        {
            while (Interlocked.Exchange(ref _pending, 0) == 1)
            {
                if (!_started) continue; // StartAsync reads the position after this wake, and the replay after that
                var after = _lastRead;
                List<WorkshopEvent> batch;
                do
                {
                    batch = await log.AfterAsync(workshopId, after, Batch, CancellationToken.None);
                    foreach (var e in batch) Dispatch(e);
                    if (batch.Count > 0) _lastRead = after = batch[^1].Seq;
                }
                while (batch.Count == Batch);
            }
        }
        catch (Exception e)
        {
            // The database is away: try again shortly (the listener also wakes every feed when it reconnects).
            logger.LogWarning(e, "Reading workshop {Workshop} events failed; retrying", workshopId);
            _ = Task.Delay(TimeSpan.FromSeconds(1)).ContinueWith(_ => Wake(), TaskScheduler.Default);
        }
        finally
        {
            _reader.Release();
        }
    }

    private void Dispatch(WorkshopEvent e)
    {
        lock (_gate)
        {
            for (int i = _subscribers.Count - 1; i >= 0; i--)
            {
                if (_subscribers[i].Writer.TryWrite(e)) continue;
                _subscribers[i].Writer.TryComplete(new ChannelClosedException("Screen too slow; reconnect with Last-Event-ID."));
                _subscribers.RemoveAt(i);
            }
        }
    }
}
