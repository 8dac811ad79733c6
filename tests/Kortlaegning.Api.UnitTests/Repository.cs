using System.Diagnostics;

namespace Kortlaegning.Api.UnitTests;

/// <summary>The clone these tests were built from: its root, for tests that read its sources or run its scripts.</summary>
internal static class Repository
{
    /// <summary>The folder holding Kortlaegning.sln above the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>
    /// Runs <paramref name="file"/> with <paramref name="args"/> in <paramref name="workingDirectory"/> and returns its exit
    /// code with what it wrote to standard output and standard error. Both streams are read at once, so a full pipe on one
    /// cannot block the other.
    /// </summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string file, string[] args, string workingDirectory)
    {
        var start = new ProcessStartInfo(file, args) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Kortlaegning.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Kortlaegning.sln not found above " + AppContext.BaseDirectory);
    }
}
