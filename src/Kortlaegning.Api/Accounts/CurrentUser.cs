using System.Security.Claims;
using Kortlaegning.Api.Audit;

namespace Kortlaegning.Api.Accounts;

/// <summary>
/// The caller of the current request, for stores and handlers. A singleton over <see cref="IHttpContextAccessor"/>, so
/// singleton stores can take it; outside a request (the command line, background work) it is the system principal.
/// </summary>
public interface ICurrentUser
{
    ClaimsPrincipal Principal { get; }

    bool IsAuthenticated { get; }

    /// <summary>Who is acting, for the audit trail.</summary>
    Actor Actor { get; }

    bool Can(Permission permission, string? municipality);

    /// <summary>Throws <see cref="ForbiddenException"/> (→ 401/403 ProblemDetails) unless <see cref="Can"/>.</summary>
    void Require(Permission permission, string? municipality);
}

internal sealed class CurrentUser(IHttpContextAccessor http) : ICurrentUser
{
    private static readonly ClaimsPrincipal Cli = AccountClaims.System("cli");

    public ClaimsPrincipal Principal => http.HttpContext?.User ?? Cli;

    public bool IsAuthenticated => Principal.Identity?.IsAuthenticated == true;

    public Actor Actor => Actor.Of(Principal);

    public bool Can(Permission permission, string? municipality) => Authorisation.Can(Principal, permission, municipality);

    public void Require(Permission permission, string? municipality)
    {
        if (!Can(permission, municipality)) throw new ForbiddenException(permission, municipality, IsAuthenticated);
    }
}
