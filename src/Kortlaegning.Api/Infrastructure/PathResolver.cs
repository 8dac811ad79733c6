namespace Kortlaegning.Api.Infrastructure;

/// <summary>
/// Resolves a configured relative path the way a person expects: against the working directory first,
/// then against every folder above the running assembly (so `dotnet test` and `dotnet run` find
/// <c>../shared/data</c> beside the clone whatever their working directory is).
/// </summary>
public static class PathResolver
{
    public static string? FindDirectory(string configured)
    {
        if (Path.IsPathRooted(configured)) return Directory.Exists(configured) ? configured : null;
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.GetFullPath(Path.Combine(dir.FullName, configured));
                if (Directory.Exists(candidate)) return candidate;
            }
        }
        return null;
    }
}
