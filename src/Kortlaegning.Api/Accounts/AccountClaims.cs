using System.Security.Claims;

namespace Kortlaegning.Api.Accounts;

/// <summary>An account as authentication needs it: who, whether it may sign in, and its grants.</summary>
public sealed record AccountSnapshot(Guid Id, string Email, string? SecurityStamp, bool MustChangePassword, bool Disabled, IReadOnlyList<Grant> Grants);

/// <summary>
/// The claims principal of a signed-in caller: its id and email, how it signed in (cookie or token, and which token),
/// and one <see cref="GrantType"/> claim per grant. An account that must change its password carries no grants.
/// </summary>
public static class AccountClaims
{
    public const string GrantType = "kl:grant";
    public const string ActorKindType = "kl:actor";
    public const string TokenIdType = "kl:token_id";
    public const string TokenNameType = "kl:token_name";
    public const string MustChangePasswordType = "kl:must_change_password";
    public const string SecurityStampType = "kl:stamp";
    private const string SystemType = "kl:system";

    public static ClaimsPrincipal ForAccount(AccountSnapshot account, string authenticationType, Guid? tokenId = null, string? tokenName = null)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, account.Id.ToString()),
            new(ClaimTypes.Name, account.Email),
            new(ClaimTypes.Email, account.Email),
            new(ActorKindType, tokenId is null ? Audit.ActorKinds.User : Audit.ActorKinds.Token),
        };
        if (account.SecurityStamp is not null) claims.Add(new Claim(SecurityStampType, account.SecurityStamp));
        if (tokenId is not null) claims.Add(new Claim(TokenIdType, tokenId.Value.ToString()));
        if (tokenName is not null) claims.Add(new Claim(TokenNameType, tokenName));
        // A one-time password is known to whoever set it: its session may only choose a new one. Tokens are issued
        // deliberately (by the owner or the operator) and keep the account's grants.
        if (account.MustChangePassword && tokenId is null) claims.Add(new Claim(MustChangePasswordType, "true"));
        else claims.AddRange(account.Grants.Select(g => new Claim(GrantType, g.ToString())));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType, ClaimTypes.Name, null));
    }

    /// <summary>The operator at the command line: may do everything, audited as "system".</summary>
    public static ClaimsPrincipal System(string name) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, name), new Claim(SystemType, "true"), new Claim(ActorKindType, Audit.ActorKinds.System)], "system"));

    public static bool IsSystem(ClaimsPrincipal user) => user.HasClaim(SystemType, "true");

    public static IReadOnlyList<Grant> Grants(ClaimsPrincipal user) =>
        [.. user.FindAll(GrantType).Select(c => Grant.Parse(c.Value)).OfType<Grant>()];

    public static Guid? UserId(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public static bool MustChangePassword(ClaimsPrincipal user) => user.HasClaim(MustChangePasswordType, "true");
}
