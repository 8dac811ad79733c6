using Kortlaegning.Api.Infrastructure.Data;
using Npgsql;
using NpgsqlTypes;

namespace Kortlaegning.Api.Workshops;

/// <summary>What a participant's write depends on: the workshop's status, lock and dots.</summary>
public sealed record WorkshopState(string Status, bool Locked, int VoteLimit);

public sealed partial class WorkshopStore
{
    private const string SelectByJoinCode = "SELECT id, status FROM workshops WHERE join_code = @code";

    // One participant per workshop and device: a re-join from the same device gets a new token for the same row.
    private const string InsertParticipant = """
        INSERT INTO workshop_participants (workshop_id, token_hash, nickname, joined_at, device_hash) VALUES (@id, @hash, @nickname, now(), @device)
        ON CONFLICT (workshop_id, device_hash) WHERE device_hash IS NOT NULL
        DO UPDATE SET token_hash = EXCLUDED.token_hash, nickname = COALESCE(EXCLUDED.nickname, workshop_participants.nickname)
        RETURNING id, (xmax <> 0) AS rejoined
        """;

    private const string SelectParticipant = "SELECT p.id, p.workshop_id FROM workshop_participants p WHERE p.token_hash = @hash";

    private const string SelectState = "SELECT status, locked, vote_limit FROM workshops WHERE id = @id";

    /// <summary>The workshop a join code opens and its status; null when no workshop has the code.</summary>
    public async Task<(Guid Id, string Status)?> ByJoinCodeAsync(string code, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(SelectByJoinCode);
        cmd.Parameters.AddWithValue("code", code);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        if (!await r.ReadAsync(ct)) return null;
        return (r.Get<Guid>("id"), r.Get<string>("status"));
    }

    /// <summary>
    /// Stores a participant by the hash of their token; answers the participant id. With a device hash, a participant
    /// who joined from that device before keeps their row (dots, limits) and gets the new token.
    /// </summary>
    public async Task<long> AddParticipantAsync(Guid id, byte[] tokenHash, string? nickname, byte[]? deviceHash, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        await using var cmd = new NpgsqlCommand(InsertParticipant, conn, tx);
        cmd.Parameters.AddWithValue("id", id);
        cmd.Parameters.AddWithValue("hash", tokenHash);
        cmd.Parameters.Add(Nullable("nickname", NpgsqlDbType.Text, nickname));
        cmd.Parameters.Add(new NpgsqlParameter("device", NpgsqlDbType.Bytea) { Value = (object?)deviceHash ?? DBNull.Value });
        long participant;
        bool rejoined;
        await using (var r = await cmd.ExecuteReaderAsync(ct))
        {
            await r.ReadAsync(ct);
            (participant, rejoined) = (r.GetInt64(0), r.GetBoolean(1));
        }
        await AuditAsync(conn, tx, id, "workshop_participant", Text(participant), rejoined ? "rejoin" : "join", participant, ct);
        await tx.CommitAsync(ct);
        return participant;
    }

    /// <summary>Who holds a token (by its hash); null when no one joined with it.</summary>
    public async Task<(long Id, Guid WorkshopId)?> ParticipantAsync(byte[] tokenHash, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(SelectParticipant);
        cmd.Parameters.AddWithValue("hash", tokenHash);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        if (!await r.ReadAsync(ct)) return null;
        return (r.Get<long>("id"), r.Get<Guid>("workshop_id"));
    }

    public async Task<WorkshopState?> StateAsync(Guid id, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(SelectState);
        cmd.Parameters.AddWithValue("id", id);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        if (!await r.ReadAsync(ct)) return null;
        return new WorkshopState(r.Get<string>("status"), r.Get<bool>("locked"), r.Get<int>("vote_limit"));
    }
}
