using System.Data.Common;
using Kortlaegning.Api.Accounts;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Kortlaegning.Api.Audit;

/// <summary>
/// Appends to the audit trail inside the caller's transaction, so a write and its audit row commit or roll back
/// together: a store calls <see cref="WriteAsync(DbConnection, DbTransaction?, AuditEntry, CancellationToken)"/> with the
/// connection and transaction of its change, or <see cref="Append"/> before an EF Core <c>SaveChanges</c>. The actor and
/// the endpoint ("PUT /api/facilities/{id}") are taken from the current request.
/// </summary>
public sealed class AuditLog(ICurrentUser user, IHttpContextAccessor http)
{
    public Task WriteAsync(DbConnection connection, DbTransaction? transaction, AuditEntry entry, CancellationToken ct) =>
        AuditStore.InsertAsync(connection, transaction, Record(entry), ct);

    /// <summary>Many rows in one round trip (a batch), for imports that change thousands of rows in one transaction.</summary>
    public Task WriteManyAsync(DbConnection connection, DbTransaction? transaction, IEnumerable<AuditEntry> entries, CancellationToken ct) =>
        AuditStore.InsertManyAsync(connection, transaction, entries.Select(Record).ToList(), ct);

    /// <summary>Through the context's own connection and current transaction (EF Core with raw work in between).</summary>
    public Task WriteAsync(DbContext db, AuditEntry entry, CancellationToken ct) =>
        AuditStore.InsertAsync(db.Database.GetDbConnection(), db.Database.CurrentTransaction?.GetDbTransaction(), Record(entry), ct);

    /// <summary>Adds the row to the context; the caller's next SaveChanges writes it in the same transaction as the change.</summary>
    public void Append(DbContext db, AuditEntry entry) => db.Set<AuditRecord>().Add(Record(entry));

    public AuditRecord Record(AuditEntry entry)
    {
        var actor = entry.Actor ?? user.Actor;
        return new AuditRecord
        {
            At = DateTimeOffset.UtcNow,
            ActorKind = actor.Kind,
            ActorName = Clip(actor.Name, 256),
            ActorId = actor.Id,
            Endpoint = Clip(Endpoint(), 200)!,
            Entity = entry.Entity,
            EntityId = Clip(entry.EntityId, 200),
            Municipality = entry.Municipality,
            VersionBefore = entry.VersionBefore,
            VersionAfter = entry.VersionAfter,
            Action = entry.Action,
        };
    }

    private string Endpoint()
    {
        var context = http.HttpContext;
        if (context is null) return "cli";
        var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? context.Request.Path.Value ?? "";
        return $"{context.Request.Method} {(route.StartsWith('/') ? route : "/" + route)}";
    }

    private static string? Clip(string? s, int max) => s is null || s.Length <= max ? s : s[..max];
}
