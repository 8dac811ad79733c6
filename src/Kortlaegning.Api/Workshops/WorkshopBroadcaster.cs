using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace Kortlaegning.Api.Workshops;

/// <summary>
/// One event as two audiences see it: facilitators get <see cref="Type"/>/<see cref="Data"/>; everyone else gets
/// <see cref="PublicType"/>/<see cref="PublicData"/> (e.g. "annotation-removed" for an item under review), or
/// nothing when <see cref="PublicType"/> is null.
/// </summary>
public sealed record WorkshopEvent(long Seq, string Type, string Data, string? PublicType, string? PublicData);

/// <summary>
/// In-process fan-out of workshop events (System.Threading.Channels). Each workshop has a feed with a sequence
/// number, a bounded backlog for Last-Event-ID resumption, and one bounded channel per connected screen. Event
/// ids are "epoch.seq": the epoch changes when the process restarts, so a screen that resumes across a restart
/// is told to resync instead of silently missing events.
/// </summary>
public sealed class WorkshopBroadcaster(IOptions<WorkshopOptions> options)
{
    private readonly ConcurrentDictionary<Guid, WorkshopFeed> _feeds = new();

    public string Epoch { get; } = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));

    public WorkshopFeed Feed(Guid workshopId) =>
        _feeds.GetOrAdd(workshopId, _ => new WorkshopFeed(options.Value.EventBacklog, options.Value.SubscriberQueue));

    public void Publish(Guid workshopId, string type, string data, string? publicType, string? publicData) =>
        Feed(workshopId).Publish(type, data, publicType, publicData);

    /// <summary>Parses "epoch.seq"; null when the id is absent, malformed or from another process lifetime.</summary>
    public long? ParseLastEventId(string? id)
    {
        if (string.IsNullOrEmpty(id)) return null;
        var dot = id.IndexOf('.');
        if (dot < 0 || id[..dot] != Epoch || !long.TryParse(id[(dot + 1)..], out var seq)) return -1;
        return seq;
    }
}

/// <summary>The event stream of one workshop. Publishing never blocks: a screen whose queue is full is cut off.</summary>
public sealed class WorkshopFeed(int backlogSize, int queueSize)
{
    private readonly Lock _gate = new();
    private readonly Queue<WorkshopEvent> _backlog = new();
    private readonly List<Channel<WorkshopEvent>> _subscribers = [];
    private long _seq;

    public void Publish(string type, string data, string? publicType, string? publicData)
    {
        lock (_gate)
        {
            var e = new WorkshopEvent(++_seq, type, data, publicType, publicData);
            _backlog.Enqueue(e);
            while (_backlog.Count > backlogSize) _backlog.Dequeue();
            for (int i = _subscribers.Count - 1; i >= 0; i--)
            {
                if (_subscribers[i].Writer.TryWrite(e)) continue;
                _subscribers[i].Writer.TryComplete(new ChannelClosedException("Screen too slow; reconnect with Last-Event-ID."));
                _subscribers.RemoveAt(i);
            }
        }
    }

    /// <summary>
    /// Subscribes and returns the events after <paramref name="after"/> from the backlog, atomically with the
    /// subscription so nothing falls between replay and live. <c>resync</c> is true when the backlog no longer
    /// reaches back that far (or the id is from another process lifetime): the screen must reload its list.
    /// </summary>
    public (Channel<WorkshopEvent> Channel, IReadOnlyList<WorkshopEvent> Replay, bool Resync, long Current) Subscribe(long? after)
    {
        var channel = Channel.CreateBounded<WorkshopEvent>(new BoundedChannelOptions(queueSize)
        {
            SingleReader = true,
            SingleWriter = false,
            FullMode = BoundedChannelFullMode.Wait, // TryWrite then fails and Publish cuts the screen off
        });
        lock (_gate)
        {
            _subscribers.Add(channel);
            if (after is null) return (channel, [], false, _seq);
            var oldest = _backlog.Count == 0 ? _seq + 1 : _backlog.Peek().Seq;
            var resync = after < 0 || after > _seq || after < oldest - 1;
            var replay = resync ? [] : _backlog.Where(e => e.Seq > after).ToList();
            return (channel, replay, resync, _seq);
        }
    }

    public void Unsubscribe(Channel<WorkshopEvent> channel)
    {
        lock (_gate) _subscribers.Remove(channel);
        channel.Writer.TryComplete();
    }

    public int Subscribers
    {
        get { lock (_gate) return _subscribers.Count; }
    }
}
