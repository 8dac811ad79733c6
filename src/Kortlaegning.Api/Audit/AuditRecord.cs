namespace Kortlaegning.Api.Audit;

/// <summary>One row of <c>audit_log</c>: who changed what, when, through which endpoint, and the versions around it.</summary>
public sealed class AuditRecord
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }

    /// <summary>user, token, participant, system or anonymous (<see cref="ActorKinds"/>).</summary>
    public required string ActorKind { get; set; }

    /// <summary>Email of the user, name of the token, or the participant's nickname; "cli" for the command line.</summary>
    public string? ActorName { get; set; }

    /// <summary>User id, token id or participant id, as text.</summary>
    public string? ActorId { get; set; }

    /// <summary>"POST /api/facilities" (method and route pattern), or the CLI verb.</summary>
    public required string Endpoint { get; set; }

    /// <summary>facility, scenario, indicator_value, account, token, role_grant …</summary>
    public required string Entity { get; set; }

    public string? EntityId { get; set; }

    /// <summary>Owner of the changed data (kommunekode); null for national data and for accounts.</summary>
    public string? Municipality { get; set; }

    public int? VersionBefore { get; set; }
    public int? VersionAfter { get; set; }

    /// <summary>create, update, delete, import, revoke, grant …</summary>
    public required string Action { get; set; }
}
