using System.Text.RegularExpressions;

namespace Kortlaegning.Api.UnitTests.Cli;

/// <summary>
/// <c>make run</c> tells the user where the first admin's one-time password is. <c>dotnet run --project</c> runs the
/// service in the project's folder, so a relative <c>AdminPasswordFile</c> landed under src/Kortlaegning.Api while the
/// Makefile pointed at the repository root. The path it prints has to be the one it hands the service.
/// </summary>
public sealed partial class MakeRunTests
{
    [Fact]
    public async Task Make_run_hands_the_service_the_password_file_it_names()
    {
        var (exitCode, plan, _) = await Repository.RunAsync("make", ["-n", "run"], Repository.Root);
        Assert.Equal(0, exitCode);

        var named = Named().Match(plan);
        Assert.True(named.Success, "make run names no password file:\n" + plan);
        var handed = Handed().Match(plan);
        Assert.True(handed.Success, "make run does not hand the service its AdminPasswordFile:\n" + plan);
        Assert.True(Path.IsPathFullyQualified(handed.Groups[1].Value), handed.Groups[1].Value);
        Assert.Equal(named.Groups[1].Value, handed.Groups[1].Value);
    }

    [GeneratedRegex(@"password is written to (\S+admin-password\.txt)")]
    private static partial Regex Named();

    [GeneratedRegex(@"dotnet run .*--Kortlaegning:Auth:AdminPasswordFile=([^""\s]+)")]
    private static partial Regex Handed();
}
