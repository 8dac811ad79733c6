using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;

namespace Kortlaegning.Api.Tests.Accounts;

/// <summary>`users add|token|list|disable` of the real executable against the test database.</summary>
[Collection(PostGisCollection.Name)]
public sealed class UsersCommandsTests(PostGisFixture db)
{
    private async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Kortlaegning.Api.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["ConnectionStrings__Kortlaegning"] = db.ConnectionString;
        start.Environment["Kortlaegning__LoadReferenceData"] = "false";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await stdout + await stderr);
    }

    [Fact]
    public async Task AddPrintsAPasswordTokenPrintsTheTokenLastAndDisableStopsIt()
    {
        var email = $"cli-{Guid.NewGuid():N}"[..16] + "@test.dk";
        var (exit, output) = await RunAsync("users", "add", "--email", email, "--role", "analyst", "--municipality", "0727");
        Assert.True(exit == 0, output);
        Assert.Matches("(?m)^[A-Za-z0-9]{20}$", output);

        (exit, output) = await RunAsync("users", "token", "--email", email, "--name", "qgis", "--days", "30");
        Assert.True(exit == 0, output);
        var token = output.Trim().Split('\n')[^1].Trim();
        Assert.StartsWith("kl_", token);
        using var client = db.AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var me = await client.GetJsonAsync("/api/account/me");
        Assert.Equal("analyst", me.GetProperty("grants")[0].GetProperty("role").GetString());

        (exit, output) = await RunAsync("users", "list");
        Assert.Contains($"{email}\tanalyst:0727", output);

        (exit, output) = await RunAsync("users", "disable", "--email", email);
        Assert.True(exit == 0, output);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/account/me")).StatusCode);
        Assert.Equal(1L, await db.ScalarAsync<long>($"SELECT count(*) FROM audit_log WHERE actor_kind = 'system' AND action = 'disable' AND endpoint = 'cli'"));
    }

    [Fact]
    public async Task ABadRoleIsRefusedWithExitOne()
    {
        var (exit, output) = await RunAsync("users", "add", "--email", "x@test.dk", "--role", "owner");
        Assert.Equal(1, exit);
        Assert.Contains("role:", output);
        Assert.Equal(2, (await RunAsync("users", "frobnicate")).Exit);
    }

    [Fact]
    public async Task TheDefaultAdminWasCreatedWithItsPasswordInTheFile()
    {
        Assert.Equal(1L, await db.ScalarAsync<long>("SELECT count(*) FROM users u JOIN role_grants g ON g.user_id = u.id WHERE u.email = 'admin@localhost' AND g.role = 'admin' AND g.municipality IS NULL AND u.must_change_password"));
        var file = Path.Combine(Path.GetTempPath(), new Npgsql.NpgsqlConnectionStringBuilder(db.ConnectionString).Database!, "admin-password.txt");
        var lines = await File.ReadAllLinesAsync(file);
        Assert.Equal("admin@localhost", lines[0]);
        if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
    }
}
