using Kortlaegning.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kortlaegning.Api.Accounts;

/// <summary>
/// <code>
/// kortlaegning users add --email E --role R [--municipality 0727]   (prints a generated one-time password)
/// kortlaegning users token --email E --name N [--days 90]          (the token alone on the last line)
/// kortlaegning users list
/// kortlaegning users disable --email E
/// </code>
/// Exit codes as every command: 0 done, 1 refused (nothing written), 2 usage. Audited as actor "system".
/// </summary>
public static class UsersCommands
{
    public const string Usage = """
          kortlaegning users add --email E --role viewer|analyst|planner|facilitator|admin [--municipality 0727]
          kortlaegning users token --email E --name N [--days 90]
          kortlaegning users list
          kortlaegning users disable --email E
        """;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        var o = Cli.Commands.Options(args.Skip(2));
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        await sp.GetRequiredService<KortlaegningDb>().Database.MigrateAsync();
        var admin = sp.GetRequiredService<UserAdministration>();
        switch (args.ElementAtOrDefault(1))
        {
            case "add" when o.GetValueOrDefault("email") is { } email && o.GetValueOrDefault("role") is { } role:
                var added = await admin.AddAsync(email, role, o.GetValueOrDefault("municipality"), default);
                if (!added.Succeeded) return Refused(added.Errors.ToDictionary());
                Console.WriteLine($"{added.Account!.Email}: {role} {(o.GetValueOrDefault("municipality") is { } m ? "for " + m : "nationally")}");
                if (added.Password is not null) Console.WriteLine($"one-time password (must be changed at the first sign-in):\n{added.Password}");
                return 0;
            case "token" when o.GetValueOrDefault("email") is { } email && o.GetValueOrDefault("name") is { } name:
                if (await admin.FindAsync(email) is not { } account) return Refused(new Dictionary<string, string[]> { ["email"] = ["No such account."] });
                var options = sp.GetRequiredService<IOptions<AuthOptions>>().Value;
                var days = int.TryParse(o.GetValueOrDefault("days"), out var d) ? d : options.TokenDefaultDays;
                if (days < 1 || days > options.TokenMaxDays) return Refused(new Dictionary<string, string[]> { ["days"] = [$"Between 1 and {options.TokenMaxDays}."] });
                var (info, token) = await sp.GetRequiredService<AccountStore>().CreateTokenAsync(account.Id, name, DateTimeOffset.UtcNow.AddDays(days), default);
                Console.WriteLine($"token '{info.Name}' for {email}, expires {info.ExpiresAt:yyyy-MM-dd}; shown only now:");
                Console.WriteLine(token);
                return 0;
            case "list":
                foreach (var a in await sp.GetRequiredService<AccountStore>().ListAccountsAsync(default))
                {
                    var grants = a.Grants.Count == 0 ? "(no grants)" : string.Join(", ", a.Grants);
                    Console.WriteLine($"{a.Email}\t{grants}{(a.DisabledAt is null ? "" : "\tdisabled")}{(a.MustChangePassword ? "\tone-time password" : "")}");
                }
                return 0;
            case "disable" when o.GetValueOrDefault("email") is { } email:
                if (await admin.FindAsync(email) is not { } target) return Refused(new Dictionary<string, string[]> { ["email"] = ["No such account."] });
                await admin.SetDisabledAsync(target, true, default);
                Console.WriteLine($"{email} disabled.");
                return 0;
            default:
                Console.Error.WriteLine("usage:\n" + Usage);
                return 2;
        }
    }

    private static int Refused(IReadOnlyDictionary<string, string[]> errors)
    {
        foreach (var (field, messages) in errors) Console.Error.WriteLine($"{field}: {string.Join(" ", messages)}");
        return 1;
    }
}
