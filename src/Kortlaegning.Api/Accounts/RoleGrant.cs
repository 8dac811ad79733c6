namespace Kortlaegning.Api.Accounts;

/// <summary>
/// One role of an account for one municipality (kommunekode) or, when <see cref="Municipality"/> is null, nationally.
/// Table <c>role_grants</c>.
/// </summary>
public sealed class RoleGrant
{
    public long Id { get; set; }
    public Guid UserId { get; set; }

    /// <summary>viewer, analyst, planner, facilitator or admin (<see cref="Roles"/>).</summary>
    public required string Role { get; set; }

    /// <summary>Kommunekode such as 0727; null = every municipality and the national reference data.</summary>
    public string? Municipality { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
