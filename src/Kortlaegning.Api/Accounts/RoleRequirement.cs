using Kortlaegning.Api.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Kortlaegning.Api.Accounts;

/// <summary>The role of a policy; its name is the policy's name, so a 403 can say which policy failed.</summary>
public sealed record RoleRequirement(string Role) : IAuthorizationRequirement;

internal sealed class RoleRequirementHandler : AuthorizationHandler<RoleRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, RoleRequirement requirement)
    {
        bool holds = requirement.Role == Policies.FacilitatorOrPlanner
            ? Authorisation.HasRole(context.User, Policies.Facilitator) || Authorisation.HasRole(context.User, Policies.Planner)
            : Authorisation.HasRole(context.User, requirement.Role);
        if (holds) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}

/// <summary>
/// The fallback for endpoints without a policy (reads, and computations posted as bodies such as rankings and
/// estimates). With <see cref="AuthOptions.AnonymousRead"/> on, everyone passes; off, the API needs the viewer role —
/// except what must stay open: sign-in, health, the workshop participant surface (join code and participant token
/// instead of an account), and pages and files that are not API calls.
/// </summary>
public sealed class AnonymousReadRequirement : IAuthorizationRequirement
{
    public static readonly string[] AlwaysOpen = ["/api/account", "/api/workshops", "/healthz", "/api/docs", "/openapi"];

    /// <summary>Requests that reach no endpoint are files (map, login and workshop pages); the data behind them is gated.</summary>
    public static bool IsOpen(HttpContext http) =>
        http.GetEndpoint() is null || AlwaysOpen.Any(p => http.Request.Path.StartsWithSegments(p));
}

internal sealed class AnonymousReadHandler(IOptionsMonitor<AuthOptions> options) : AuthorizationHandler<AnonymousReadRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, AnonymousReadRequirement requirement)
    {
        var open = options.CurrentValue.AnonymousRead
            || context.Resource is not HttpContext http
            || AnonymousReadRequirement.IsOpen(http)
            || Authorisation.HasRole(context.User, Policies.Viewer);
        if (open) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
