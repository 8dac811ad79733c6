using Kortlaegning.Api.Audit;
using Kortlaegning.Api.Data;
using Kortlaegning.Api.Infrastructure.Localisation;
using Kortlaegning.Api.Infrastructure.Validation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kortlaegning.Api.Accounts;

/// <summary>The outcome of an account change: done, or the field errors that stopped it (nothing written then).</summary>
public sealed record AccountResult(Account? Account, string? Password, FieldErrors Errors)
{
    public bool Succeeded => !Errors.Any;
}

/// <summary>
/// Creating, granting, disabling and re-passwording accounts through ASP.NET Core Identity, each change and its audit
/// row in one transaction (so a refused change leaves no audit row). Shared by the admin API, the command line
/// (<see cref="UsersCommands"/>) and the default admin.
/// </summary>
public sealed class UserAdministration(UserManager<Account> users, KortlaegningDb db, AuditLog audit, TimeProvider clock)
{
    public Task<Account?> FindAsync(string email) => users.FindByEmailAsync(email.Trim());

    public Task<Account?> FindAsync(Guid id) => users.FindByIdAsync(id.ToString());

    /// <summary>
    /// Creates the account with a generated one-time password and the grant, or adds the grant to an existing account
    /// (no new password then).
    /// </summary>
    public async Task<AccountResult> AddAsync(string email, string role, string? municipality, CancellationToken ct)
    {
        var errors = CheckGrant(role, municipality);
        email = email.Trim();
        if (!email.Contains('@') || email.Length > 256) errors.Add("email", Texts.GiveEmail.Get());
        if (errors.Any) return new AccountResult(null, null, errors);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var account = await users.FindByEmailAsync(email);
        string? password = null;
        if (account is null)
        {
            password = TokenSecrets.NewPassword();
            account = new Account { Id = Guid.NewGuid(), UserName = email, Email = email, EmailConfirmed = true, MustChangePassword = true, CreatedAt = clock.GetUtcNow(), LockoutEnabled = true };
            var created = await users.CreateAsync(account, password);
            if (!created.Succeeded) return new AccountResult(null, null, Errors("password", created));
            audit.Append(db, new AuditEntry("account", account.Id.ToString(), "create"));
        }
        if (!await db.Set<RoleGrant>().AnyAsync(g => g.UserId == account.Id && g.Role == role && g.Municipality == municipality, ct))
        {
            db.Set<RoleGrant>().Add(new RoleGrant { UserId = account.Id, Role = role, Municipality = municipality, CreatedAt = clock.GetUtcNow() });
            audit.Append(db, new AuditEntry("role_grant", $"{account.Id}/{role}:{municipality ?? "*"}", "grant", municipality));
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new AccountResult(account, password, errors);
    }

    /// <summary>Replaces every grant of the account.</summary>
    public async Task<AccountResult> SetGrantsAsync(Account account, IReadOnlyList<Grant> grants, CancellationToken ct)
    {
        var errors = new FieldErrors();
        for (var i = 0; i < grants.Count; i++) errors.AddAll(CheckGrant(grants[i].Role, grants[i].Municipality), $"grants[{i}]");
        if (errors.Any) return new AccountResult(account, null, errors);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Set<RoleGrant>().RemoveRange(await db.Set<RoleGrant>().Where(g => g.UserId == account.Id).ToListAsync(ct));
        foreach (var g in grants.Distinct())
        {
            db.Set<RoleGrant>().Add(new RoleGrant { UserId = account.Id, Role = g.Role, Municipality = g.Municipality, CreatedAt = clock.GetUtcNow() });
        }
        audit.Append(db, new AuditEntry("role_grant", account.Id.ToString(), "replace"));
        // Sessions and tokens re-read grants on every request, so the change applies at once without signing anyone out.
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new AccountResult(account, null, errors);
    }

    public async Task SetDisabledAsync(Account account, bool disabled, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        account.DisabledAt = disabled ? clock.GetUtcNow() : null;
        await users.UpdateAsync(account);
        await users.UpdateSecurityStampAsync(account);
        audit.Append(db, new AuditEntry("account", account.Id.ToString(), disabled ? "disable" : "enable"));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>A generated one-time password (the owner must choose a new one at the next sign-in).</summary>
    public async Task<string> ResetPasswordAsync(Account account, CancellationToken ct)
    {
        var password = TokenSecrets.NewPassword();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await users.RemovePasswordAsync(account);
        var added = await users.AddPasswordAsync(account, password);
        if (!added.Succeeded) throw new InvalidOperationException(string.Join(" ", added.Errors.Select(e => e.Description)));
        account.MustChangePassword = true;
        await users.SetLockoutEndDateAsync(account, null);
        await users.ResetAccessFailedCountAsync(account);
        audit.Append(db, new AuditEntry("account", account.Id.ToString(), "reset_password"));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return password;
    }

    /// <summary>The owner's own change: checks the current password and the policy, then clears the one-time mark.</summary>
    public async Task<FieldErrors> ChangePasswordAsync(Account account, string current, string next, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (string.Equals(next, account.Email, StringComparison.OrdinalIgnoreCase)) errors.Add("newPassword", Texts.PasswordNotEmail.Get());
        if (errors.Any) return errors;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var changed = await users.ChangePasswordAsync(account, current, next);
        if (!changed.Succeeded)
        {
            var wrongCurrent = changed.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch));
            return Errors(wrongCurrent ? "currentPassword" : "newPassword", changed);
        }
        account.MustChangePassword = false;
        await users.UpdateAsync(account);
        audit.Append(db, new AuditEntry("account", account.Id.ToString(), "change_password"));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return errors;
    }

    public static FieldErrors CheckGrant(string? role, string? municipality)
    {
        var errors = new FieldErrors();
        if (!Roles.IsRole(role)) errors.Add("role", Texts.RoleRule.Format(string.Join(", ", Roles.All)));
        if (municipality is not null && !(municipality.Length == 4 && municipality.All(char.IsAsciiDigit)))
        {
            errors.Add("municipality", Texts.GrantMunicipalityRule.Get());
        }
        return errors;
    }

    private static FieldErrors Errors(string field, IdentityResult result)
    {
        var errors = new FieldErrors();
        foreach (var e in result.Errors) errors.Add(e.Code.Contains("Email", StringComparison.Ordinal) || e.Code.Contains("UserName", StringComparison.Ordinal) ? "email" : field, e.Description);
        return errors;
    }
}
