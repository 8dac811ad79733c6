using System.Security.Claims;
using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Api.Infrastructure.Localisation;
using Kortlaegning.Api.Infrastructure.Security;
using Kortlaegning.Api.Infrastructure.Validation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Kortlaegning.Api.Accounts;

public sealed record LoginBody(string? Email, string? Password);

public sealed record PasswordBody(string? CurrentPassword, string? NewPassword);

public sealed record TokenBody(string? Name, int? Days);

public sealed record GrantDto(string Role, string? Municipality)
{
    public static GrantDto From(Grant g) => new(g.Role, g.Municipality);
}

/// <summary>Who the caller is: email, how it signed in (user = cookie, token), its grants, whether the password must change.</summary>
public sealed record MeDto(string Email, string Actor, string? TokenName, bool MustChangePassword, IReadOnlyList<GrantDto> Grants);

public sealed record CreatedToken(Guid Id, string Name, string Prefix, DateTimeOffset ExpiresAt, string Token);

/// <summary>
/// Sign-in and the caller's own account: cookie sign-in and sign-out (the map), who am I, password change, and
/// personal access tokens (list, create — shown once —, revoke).
/// </summary>
public static class AccountEndpoints
{
    public const string SignInLimiter = "sign-in";
    public const int MaxTokenName = 100;

    public static void MapAccount(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/account").WithTags("Account");
        g.MapPost("/login", Login).WithName("SignIn").AllowAnonymous().RequireRateLimiting(SignInLimiter).WithMetadata(new CsrfHeaderRequired())
            .WithSummary("Sign in with email and password: sets the session cookie (SameSite=Strict). 401 without saying which part was wrong; 429 when too many tries.")
            .ProducesProblem(401).ProducesProblem(429);
        g.MapPost("/logout", (Delegate)Logout).WithName("SignOut").AllowAnonymous().WithSummary("End the cookie session.");
        g.MapGet("/me", Me).WithName("WhoAmI").RequireAuthorization(Policies.SignedIn)
            .WithSummary("The signed-in caller: email, cookie or token, grants (role and municipality; null = national).");
        g.MapPost("/password", ChangePassword).WithName("ChangePassword").RequireAuthorization(Policies.SignedIn).RequireRateLimiting(SignInLimiter)
            .WithSummary("Change one's own password (required after a one-time password).").ProducesProblem(400);
        g.MapGet("/tokens", ListTokens).WithName("ListTokens").RequireAuthorization(Policies.SignedIn)
            .WithSummary("One's personal access tokens: name, prefix, created, expires, revoked, last used (never the token).");
        g.MapPost("/tokens", CreateToken).WithName("CreateToken").RequireAuthorization(Policies.SignedIn)
            .WithSummary("Create a personal access token for scripts and QGIS (Authorization: Bearer …); the token is shown only in this answer. Needs a cookie session, not a token.")
            .ProducesProblem(400).ProducesProblem(403);
        g.MapDelete("/tokens/{id:guid}", RevokeToken).WithName("RevokeToken").RequireAuthorization(Policies.SignedIn)
            .WithSummary("Revoke one of one's tokens; it answers 401 from then on.");
        g.MapUserAdmin();
    }

    internal static async Task<Results<Ok<MeDto>, ProblemHttpResult>> Login(
        LoginBody body, HttpContext http, SignInManager<Account> signIn, AccountStore store, CancellationToken ct)
    {
        // One answer for unknown email, wrong password, locked and disabled accounts: nothing to enumerate.
        var refused = Problems.Status(401, "Sign-in failed", "The email or password is wrong, or the account is locked for a while.");
        if (string.IsNullOrWhiteSpace(body.Email) || string.IsNullOrEmpty(body.Password)) return refused;
        var account = await signIn.UserManager.FindByEmailAsync(body.Email.Trim());
        if (account is null)
        {
            // Spend the time of a hash anyway, so the answer's timing does not tell whether the email exists.
            signIn.UserManager.PasswordHasher.VerifyHashedPassword(new Account(), DummyHash, body.Password);
            return refused;
        }
        var check = await signIn.CheckPasswordSignInAsync(account, body.Password, lockoutOnFailure: true);
        if (!check.Succeeded || account.DisabledAt is not null) return refused;
        var snapshot = await store.FindAccountAsync(account.Id, ct);
        if (snapshot is null) return refused;
        var principal = AccountClaims.ForAccount(snapshot, IdentityConstants.ApplicationScheme);
        await http.SignInAsync(IdentityConstants.ApplicationScheme, principal, new AuthenticationProperties { IsPersistent = false });
        return TypedResults.Ok(ToMe(principal));
    }

    private static readonly string DummyHash = new PasswordHasher<Account>().HashPassword(new Account(), "not a real password at all");

    internal static async Task<NoContent> Logout(HttpContext http)
    {
        await http.SignOutAsync(IdentityConstants.ApplicationScheme);
        return TypedResults.NoContent();
    }

    internal static Ok<MeDto> Me(ClaimsPrincipal user) => TypedResults.Ok(ToMe(user));

    private static MeDto ToMe(ClaimsPrincipal user) => new(
        user.Identity?.Name ?? "",
        user.FindFirstValue(AccountClaims.ActorKindType) ?? "",
        user.FindFirstValue(AccountClaims.TokenNameType),
        AccountClaims.MustChangePassword(user),
        [.. AccountClaims.Grants(user).Select(GrantDto.From)]);

    internal static async Task<Results<NoContent, ProblemHttpResult>> ChangePassword(
        PasswordBody body, ClaimsPrincipal user, HttpContext http, UserAdministration admin, AccountStore store, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrEmpty(body.CurrentPassword)) errors.Add("currentPassword", Texts.GiveCurrentPassword.Get());
        if (string.IsNullOrEmpty(body.NewPassword)) errors.Add("newPassword", Texts.GiveNewPassword.Get());
        if (errors.Any) return errors.ToProblem("Password not changed");
        if (await admin.FindAsync(AccountClaims.UserId(user)!.Value) is not { } account) return Problems.NotFound("No such account.");
        errors = await admin.ChangePasswordAsync(account, body.CurrentPassword!, body.NewPassword!, ct);
        if (errors.Any) return errors.ToProblem("Password not changed");
        if (user.FindFirstValue(AccountClaims.ActorKindType) == Audit.ActorKinds.User && await store.FindAccountAsync(account.Id, ct) is { } snapshot)
        {
            // The session now carries the account's grants (a one-time password's session carried none).
            await http.SignInAsync(IdentityConstants.ApplicationScheme, AccountClaims.ForAccount(snapshot, IdentityConstants.ApplicationScheme));
        }
        return TypedResults.NoContent();
    }

    internal static async Task<Ok<IReadOnlyList<TokenInfo>>> ListTokens(ClaimsPrincipal user, AccountStore store, CancellationToken ct) =>
        TypedResults.Ok(await store.ListTokensAsync(AccountClaims.UserId(user)!.Value, ct));

    internal static async Task<Results<Created<CreatedToken>, ProblemHttpResult>> CreateToken(
        TokenBody body, ClaimsPrincipal user, AccountStore store, IOptions<AuthOptions> options, TimeProvider clock, CancellationToken ct)
    {
        // A leaked token must not be able to mint long-lived siblings of itself.
        if (user.FindFirstValue(AccountClaims.ActorKindType) != Audit.ActorKinds.User)
        {
            return Problems.Status(403, "Tokens are created in a signed-in session", "Sign in with email and password (or the command line `users token`) to create a token.");
        }
        if (AccountClaims.MustChangePassword(user)) return Problems.Status(403, "Password change required", "Choose a new password first.");
        var errors = new FieldErrors();
        errors.Text("name", body.Name, MaxTokenName, required: true);
        errors.Range("days", body.Days, 1, options.Value.TokenMaxDays);
        if (errors.Any) return errors.ToProblem("Token not created");
        var expires = clock.GetUtcNow().AddDays(body.Days ?? options.Value.TokenDefaultDays);
        var (info, token) = await store.CreateTokenAsync(AccountClaims.UserId(user)!.Value, body.Name!.Trim(), expires, ct);
        return TypedResults.Created($"/api/account/tokens/{info.Id}", new CreatedToken(info.Id, info.Name, info.Prefix, info.ExpiresAt, token));
    }

    internal static async Task<Results<NoContent, ProblemHttpResult>> RevokeToken(Guid id, ClaimsPrincipal user, AccountStore store, CancellationToken ct) =>
        await store.RevokeTokenAsync(AccountClaims.UserId(user)!.Value, id, ct) ? TypedResults.NoContent() : Problems.NotFound(Texts.NoSuchToken.Get());
}
