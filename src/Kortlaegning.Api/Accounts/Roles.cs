using Kortlaegning.Api.Infrastructure;

namespace Kortlaegning.Api.Accounts;

/// <summary>
/// The five roles and what each implies: admin implies every role; planner implies analyst, and analyst and
/// facilitator imply viewer. A facilitator is not a planner (running a workshop does not let one edit facilities).
/// </summary>
public static class Roles
{
    public static readonly IReadOnlyList<string> All = [Policies.Viewer, Policies.Analyst, Policies.Planner, Policies.Facilitator, Policies.Admin];

    public static bool IsRole(string? name) => name is not null && All.Contains(name);

    /// <summary>Whether holding <paramref name="granted"/> gives the rights of <paramref name="required"/>.</summary>
    public static bool Implies(string granted, string required) => granted == required || (granted, required) switch
    {
        (Policies.Admin, _) => true,
        (Policies.Planner, Policies.Analyst or Policies.Viewer) => true,
        (Policies.Analyst or Policies.Facilitator, Policies.Viewer) => true,
        _ => false,
    };
}

/// <summary>One role for one municipality (kommunekode), or nationally when <see cref="Municipality"/> is null.</summary>
public sealed record Grant(string Role, string? Municipality)
{
    /// <summary>"planner:0727", or "admin:*" for a national grant: the claim value.</summary>
    public override string ToString() => $"{Role}:{Municipality ?? "*"}";

    public static Grant? Parse(string value)
    {
        var i = value.IndexOf(':');
        if (i <= 0) return null;
        var role = value[..i];
        var scope = value[(i + 1)..];
        return Roles.IsRole(role) ? new Grant(role, scope == "*" ? null : scope) : null;
    }

    /// <summary>Whether this grant covers data owned by <paramref name="owner"/> (null = national data).</summary>
    public bool Covers(string? owner) => Municipality is null || Municipality == owner;
}
