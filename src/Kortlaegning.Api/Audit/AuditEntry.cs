namespace Kortlaegning.Api.Audit;

/// <summary>
/// What a store changed, for <see cref="AuditLog"/>: the entity (facility, scenario, indicator_value, …), its id, the
/// owning municipality, the action, and the versions around it. The actor and endpoint come from the request unless
/// <see cref="Actor"/> is given (workshop participants, who have no account).
/// </summary>
public sealed record AuditEntry(string Entity, string? EntityId, string Action, string? Municipality = null, int? VersionBefore = null, int? VersionAfter = null)
{
    public Actor? Actor { get; init; }
}
