using System.Collections.Concurrent;
using Npgsql;

namespace Kortlaegning.Api.Workshops;

/// <summary>
/// Who holds a token, and each workshop's status, lock and dots, kept in memory so a participant's write costs one
/// database round trip instead of two. Token → participant never changes; a workshop's state is forgotten whenever
/// the facilitator changes it (<see cref="Forget"/>) and read again on next use. Keys are token hashes, never tokens.
/// One process serves a workshop (the live feed is in-process too), so this cache cannot go stale behind its back.
/// </summary>
public sealed class ParticipantDirectory(NpgsqlDataSource db)
{
    private const int MaxTokens = 200_000;
    private readonly ConcurrentDictionary<string, (long Id, Guid WorkshopId)> _tokens = new();
    private readonly ConcurrentDictionary<Guid, (string Status, bool Locked, int VoteLimit)> _workshops = new();
    private readonly ConcurrentDictionary<Guid, long> _generations = new();

    /// <summary>The participant for a token; null when no one joined with it.</summary>
    public async Task<ParticipantContext?> FindAsync(string token, CancellationToken ct)
    {
        var hash = WorkshopSecrets.Hash(token);
        var key = Convert.ToBase64String(hash);
        if (!_tokens.TryGetValue(key, out var who))
        {
            await using var cmd = db.CreateCommand(WorkshopQueries.Participant);
            cmd.Parameters.AddWithValue("hash", hash);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            if (!await r.ReadAsync(ct)) return null;
            who = (r.GetInt64(0), r.GetGuid(1));
            if (_tokens.Count >= MaxTokens) _tokens.Clear();
            _tokens[key] = who;
        }
        if (!_workshops.TryGetValue(who.WorkshopId, out var state))
        {
            // A change committed while this read was in flight must win: store only if nothing was forgotten meanwhile.
            var generation = _generations.GetValueOrDefault(who.WorkshopId);
            await using var cmd = db.CreateCommand(WorkshopQueries.WorkshopState);
            cmd.Parameters.AddWithValue("id", who.WorkshopId);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            if (!await r.ReadAsync(ct)) return null;
            state = (r.GetString(0), r.GetBoolean(1), r.GetInt32(2));
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
