using Kortlaegning.Api.Audit;
using Npgsql;

namespace Kortlaegning.Api.Workshops;

public sealed partial class WorkshopStore
{
    private const string SelectWorkshopMunicipality = "SELECT municipality_code FROM workshops WHERE id = @id";

    /// <summary>
    /// One write and its audit row in one transaction (DESIGN.md §1). <paramref name="write"/> runs on the transaction and
    /// answers its result and the id of what it changed; a null id means nothing changed and nothing is recorded. The
    /// actor is the participant when <paramref name="participant"/> is given (residents have no account: their token's
    /// id, never a name), else the signed-in facilitator.
    /// </summary>
    private async Task<T> AuditedAsync<T>(Guid workshop, string entity, string action, long? participant,
        Func<NpgsqlConnection, NpgsqlTransaction, Task<(T Result, string? EntityId)>> write, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var (result, entityId) = await write(conn, tx);
        if (entityId is not null) await AuditAsync(conn, tx, workshop, entity, entityId, action, participant, ct);
        await tx.CommitAsync(ct);
        return result;
    }

    private async Task AuditAsync(NpgsqlConnection conn, NpgsqlTransaction tx, Guid workshop, string entity, string entityId, string action,
        long? participant, CancellationToken ct)
    {
        var municipality = (string?)await ScalarAsync(conn, tx, SelectWorkshopMunicipality, ct, ("id", workshop));
        var entry = new AuditEntry(entity, entityId, action, municipality) { Actor = participant is long p ? Actor.Participant(p) : null };
        await audit.WriteAsync(conn, tx, entry, ct);
    }

    private static string Text(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
