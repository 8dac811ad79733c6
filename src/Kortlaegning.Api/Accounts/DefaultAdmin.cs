using Kortlaegning.Api.Infrastructure;
using Microsoft.Extensions.Options;

namespace Kortlaegning.Api.Accounts;

/// <summary>
/// The embedded default: at start, when no enabled account holds a national admin grant, creates
/// <see cref="AuthOptions.DefaultAdminEmail"/> (or resets it) with a generated one-time password, writes the password
/// to <see cref="AuthOptions.AdminPasswordFile"/> (mode 600, git-ignored) and logs where. The first sign-in must choose
/// a new password; until then the account holds no rights.
/// </summary>
internal sealed class DefaultAdmin(IServiceProvider services, IOptions<AuthOptions> options, ILogger<DefaultAdmin> log) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        try
        {
            await EnsureAsync(ct);
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or InvalidOperationException)
        {
            // Like the migrations: an unreachable database is reported, not fatal (/healthz answers 503).
            log.LogError(e, "Default admin not checked: the database is not reachable or not migrated.");
        }
    }

    public async Task<string?> EnsureAsync(CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<AccountStore>();
        if (await store.HasEnabledNationalAdminAsync(ct)) return null;
        var admin = scope.ServiceProvider.GetRequiredService<UserAdministration>();
        var email = options.Value.DefaultAdminEmail;
        string password;
        if (await admin.FindAsync(email) is { } existing)
        {
            if (existing.DisabledAt is not null) await admin.SetDisabledAsync(existing, false, ct);
            await admin.AddAsync(email, Policies.Admin, null, ct);
            password = await admin.ResetPasswordAsync(existing, ct);
        }
        else
        {
            var created = await admin.AddAsync(email, Policies.Admin, null, ct);
            if (!created.Succeeded) throw new InvalidOperationException(string.Join(" ", created.Errors.ToDictionary().SelectMany(kv => kv.Value)));
            password = created.Password!;
        }
        var file = Path.GetFullPath(options.Value.AdminPasswordFile);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, $"{email}\n{password}\n", ct);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        log.LogWarning("Created the admin account {Email}; its one-time password is in {File}. Sign in at /login.html and choose a new one.", email, file);
        return file;
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
