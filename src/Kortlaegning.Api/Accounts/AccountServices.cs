using Kortlaegning.Api.Audit;
using Kortlaegning.Api.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kortlaegning.Api.Accounts;

/// <summary>
/// Accounts, authentication and audit: Identity on the service's own database, the session cookie and bearer tokens
/// behind one policy scheme (a request with <c>Authorization: Bearer</c> is judged by its token only), optional OpenID
/// Connect, the authorisation handlers and the 401/403 answers, the default admin, and the OpenAPI security schemes.
/// </summary>
public static class AccountServices
{
    public const string Scheme = "kortlaegning";

    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section);
        var options = configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        services.AddHttpContextAccessor();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ICurrentUser, CurrentUser>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<AuditStore>();
        services.AddSingleton<AccountStore>();
        services.AddScoped<UserAdministration>();
        services.AddSingleton<DefaultAdmin>();
        services.AddHostedService(sp => sp.GetRequiredService<DefaultAdmin>());

        services.AddIdentityCore<Account>(o =>
        {
            o.User.RequireUniqueEmail = true;
            // Length over composition rules (NIST SP 800-63B §5.1.1): at least N characters, a few of them different.
            o.Password.RequiredLength = options.PasswordMinLength;
            o.Password.RequiredUniqueChars = 4;
            o.Password.RequireDigit = false;
            o.Password.RequireLowercase = false;
            o.Password.RequireUppercase = false;
            o.Password.RequireNonAlphanumeric = false;
            o.Lockout.MaxFailedAccessAttempts = options.LockoutAttempts;
            o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(options.LockoutMinutes);
            o.Lockout.AllowedForNewUsers = true;
        }).AddEntityFrameworkStores<KortlaegningDb>().AddSignInManager().AddErrorDescriber<LocalisedIdentityErrors>();

        var auth = services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "Cookie or bearer token", o => o.ForwardDefaultSelector = http =>
                http.Request.Headers.Authorization.ToString().StartsWith(TokenSecrets.Scheme + " ", StringComparison.OrdinalIgnoreCase)
                    ? TokenSecrets.Scheme
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, TokenAuthenticationHandler>(TokenSecrets.Scheme, null)
            .AddCookie(IdentityConstants.ApplicationScheme, o =>
            {
                o.Cookie.Name = options.CookieName;
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = options.CookieSecureOnly ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(options.CookieHours);
                o.SlidingExpiration = true;
                o.Events = new CookieAuthenticationEvents
                {
                    OnValidatePrincipal = ValidateSessionAsync,
                    // An API answers 401/403 (AuthProblems), it does not redirect to a login page.
                    OnRedirectToLogin = ctx => { ctx.Response.StatusCode = 401; return Task.CompletedTask; },
                    OnRedirectToAccessDenied = ctx => { ctx.Response.StatusCode = 403; return Task.CompletedTask; },
                };
            });
        if (options.Oidc.Enabled) OidcSignIn.Add(auth, options.Oidc);

        services.AddSingleton<IAuthorizationHandler, RoleRequirementHandler>();
        services.AddSingleton<IAuthorizationHandler, AnonymousReadHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AuthProblems>();
        services.AddSingleton<SecuritySchemes>();
        services.Configure<OpenApiOptions>("v1", o =>
        {
            o.AddDocumentTransformer<SecuritySchemes>();
            o.AddOperationTransformer<SecuritySchemes>();
        });
        return services;
    }

    /// <summary>
    /// Every cookie request re-reads the account (one query): a disabled account, a changed password or a changed grant
    /// takes effect on the next request, not when the cookie expires.
    /// </summary>
    private static async Task ValidateSessionAsync(CookieValidatePrincipalContext ctx)
    {
        var id = ctx.Principal is null ? null : AccountClaims.UserId(ctx.Principal);
        var store = ctx.HttpContext.RequestServices.GetRequiredService<AccountStore>();
        var account = id is null ? null : await store.FindAccountAsync(id.Value, ctx.HttpContext.RequestAborted);
        if (account is null || account.Disabled || account.SecurityStamp != ctx.Principal!.FindFirst(AccountClaims.SecurityStampType)?.Value)
        {
            ctx.RejectPrincipal();
            await ctx.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }
        ctx.ReplacePrincipal(AccountClaims.ForAccount(account, IdentityConstants.ApplicationScheme));
    }

    public static void MapAccounts(this IEndpointRouteBuilder app)
    {
        app.MapAccount();
        app.MapAudit();
        if (app.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<AuthOptions>>().Value.Oidc.Enabled)
        {
            app.MapGet("/api/account/oidc", (string? returnUrl) => Results.Challenge(
                new AuthenticationProperties { RedirectUri = returnUrl is { } u && u.StartsWith('/') && !u.StartsWith("//", StringComparison.Ordinal) ? u : "/" },
                [OidcSignIn.Scheme])).AllowAnonymous().WithTags("Account").WithName("SignInWithOidc")
                .WithSummary("Start OpenID Connect sign-in (only when Kortlaegning:Auth:Oidc:Enabled).");
        }
    }
}
