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
        string script = Path.Combine(Repository.Root, "kortlaegning");
        Assert.True(File.Exists(script), "no kortlaegning script at the repository root");

        string elsewhere = Directory.CreateTempSubdirectory("kortlaegning-cli-").FullName;
        try
        {
            var (exitCode, output, error) = await Repository.RunAsync(script, ["help"], elsewhere);
            string usage = error + output;
            Assert.Equal(0, exitCode);
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
}
