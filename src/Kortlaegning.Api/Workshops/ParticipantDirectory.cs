using System.Collections.Concurrent;

namespace Kortlaegning.Api.Workshops;

/// <summary>
/// Who holds a token, and each workshop's status, lock and dots, kept in memory so a participant's write costs one
/// database round trip instead of two. Token → participant never changes; a workshop's state is forgotten whenever
/// the facilitator changes it (<see cref="Forget"/>) and read again on next use. Keys are token hashes, never tokens.
/// With several replicas, a change made through another one arrives as its "workshop" event's notification
/// (<see cref="WorkshopEventListener"/>), which forgets the state here too: stale for at most that notification's delay.
/// </summary>
public sealed class ParticipantDirectory(WorkshopStore store)
{
    private const int MaxTokens = 200_000;
    private readonly ConcurrentDictionary<string, (long Id, Guid WorkshopId)> _tokens = new();
    private readonly ConcurrentDictionary<Guid, WorkshopState> _workshops = new();
    private readonly ConcurrentDictionary<Guid, long> _generations = new();

    /// <summary>The participant for a token; null when no one joined with it.</summary>
    public async Task<ParticipantContext?> FindAsync(string token, CancellationToken ct)
    {
        var hash = WorkshopSecrets.Hash(token);
        var key = Convert.ToBase64String(hash);
        if (!_tokens.TryGetValue(key, out var who))
        {
            if (await store.ParticipantAsync(hash, ct) is not { } found) return null;
            who = found;
            if (_tokens.Count >= MaxTokens) _tokens.Clear();
            _tokens[key] = who;
        }
        if (!_workshops.TryGetValue(who.WorkshopId, out var state))
        {
            // A change committed while this read was in flight must win: store only if nothing was forgotten meanwhile.
            var generation = _generations.GetValueOrDefault(who.WorkshopId);
            if (await store.StateAsync(who.WorkshopId, ct) is not { } read) return null;
            state = read;
            if (_generations.GetValueOrDefault(who.WorkshopId) == generation) _workshops[who.WorkshopId] = state;
        }
        return new ParticipantContext(who.Id, who.WorkshopId, state.Status, state.Locked, state.VoteLimit);
    }

    public void Forget(Guid workshopId)
    {
        _generations.AddOrUpdate(workshopId, 1, (_, g) => g + 1);
        _workshops.TryRemove(workshopId, out _);
    }
}
