using Kortlaegning.Api.Accounts;
using Microsoft.AspNetCore.Authorization;

namespace Kortlaegning.Api.Infrastructure;

/// <summary>
/// The role policies on endpoints, the first gate: each needs a signed-in caller holding that role (or one implying it,
/// <see cref="Roles.Implies"/>) for any municipality or nationally. Whether the caller may touch a given municipality's
/// data is the stores' second gate (<see cref="Authorisation.Can(System.Security.Claims.ClaimsPrincipal, Permission, string?)"/>).
/// <see cref="SignedIn"/> is for the caller's own account (tokens, password). Endpoints without a policy fall back to
/// <see cref="AnonymousReadRequirement"/>.
/// </summary>
public static class Policies
{
    public const string Viewer = "viewer";
    public const string Analyst = "analyst";
    public const string Planner = "planner";
    public const string Facilitator = "facilitator";
    public const string Admin = "admin";
    public const string SignedIn = "signed-in";

    /// <summary>A facilitator or a planner (neither implies the other): feeding a workshop's counts back as indicators.</summary>
    public const string FacilitatorOrPlanner = "facilitator-or-planner";

    public static void Add(AuthorizationOptions options)
    {
        foreach (var name in new[] { Viewer, Analyst, Planner, Facilitator, Admin })
        {
            options.AddPolicy(name, p => p.RequireAuthenticatedUser().AddRequirements(new RoleRequirement(name)));
        }
        options.AddPolicy(FacilitatorOrPlanner, p => p.RequireAuthenticatedUser().AddRequirements(new RoleRequirement(FacilitatorOrPlanner)));
        options.AddPolicy(SignedIn, p => p.RequireAuthenticatedUser());
        options.DefaultPolicy = options.GetPolicy(SignedIn)!;
        options.FallbackPolicy = new AuthorizationPolicyBuilder().AddRequirements(new AnonymousReadRequirement()).Build();
    }
}
