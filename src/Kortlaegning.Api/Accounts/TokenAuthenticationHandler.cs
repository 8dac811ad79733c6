using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Kortlaegning.Api.Accounts;

/// <summary>
/// <c>Authorization: Bearer kl_…</c>: looks the token's SHA-256 up (one query with the account and its grants) and
/// builds the principal. No header: no result (the cookie may still sign the request in). An unknown, revoked or
/// expired token, or one of a disabled account, fails: <see cref="AuthenticationFailure"/> then answers 401 on every
/// endpoint, so a script learns that its token stopped working instead of silently reading as anonymous.
/// </summary>
public sealed class TokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AccountStore store, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith(TokenSecrets.Scheme + " ", StringComparison.OrdinalIgnoreCase)) return AuthenticateResult.NoResult();
        var token = header[(TokenSecrets.Scheme.Length + 1)..].Trim();
        var now = clock.GetUtcNow();
        var match = TokenSecrets.LooksLikeToken(token) ? await store.FindTokenAsync(TokenSecrets.Hash(token), Context.RequestAborted) : null;
        var failure = match switch
        {
            null => "The token is not known.",
            { RevokedAt: not null } => "The token has been revoked.",
            _ when match.ExpiresAt <= now => "The token has expired.",
            { Account.Disabled: true } => "The token's account is disabled.",
            _ => null,
        };
        if (failure is not null)
        {
            AuthenticationFailure.Set(Context, failure);
            return AuthenticateResult.Fail(failure);
        }
        if (match!.LastUsedAt is null || now - match.LastUsedAt > AccountStore.TouchInterval) await store.TouchAsync(match.Id, Context.RequestAborted);
        var principal = AccountClaims.ForAccount(match.Account, Scheme.Name, match.Id, match.Name);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }
}

/// <summary>Why the credentials of this request were refused, for the 401 answer.</summary>
public static class AuthenticationFailure
{
    private const string Key = "kl:auth-failure";

    public static void Set(HttpContext http, string reason) => http.Items[Key] = reason;

    public static string? Get(HttpContext http) => http.Items[Key] as string;
}
