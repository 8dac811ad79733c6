namespace Kortlaegning.Api.Accounts;

/// <summary>
/// Thrown by <see cref="ICurrentUser.Require"/> when the caller lacks a right on data of a municipality;
/// ErrorHandling answers it as 401 (not signed in) or 403 ProblemDetails naming the policy and the owner.
/// </summary>
public sealed class ForbiddenException(Permission permission, string? municipality, bool authenticated)
    : Exception($"The {Authorisation.RoleFor(permission)} role {(municipality is null ? "nationally" : $"for municipality {municipality}")} is required to {permission.ToString().ToLowerInvariant()} this data.")
{
    public Permission Permission { get; } = permission;
    public string? Municipality { get; } = municipality;
    public bool Authenticated { get; } = authenticated;
    public string Policy => Authorisation.RoleFor(Permission);
}
