using System.Security.Claims;
using Kortlaegning.Api.Data;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kortlaegning.Api.Accounts;

/// <summary>
/// OpenID Connect sign-in (a municipality's Entra ID). The identity provider's claims are mapped to grants by
/// configuration (<see cref="OidcOptions.RoleMap"/>); the account is found or created by email and its grants replaced
/// by the mapped ones on every sign-in, so tokens, audit and the per-request check work as for local accounts.
/// </summary>
internal static class OidcSignIn
{
    public const string Scheme = "oidc";

    public static void Add(Microsoft.AspNetCore.Authentication.AuthenticationBuilder auth, OidcOptions o)
    {
        auth.AddOpenIdConnect(Scheme, o.DisplayName, x =>
        {
            x.Authority = o.Authority;
            x.ClientId = o.ClientId;
            x.ClientSecret = o.ClientSecret;
            x.CallbackPath = o.CallbackPath;
            x.ResponseType = "code";
            x.UsePkce = true;
            x.SignInScheme = IdentityConstants.ApplicationScheme;
            x.Scope.Clear();
            foreach (var s in o.Scopes) x.Scope.Add(s);
            x.MapInboundClaims = false;
            x.Events.OnTokenValidated = async ctx =>
            {
                var external = ctx.Principal!;
                var email = external.FindFirstValue(o.EmailClaim) ?? external.FindFirstValue("preferred_username");
                if (string.IsNullOrWhiteSpace(email))
                {
                    ctx.Fail("The identity provider sent no email.");
                    return;
                }
                var grants = MapGrants(external, o);
                var services = ctx.HttpContext.RequestServices;
                var account = await ProvisionAsync(services, email.Trim(), grants, ctx.HttpContext.RequestAborted);
                if (account is null || account.Disabled)
                {
                    ctx.Fail("The account is disabled.");
                    return;
                }
                ctx.Principal = AccountClaims.ForAccount(account, IdentityConstants.ApplicationScheme);
            };
        });
    }

    /// <summary>Grants named by the role claim's values through the map; pure, so it is unit-tested.</summary>
    public static IReadOnlyList<Grant> MapGrants(ClaimsPrincipal external, OidcOptions o)
    {
        var municipality = external.FindFirstValue(o.MunicipalityClaim);
        if (string.IsNullOrWhiteSpace(municipality)) municipality = string.IsNullOrWhiteSpace(o.DefaultMunicipality) ? null : o.DefaultMunicipality;
        var grants = new List<Grant>();
        foreach (var value in external.FindAll(o.RoleClaim).Select(c => c.Value))
        {
            if (!o.RoleMap.TryGetValue(value, out var mapped)) continue;
            var grant = mapped.Contains(':') ? Grant.Parse(mapped) : Roles.IsRole(mapped) ? new Grant(mapped, municipality) : null;
            if (grant is not null && UserAdministration.CheckGrant(grant.Role, grant.Municipality).Count == 0) grants.Add(grant);
        }
        return [.. grants.Distinct()];
    }

    private static async Task<AccountSnapshot?> ProvisionAsync(IServiceProvider services, string email, IReadOnlyList<Grant> grants, CancellationToken ct)
    {
        var users = services.GetRequiredService<UserManager<Account>>();
        var admin = services.GetRequiredService<UserAdministration>();
        var account = await users.FindByEmailAsync(email);
        if (account is null)
        {
            account = new Account { Id = Guid.NewGuid(), UserName = email, Email = email, EmailConfirmed = true, CreatedAt = DateTimeOffset.UtcNow, LockoutEnabled = true };
            var created = await users.CreateAsync(account);
            if (!created.Succeeded) return null;
        }
        var db = services.GetRequiredService<KortlaegningDb>();
        var current = await db.Set<RoleGrant>().Where(g => g.UserId == account.Id).Select(g => new Grant(g.Role, g.Municipality)).ToListAsync(ct);
        if (!current.ToHashSet().SetEquals(grants)) await admin.SetGrantsAsync(account, grants, ct);
        return await services.GetRequiredService<AccountStore>().FindAccountAsync(account.Id, ct);
    }
}
