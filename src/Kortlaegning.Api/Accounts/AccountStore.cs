using System.Data.Common;
using Kortlaegning.Api.Audit;
using Kortlaegning.Api.Infrastructure.Data;
using Npgsql;

namespace Kortlaegning.Api.Accounts;

/// <summary>A token as its owner sees it in a list (never the token itself).</summary>
public sealed record TokenInfo(Guid Id, string Name, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt);

/// <summary>A bearer token found by its hash, with its account.</summary>
public sealed record TokenMatch(Guid Id, string Name, DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt, AccountSnapshot Account);

/// <summary>An account in the admin list.</summary>
public sealed record AccountInfo(Guid Id, string Email, bool MustChangePassword, DateTimeOffset? DisabledAt, DateTimeOffset CreatedAt, IReadOnlyList<Grant> Grants);

/// <summary>
/// The SQL behind authentication, which runs on every signed-in request and so is one round trip each: an account with
/// its grants by id (cookie sessions) or by token hash (bearer tokens); and the token list, creation and revocation.
/// Accounts themselves are written through ASP.NET Core Identity (<see cref="UserAdministration"/>).
/// </summary>
public sealed class AccountStore(NpgsqlDataSource db, AuditLog audit)
{
    private const string AccountById = """
        SELECT u.id, u.email, u.security_stamp, u.must_change_password, u.disabled_at, g.role, g.municipality
        FROM users u LEFT JOIN role_grants g ON g.user_id = u.id
        WHERE u.id = @id
        """;

    private const string TokenByHash = """
        SELECT t.id AS token_id, t.name AS token_name, t.expires_at, t.revoked_at, t.last_used_at,
               u.id, u.email, u.security_stamp, u.must_change_password, u.disabled_at, g.role, g.municipality
        FROM personal_access_tokens t
        JOIN users u ON u.id = t.user_id
        LEFT JOIN role_grants g ON g.user_id = u.id
        WHERE t.token_hash = @hash
        """;

    private const string TouchToken = "UPDATE personal_access_tokens SET last_used_at = now() WHERE id = @id";

    private const string InsertToken = """
        INSERT INTO personal_access_tokens (id, user_id, name, token_hash, prefix, created_at, expires_at)
        VALUES (@id, @user_id, @name, @token_hash, @prefix, now(), @expires_at)
        """;

    private const string TokensOfUser = """
        SELECT id, name, prefix, created_at, expires_at, revoked_at, last_used_at
        FROM personal_access_tokens WHERE user_id = @user_id ORDER BY created_at DESC
        """;

    private const string RevokeToken = """
        UPDATE personal_access_tokens SET revoked_at = now()
        WHERE id = @id AND user_id = @user_id AND revoked_at IS NULL
        RETURNING name
        """;

    private const string AllAccounts = """
        SELECT u.id, u.email, u.must_change_password, u.disabled_at, u.created_at, g.role, g.municipality
        FROM users u LEFT JOIN role_grants g ON g.user_id = u.id
        ORDER BY u.email, g.role, g.municipality
        """;

    private const string HasEnabledAdmin = """
        SELECT EXISTS (SELECT 1 FROM role_grants g JOIN users u ON u.id = g.user_id
                       WHERE g.role = 'admin' AND g.municipality IS NULL AND u.disabled_at IS NULL)
        """;

    /// <summary>How often last_used_at is written: a token used many times a second must not cost a write each time.</summary>
    public static readonly TimeSpan TouchInterval = TimeSpan.FromMinutes(1);

    public async Task<AccountSnapshot?> FindAccountAsync(Guid id, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(AccountById);
        cmd.Parameters.AddWithValue("id", id);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        AccountSnapshot? account = null;
        var grants = new List<Grant>();
        while (await r.ReadAsync(ct))
        {
            account ??= Snapshot(r, grants);
            AddGrant(r, grants);
        }
        return account;
    }

    public async Task<TokenMatch?> FindTokenAsync(byte[] hash, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(TokenByHash);
        cmd.Parameters.AddWithValue("hash", hash);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        TokenMatch? match = null;
        var grants = new List<Grant>();
        while (await r.ReadAsync(ct))
        {
            match ??= new TokenMatch(r.Get<Guid>("token_id"), r.Get<string>("token_name"), r.Get<DateTime>("expires_at"),
                r.Get<DateTime?>("revoked_at"), r.Get<DateTime?>("last_used_at"), Snapshot(r, grants));
            AddGrant(r, grants);
        }
        return match;
    }

    public async Task TouchAsync(Guid tokenId, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(TouchToken);
        cmd.Parameters.AddWithValue("id", tokenId);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Stores a new token's hash and its audit row in one transaction; answers the token (shown once).</summary>
    public async Task<(TokenInfo Info, string Token)> CreateTokenAsync(Guid userId, string name, DateTimeOffset expiresAt, CancellationToken ct)
    {
        var token = TokenSecrets.NewToken();
        var id = Guid.NewGuid();
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        await using (var cmd = new NpgsqlCommand(InsertToken, conn, tx))
        {
            cmd.Parameters.AddWithValue("id", id);
            cmd.Parameters.AddWithValue("user_id", userId);
            cmd.Parameters.AddWithValue("name", name);
            cmd.Parameters.AddWithValue("token_hash", TokenSecrets.Hash(token));
            cmd.Parameters.AddWithValue("prefix", TokenSecrets.Prefix(token));
            cmd.Parameters.AddWithValue("expires_at", expiresAt.ToUniversalTime());
            await cmd.ExecuteNonQueryAsync(ct);
        }
        await audit.WriteAsync(conn, tx, new AuditEntry("token", id.ToString(), "create"), ct);
        await tx.CommitAsync(ct);
        return (new TokenInfo(id, name, TokenSecrets.Prefix(token), DateTimeOffset.UtcNow, expiresAt, null, null), token);
    }

    public async Task<IReadOnlyList<TokenInfo>> ListTokensAsync(Guid userId, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(TokensOfUser);
        cmd.Parameters.AddWithValue("user_id", userId);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var list = new List<TokenInfo>();
        while (await r.ReadAsync(ct))
        {
            list.Add(new TokenInfo(r.Get<Guid>("id"), r.Get<string>("name"), r.Get<string>("prefix"), r.Get<DateTime>("created_at"),
                r.Get<DateTime>("expires_at"), r.Get<DateTime?>("revoked_at"), r.Get<DateTime?>("last_used_at")));
        }
        return list;
    }

    /// <summary>False when the token is not the user's or already revoked (nothing written, no audit row).</summary>
    public async Task<bool> RevokeTokenAsync(Guid userId, Guid tokenId, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        await using (var cmd = new NpgsqlCommand(RevokeToken, conn, tx))
        {
            cmd.Parameters.AddWithValue("id", tokenId);
            cmd.Parameters.AddWithValue("user_id", userId);
            if (await cmd.ExecuteScalarAsync(ct) is null) return false;
        }
        await audit.WriteAsync(conn, tx, new AuditEntry("token", tokenId.ToString(), "revoke"), ct);
        await tx.CommitAsync(ct);
        return true;
    }

    public async Task<IReadOnlyList<AccountInfo>> ListAccountsAsync(CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(AllAccounts);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var list = new List<AccountInfo>();
        List<Grant>? grants = null;
        while (await r.ReadAsync(ct))
        {
            var id = r.Get<Guid>("id");
            if (list.Count == 0 || list[^1].Id != id)
            {
                grants = [];
                list.Add(new AccountInfo(id, r.Get<string?>("email") ?? "", r.Get<bool>("must_change_password"), r.Get<DateTime?>("disabled_at"), r.Get<DateTime>("created_at"), grants));
            }
            AddGrant(r, grants!);
        }
        return list;
    }

    public async Task<bool> HasEnabledNationalAdminAsync(CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(HasEnabledAdmin);
        return (bool)(await cmd.ExecuteScalarAsync(ct))!;
    }

    private static AccountSnapshot Snapshot(DbDataReader r, List<Grant> grants) =>
        new(r.Get<Guid>("id"), r.Get<string?>("email") ?? "", r.Get<string?>("security_stamp"), r.Get<bool>("must_change_password"), r.Get<DateTime?>("disabled_at") is not null, grants);

    private static void AddGrant(DbDataReader r, List<Grant> grants)
    {
        if (r.Get<string?>("role") is { } role) grants.Add(new Grant(role, r.Get<string?>("municipality")));
    }
}
