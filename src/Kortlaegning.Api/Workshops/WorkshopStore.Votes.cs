using Kortlaegning.Api.Infrastructure.Data;
using Kortlaegning.Domain.Workshops;
using Npgsql;
using NpgsqlTypes;

namespace Kortlaegning.Api.Workshops;

/// <summary>What became of a dot: placed, or why not.</summary>
public enum DotOutcome
{
    Placed,
    NoneLeft,
    NoSuchTarget,
    AlreadyThere,
}

public sealed partial class WorkshopStore
{
    /// <summary>Locks the participant row so two parallel votes cannot both take the last dot.</summary>
    private const string LockParticipant = "SELECT id FROM workshop_participants WHERE id = @pid FOR UPDATE";

    private const string SelectDotsUsed = "SELECT count(*) FROM workshop_votes WHERE participant_id = @pid";

    private const string SelectPublishedItemExists = """
        SELECT EXISTS (SELECT 1 FROM workshop_annotations WHERE workshop_id = @id AND id = @aid AND status = 'published')
        """;

    private const string SelectAreaInWorkshop = """
        SELECT EXISTS (SELECT 1 FROM areas ar JOIN workshops w ON w.id = @id
                        WHERE ar.level = w.area_level AND ar.code = @code AND ST_Intersects(ar.geom, w.bounds))
        """;

    /// <summary>Returns the vote id, or nothing when this participant already voted there.</summary>
    private const string InsertDot = """
        INSERT INTO workshop_votes (workshop_id, participant_id, annotation_id, area_code, created_at)
        VALUES (@id, @pid, @aid, @area, now()) ON CONFLICT DO NOTHING RETURNING id
        """;

    private const string DeleteDot = """
        DELETE FROM workshop_votes WHERE workshop_id = @id AND id = @vid AND participant_id = @pid RETURNING annotation_id, area_code
        """;

    private const string SelectMyDots = "SELECT id, annotation_id, area_code FROM workshop_votes WHERE participant_id = @pid ORDER BY id";

    private const string SelectItemDots = "SELECT count(*) FROM workshop_votes WHERE annotation_id = @aid";

    private const string SelectAreaDots = "SELECT count(*) FROM workshop_votes WHERE workshop_id = @id AND area_code = @area";

    /// <summary>
    /// Places a dot on a published item (<paramref name="aid"/>) or an area, in one transaction that holds the
    /// participant's row so parallel votes count each other (<see cref="DotAllowance"/>).
    /// </summary>
    public async Task<DotOutcome> PlaceDotAsync(Guid id, long participant, int voteLimit, long? aid, string? area, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        await ScalarAsync(conn, tx, LockParticipant, ct, ("pid", participant));
        var used = (long)(await ScalarAsync(conn, tx, SelectDotsUsed, ct, ("pid", participant)))!;
        if (!DotAllowance.CanPlace(voteLimit, used)) return DotOutcome.NoneLeft;
        var exists = aid is long a
            ? (bool)(await ScalarAsync(conn, tx, SelectPublishedItemExists, ct, ("id", id), ("aid", a)))!
            : (bool)(await ScalarAsync(conn, tx, SelectAreaInWorkshop, ct, ("id", id), ("code", area!)))!;
        if (!exists) return DotOutcome.NoSuchTarget;
        await using (var cmd = new NpgsqlCommand(InsertDot, conn, tx))
        {
            cmd.Parameters.AddWithValue("id", id);
            cmd.Parameters.AddWithValue("pid", participant);
            cmd.Parameters.Add(Nullable("aid", NpgsqlDbType.Bigint, aid));
            cmd.Parameters.Add(Nullable("area", NpgsqlDbType.Text, area));
            if (await cmd.ExecuteScalarAsync(ct) is not long vid) return DotOutcome.AlreadyThere;
            await AuditAsync(conn, tx, id, VoteEntity, Text(vid), "create", participant, ct);
        }
        await tx.CommitAsync(ct);
        return DotOutcome.Placed;
    }

    /// <summary>Takes back one's own dot; answers its target, or null when the participant has no such dot.</summary>
    public Task<(long? ItemId, string? Area)?> TakeBackDotAsync(Guid id, long vid, long participant, CancellationToken ct) =>
        AuditedAsync<(long? ItemId, string? Area)?>(id, VoteEntity, "delete", participant, async (conn, tx) =>
    {
        await using var cmd = new NpgsqlCommand(DeleteDot, conn, tx);
        cmd.Parameters.AddWithValue("id", id);
        cmd.Parameters.AddWithValue("vid", vid);
        cmd.Parameters.AddWithValue("pid", participant);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        if (!await r.ReadAsync(ct)) return (null, null);
        return ((r.Get<long?>("annotation_id"), r.Get<string?>("area_code")), Text(vid));
    }, ct);

    private const string VoteEntity = "workshop_vote";

    /// <summary>Dots on an item (<paramref name="aid"/>) or else on an area.</summary>
    public async Task<long> DotCountAsync(Guid id, long? aid, string? area, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(aid is not null ? SelectItemDots : SelectAreaDots);
        cmd.Parameters.AddWithValue("id", id);
        cmd.Parameters.Add(Nullable("aid", NpgsqlDbType.Bigint, aid));
        cmd.Parameters.Add(Nullable("area", NpgsqlDbType.Text, area));
        return (long)(await cmd.ExecuteScalarAsync(ct))!;
    }

    public async Task<IReadOnlyList<VoteInfo>> MyDotsAsync(long participant, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(SelectMyDots);
        cmd.Parameters.AddWithValue("pid", participant);
        var votes = new List<VoteInfo>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) votes.Add(new VoteInfo(r.Get<long>("id"), r.Get<long?>("annotation_id"), r.Get<string?>("area_code")));
        return votes;
    }

    private static async Task<object?> ScalarAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string sql, CancellationToken ct, params (string Name, object Value)[] args)
    {
        await using var cmd = new NpgsqlCommand(sql, conn, tx);
        foreach (var (name, value) in args) cmd.Parameters.AddWithValue(name, value);
        return await cmd.ExecuteScalarAsync(ct);
    }
}
