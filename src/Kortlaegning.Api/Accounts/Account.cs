using Microsoft.AspNetCore.Identity;

namespace Kortlaegning.Api.Accounts;

/// <summary>
/// A person or service that signs in (ASP.NET Core Identity user, table <c>users</c>). What it may do lives in
/// <see cref="RoleGrant"/> rows, not in Identity's unscoped roles.
/// </summary>
public sealed class Account : IdentityUser<Guid>
{
    /// <summary>
    /// The password was generated (default admin, <c>users add</c>, an admin's reset): until the owner sets one of their
    /// own, the account holds no rights and may only change its password.
    /// </summary>
    public bool MustChangePassword { get; set; }

    /// <summary>Set by <c>users disable</c> or the admin API: no sign-in, tokens and cookies stop working at once.</summary>
    public DateTimeOffset? DisabledAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
