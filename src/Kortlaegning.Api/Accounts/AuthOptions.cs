namespace Kortlaegning.Api.Accounts;

/// <summary>
/// Sign-in, tokens and the default admin, bound from <c>Kortlaegning:Auth</c> (appsettings.json shows every key with
/// its default). docs/security.md explains each.
/// </summary>
public sealed class AuthOptions
{
    public const string Section = "Kortlaegning:Auth";

    /// <summary>Anonymous callers may read published data; false: every read needs the viewer role.</summary>
    public bool AnonymousRead { get; set; } = true;

    public string CookieName { get; set; } = ".Kortlaegning.Auth";

    /// <summary>A session cookie lives this long without use (sliding).</summary>
    public int CookieHours { get; set; } = 8;

    /// <summary>Send the cookie over HTTPS only; leave false only for plain-HTTP loopback use.</summary>
    public bool CookieSecureOnly { get; set; }

    /// <summary>Lifetime of a personal access token when the caller names none, and the most it may ask for.</summary>
    public int TokenDefaultDays { get; set; } = 90;

    public int TokenMaxDays { get; set; } = 366;

    /// <summary>The header every cookie-authenticated POST/PUT/PATCH/DELETE must carry (any value); a cross-site form or no-cors fetch cannot.</summary>
    public string CsrfHeader { get; set; } = "X-Requested-With";

    /// <summary>Sign-in attempts per client address per minute before 429.</summary>
    public int SignInPerMinute { get; set; } = 10;

    /// <summary>Wrong passwords in a row before the account is locked for <see cref="LockoutMinutes"/>.</summary>
    public int LockoutAttempts { get; set; } = 5;

    public int LockoutMinutes { get; set; } = 15;

    public int PasswordMinLength { get; set; } = 12;

    /// <summary>Created on first start when no enabled account holds the admin role.</summary>
    public string DefaultAdminEmail { get; set; } = "admin@localhost";

    /// <summary>Where the default admin's one-time password is written (relative: to the working directory); git-ignored.</summary>
    public string AdminPasswordFile { get; set; } = ".kortlaegning/admin-password.txt";

    public OidcOptions Oidc { get; set; } = new();
}

/// <summary>
/// OpenID Connect sign-in (e.g. a municipality's Entra ID), off by default. On sign-in the account is found or created
/// by email and its grants are replaced by the ones the identity provider's claims map to.
/// </summary>
public sealed class OidcOptions
{
    public bool Enabled { get; set; }
    public string DisplayName { get; set; } = "Entra ID";
    public string Authority { get; set; } = "";
    public string ClientId { get; set; } = "";
    public string ClientSecret { get; set; } = "";
    public string CallbackPath { get; set; } = "/signin-oidc";
    public string[] Scopes { get; set; } = ["openid", "profile", "email"];

    /// <summary>Claim holding the user's email (falls back to preferred_username).</summary>
    public string EmailClaim { get; set; } = "email";

    /// <summary>Claim whose values are looked up in <see cref="RoleMap"/> (Entra ID app roles: "roles").</summary>
    public string RoleClaim { get; set; } = "roles";

    /// <summary>Claim with the kommunekode the roles apply to; empty or missing = <see cref="DefaultMunicipality"/>.</summary>
    public string MunicipalityClaim { get; set; } = "kommunekode";

    /// <summary>Municipality for mapped roles when the token names none; empty = national.</summary>
    public string DefaultMunicipality { get; set; } = "";

    /// <summary>
    /// Claim value → role, optionally with a scope: <c>"Kortlaegning.Planner": "planner"</c>, or
    /// <c>"Odder.Planner": "planner:0727"</c>. Unmapped values give nothing.
    /// </summary>
    public Dictionary<string, string> RoleMap { get; set; } = [];
}
