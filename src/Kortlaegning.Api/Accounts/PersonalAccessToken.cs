namespace Kortlaegning.Api.Accounts;

/// <summary>
/// A named, expiring, revocable bearer token of an account (table <c>personal_access_tokens</c>). Only the SHA-256 of
/// the token is stored; <see cref="Prefix"/> (its first characters) lets a person tell their tokens apart in a list.
/// </summary>
public sealed class PersonalAccessToken
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public required string Name { get; set; }
    public required byte[] TokenHash { get; set; }
    public required string Prefix { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
}
