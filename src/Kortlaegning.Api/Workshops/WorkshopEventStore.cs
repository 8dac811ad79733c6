using Npgsql;

namespace Kortlaegning.Api.Workshops;

/// <summary>
/// The workshop event log (table <c>workshop_events</c>) and its PostgreSQL channel: what lets several API replicas
/// serve one workshop (DESIGN.md §7). A write appends the event and sends <c>NOTIFY</c> with only "workshop id:event id:type"
/// (NOTIFY payloads are capped at 8000 bytes and an item can be larger); every replica's one LISTEN connection
/// (<see cref="WorkshopEventListener"/>) then reads the new rows for the workshops it has screens for. A screen that
/// resumes with Last-Event-ID reads the same table, so it may reconnect to any replica. The payload also names the
/// event's type, so a replica forgets its cached workshop state (<see cref="ParticipantDirectory"/>) on a "workshop" event.
/// </summary>
public sealed class WorkshopEventStore(NpgsqlDataSource db)
{
    public const string Channel = "kortlaegning_workshop_events";

    /// <summary>
    /// The advisory lock serialises appends per workshop until commit, so a workshop's event ids grow in commit order:
    /// a reader that has seen id n never later finds a committed event below n (identity values are handed out at
    /// insert time, and without the lock two concurrent appends could commit out of order). NOTIFY is delivered at commit.
    /// </summary>
    private const string Append = """
        SELECT pg_advisory_xact_lock(7310, hashtext(@workshop::text));
        WITH e AS (INSERT INTO workshop_events (workshop_id, type, data, public_type, public_data)
                   VALUES (@workshop, @type, @data, @public_type, @public_data) RETURNING id)
        SELECT e.id, pg_notify(@channel, @workshop::text || ':' || e.id || ':' || @type) FROM e;
        """;

    private const string SelectAfter = """
        SELECT id, type, data, public_type, public_data FROM workshop_events
         WHERE workshop_id = @workshop AND id > @after ORDER BY id LIMIT @limit
        """;

    /// <summary>Where a workshop's log stands: its newest id, 0 when it has none.</summary>
    private const string SelectPosition = "SELECT COALESCE(max(id), 0) AS current FROM workshop_events WHERE workshop_id = @workshop";

    /// <summary>
    /// Whole logs only: a workshop's events go when its newest is older than the retention, so a log is either complete
    /// or empty, and an id beyond a workshop's newest (the log was pruned, or the id is from another database) means resync.
    /// </summary>
    private const string DeleteQuietLogs = """
        DELETE FROM workshop_events e USING (SELECT workshop_id FROM workshop_events GROUP BY workshop_id
                                              HAVING max(created_at) < now() - make_interval(hours => @hours)) q
         WHERE e.workshop_id = q.workshop_id
        """;

    private const string Listen = $"LISTEN {Channel}";

    private const string Ping = "SELECT 1";

    public async Task<long> AppendAsync(Guid workshop, string type, string data, string? publicType, string? publicData, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        await using var cmd = new NpgsqlCommand(Append, conn, tx);
        cmd.Parameters.AddWithValue("workshop", workshop);
        cmd.Parameters.AddWithValue("type", type);
        cmd.Parameters.AddWithValue("data", data);
        cmd.Parameters.AddWithValue("public_type", (object?)publicType ?? DBNull.Value);
        cmd.Parameters.AddWithValue("public_data", (object?)publicData ?? DBNull.Value);
        cmd.Parameters.AddWithValue("channel", Channel);
        long id = 0;
        await using (var reader = await cmd.ExecuteReaderAsync(ct))
        {
            await reader.NextResultAsync(ct); // past the lock
            if (await reader.ReadAsync(ct)) id = reader.GetInt64(reader.GetOrdinal("id"));
        }
        await tx.CommitAsync(ct);
        return id;
    }

    /// <summary>Events of the workshop after <paramref name="after"/>, oldest first, at most <paramref name="limit"/>.</summary>
    public async Task<List<WorkshopEvent>> AfterAsync(Guid workshop, long after, int limit, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(SelectAfter);
        cmd.Parameters.AddWithValue("workshop", workshop);
        cmd.Parameters.AddWithValue("after", after);
        cmd.Parameters.AddWithValue("limit", limit);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var events = new List<WorkshopEvent>();
        int id = reader.GetOrdinal("id"), type = reader.GetOrdinal("type"), data = reader.GetOrdinal("data"),
            publicType = reader.GetOrdinal("public_type"), publicData = reader.GetOrdinal("public_data");
        while (await reader.ReadAsync(ct))
        {
            events.Add(new WorkshopEvent(reader.GetInt64(id), reader.GetString(type), reader.GetString(data),
                reader.IsDBNull(publicType) ? null : reader.GetString(publicType), reader.IsDBNull(publicData) ? null : reader.GetString(publicData)));
        }
        return events;
    }

    public async Task<long> PositionAsync(Guid workshop, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(SelectPosition);
        cmd.Parameters.AddWithValue("workshop", workshop);
        return (long)(await cmd.ExecuteScalarAsync(ct))!;
    }

    /// <summary>Drops the logs of workshops quiet for longer than the retention; a screen resuming from them is told to resync.</summary>
    public async Task<int> PruneAsync(int hours, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(DeleteQuietLogs);
        cmd.Parameters.AddWithValue("hours", hours);
        return await cmd.ExecuteNonQueryAsync(ct);
    }

    /// <summary>A connection of its own (not returned to the pool while listening) subscribed to <see cref="Channel"/>.</summary>
    public async Task<NpgsqlConnection> ListenAsync(CancellationToken ct)
    {
        var conn = await db.OpenConnectionAsync(ct);
        try
        {
            await using var cmd = new NpgsqlCommand(Listen, conn);
            await cmd.ExecuteNonQueryAsync(ct);
            return conn;
        }
        catch
        {
            await conn.DisposeAsync();
            throw;
        }
    }

    /// <summary>A round trip on the listening connection, so a dead connection is noticed while no events come.</summary>
    public static async Task PingAsync(NpgsqlConnection conn, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(Ping, conn);
        await cmd.ExecuteScalarAsync(ct);
    }
}
