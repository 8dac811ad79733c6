using System.Diagnostics;

namespace Kortlaegning.Api.UnitTests.Cli;

/// <summary>
/// The usage text, the docs and answers such as the 409 "no network loaded" name the command line <c>kortlaegning …</c>;
/// a user who copies that line from a clone must find it. The repository's <c>kortlaegning</c> script runs the built
/// service with the caller's working directory, so relative <c>--file</c> paths mean what they say.
/// </summary>
public sealed class CommandNameTests
{
    [Fact]
    public async Task The_command_the_messages_name_runs_from_any_working_directory()
    {
        string script = Path.Combine(RepositoryRoot(), "kortlaegning");
        Assert.True(File.Exists(script), "no kortlaegning script at the repository root");

        string elsewhere = Directory.CreateTempSubdirectory("kortlaegning-cli-").FullName;
        try
        {
            var start = new ProcessStartInfo(script, ["help"]) { WorkingDirectory = elsewhere, RedirectStandardError = true, RedirectStandardOutput = true };
            using var process = Process.Start(start)!;
            string usage = await process.StandardError.ReadToEndAsync() + await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.Equal(0, process.ExitCode);
            Assert.Contains("kortlaegning import network --file", usage, StringComparison.Ordinal);
            // One verb per line: the usage of each feature's verbs starts on a line of its own.
            Assert.All(usage.Split('\n').Where(l => l.Contains("kortlaegning ", StringComparison.Ordinal)),
                l => Assert.StartsWith("kortlaegning ", l.TrimStart(), StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(elsewhere, recursive: true);
        }
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Kortlaegning.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Kortlaegning.sln not found above " + AppContext.BaseDirectory);
    }
}
