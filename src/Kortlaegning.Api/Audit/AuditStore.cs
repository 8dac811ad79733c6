using System.Data.Common;
using System.Text;
using Kortlaegning.Api.Infrastructure.Data;
using Npgsql;

namespace Kortlaegning.Api.Audit;

/// <summary>The SQL of <c>audit_log</c>: the append every audited write makes in its own transaction, and the admin query.</summary>
internal sealed class AuditStore(NpgsqlDataSource db)
{
    private const string Insert = """
        INSERT INTO audit_log (actor_kind, actor_name, actor_id, endpoint, entity, entity_id, municipality, version_before, version_after, action)
        VALUES (@actor_kind, @actor_name, @actor_id, @endpoint, @entity, @entity_id, @municipality, @version_before, @version_after, @action)
        """;

    private const string SelectColumns = """
        SELECT id, at, actor_kind, actor_name, actor_id, endpoint, entity, entity_id, municipality, version_before, version_after, action
        FROM audit_log
        """;

    public static async Task InsertAsync(DbConnection connection, DbTransaction? transaction, AuditRecord r, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = Insert;
        cmd.Transaction = transaction;
        Add(cmd, "actor_kind", r.ActorKind);
        Add(cmd, "actor_name", r.ActorName);
        Add(cmd, "actor_id", r.ActorId);
        Add(cmd, "endpoint", r.Endpoint);
        Add(cmd, "entity", r.Entity);
        Add(cmd, "entity_id", r.EntityId);
        Add(cmd, "municipality", r.Municipality);
        Add(cmd, "version_before", r.VersionBefore);
        Add(cmd, "version_after", r.VersionAfter);
        Add(cmd, "action", r.Action);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Several rows as one <see cref="DbBatch"/>: one round trip, still inside the caller's transaction.</summary>
    public static async Task InsertManyAsync(DbConnection connection, DbTransaction? transaction, IReadOnlyList<AuditRecord> records, CancellationToken ct)
    {
        if (records.Count == 0) return;
        await using var batch = connection.CreateBatch();
        batch.Transaction = transaction;
        foreach (var r in records)
        {
            var cmd = batch.CreateBatchCommand();
            cmd.CommandText = Insert;
            Add(cmd, "actor_kind", r.ActorKind);
            Add(cmd, "actor_name", r.ActorName);
            Add(cmd, "actor_id", r.ActorId);
            Add(cmd, "endpoint", r.Endpoint);
            Add(cmd, "entity", r.Entity);
            Add(cmd, "entity_id", r.EntityId);
            Add(cmd, "municipality", r.Municipality);
            Add(cmd, "version_before", r.VersionBefore);
            Add(cmd, "version_after", r.VersionAfter);
            Add(cmd, "action", r.Action);
            batch.BatchCommands.Add(cmd);
        }
        await batch.ExecuteNonQueryAsync(ct);
    }

    private static void Add(DbBatchCommand cmd, string name, object? value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value ?? DBNull.Value;
        cmd.Parameters.Add(p);
    }

    private static void Add(DbCommand cmd, string name, object? value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value ?? DBNull.Value;
        cmd.Parameters.Add(p);
    }

    public async Task<IReadOnlyList<AuditRecord>> QueryAsync(AuditQuery q, IReadOnlySet<string>? municipalities, CancellationToken ct)
    {
        var sql = new StringBuilder(SelectColumns).Append(" WHERE true");
        await using var cmd = db.CreateCommand();
        if (q.Entity is not null) { sql.Append(" AND entity = @entity"); cmd.Parameters.AddWithValue("entity", q.Entity); }
        if (q.Municipality is not null) { sql.Append(" AND municipality = @municipality"); cmd.Parameters.AddWithValue("municipality", q.Municipality); }
        if (q.From is not null) { sql.Append(" AND at >= @from"); cmd.Parameters.AddWithValue("from", q.From.Value); }
        if (q.To is not null) { sql.Append(" AND at < @to"); cmd.Parameters.AddWithValue("to", q.To.Value); }
        // A municipal admin sees its own municipality's rows only.
        if (municipalities is not null) { sql.Append(" AND municipality = ANY(@scope)"); cmd.Parameters.AddWithValue("scope", municipalities.ToArray()); }
        sql.Append(" ORDER BY at DESC, id DESC LIMIT @limit");
        cmd.Parameters.AddWithValue("limit", q.Limit);
        cmd.CommandText = sql.ToString();
        var rows = new List<AuditRecord>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            rows.Add(new AuditRecord
            {
                Id = r.Get<long>("id"),
                At = r.Get<DateTime>("at"),
                ActorKind = r.Get<string>("actor_kind"),
                ActorName = r.Get<string?>("actor_name"),
                ActorId = r.Get<string?>("actor_id"),
                Endpoint = r.Get<string>("endpoint"),
                Entity = r.Get<string>("entity"),
                EntityId = r.Get<string?>("entity_id"),
                Municipality = r.Get<string?>("municipality"),
                VersionBefore = r.Get<int?>("version_before"),
                VersionAfter = r.Get<int?>("version_after"),
                Action = r.Get<string>("action"),
            });
        }
        return rows;
    }
}

/// <summary>Filters of <c>GET /api/audit</c>; <see cref="To"/> is exclusive.</summary>
internal sealed record AuditQuery(string? Entity, string? Municipality, DateTimeOffset? From, DateTimeOffset? To, int Limit);
