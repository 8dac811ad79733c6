using System.Security.Claims;
using Kortlaegning.Api.Infrastructure;

namespace Kortlaegning.Api.Accounts;

/// <summary>
/// The one authorisation decision of the service (DESIGN.md §1): a function of the caller's grants, the action and the
/// owner of the data. Endpoint policies ask <see cref="HasRole"/> as the first gate; stores ask <see cref="Can"/> with the
/// owner they read from the row (or derived from the geometry) before they change it. Pure: no database, no HTTP.
/// </summary>
public static class Authorisation
{
    /// <summary>The least role an action needs.</summary>
    public static string RoleFor(Permission permission) => permission switch
    {
        Permission.Read => Policies.Viewer,
        Permission.ReadDrafts => Policies.Planner,
        Permission.Import => Policies.Analyst,
        Permission.Edit => Policies.Planner,
        Permission.Facilitate => Policies.Facilitator,
        Permission.EditReference or Permission.ManageUsers or Permission.ReadAudit => Policies.Admin,
        _ => throw new ArgumentOutOfRangeException(nameof(permission)),
    };

    /// <summary>
    /// Whether <paramref name="user"/> may do <paramref name="permission"/> on data owned by <paramref name="ownerMunicipality"/>
    /// (a kommunekode; null = national data). A grant for one municipality covers only that municipality's data; a
    /// national grant covers all of it. <see cref="Permission.Read"/> ignores the owner; <see cref="Permission.EditReference"/>
    /// always needs a national admin. A system principal (the command line) may do everything.
    /// </summary>
    public static bool Can(ClaimsPrincipal user, Permission permission, string? ownerMunicipality)
    {
        if (AccountClaims.IsSystem(user)) return true;
        return Can(AccountClaims.Grants(user), permission, ownerMunicipality);
    }

    public static bool Can(IEnumerable<Grant> grants, Permission permission, string? ownerMunicipality)
    {
        var role = RoleFor(permission);
        return permission switch
        {
            Permission.Read => grants.Any(g => Roles.Implies(g.Role, role)),
            Permission.EditReference => grants.Any(g => g.Role == Policies.Admin && g.Municipality is null),
            _ => grants.Any(g => Roles.Implies(g.Role, role) && g.Covers(ownerMunicipality)),
        };
    }

    /// <summary>The endpoint policy: the role (or one implying it) for any municipality or nationally.</summary>
    public static bool HasRole(ClaimsPrincipal user, string role) =>
        AccountClaims.IsSystem(user) || AccountClaims.Grants(user).Any(g => Roles.Implies(g.Role, role));

    /// <summary>The municipalities where the user may do <paramref name="permission"/>; null when nationally (all of them).</summary>
    public static IReadOnlySet<string>? Municipalities(ClaimsPrincipal user, Permission permission)
    {
        if (AccountClaims.IsSystem(user)) return null;
        var role = RoleFor(permission);
        var grants = AccountClaims.Grants(user).Where(g => Roles.Implies(g.Role, role)).ToList();
        if (grants.Any(g => g.Municipality is null)) return null;
        return grants.Select(g => g.Municipality!).ToHashSet();
    }
}
