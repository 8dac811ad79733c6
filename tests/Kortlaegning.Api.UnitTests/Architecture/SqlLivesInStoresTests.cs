using System.Text.RegularExpressions;

namespace Kortlaegning.Api.UnitTests.Architecture;

/// <summary>
/// Issue 12's seam, kept by a test: SQL text and database commands live only in the stores (files named *Store.cs,
/// *Store.*.cs or *Source.cs) and in EF migrations, so "the SQL of workshops" is one file to open.
/// </summary>
public partial class SqlLivesInStoresTests
{
    [GeneratedRegex(@"NpgsqlCommand|CreateCommand\(|CreateBatch\(|ExecuteSql|FromSql|BeginBinaryImport|""""""\s*\n\s*(SELECT|WITH|INSERT|UPDATE|DELETE)\b|""\s*(SELECT|INSERT INTO|UPDATE|DELETE FROM)\s", RegexOptions.IgnoreCase)]
    private static partial Regex DatabaseWork();

    [Fact]
    public void NoFileOutsideTheStoresHoldsSqlOrDatabaseCommands()
    {
        var api = Path.Combine(Repository.Root, "src", "Kortlaegning.Api");
        var offenders = Directory.EnumerateFiles(api, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}")
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Where(f => !IsStore(Path.GetFileName(f)))
            .Where(f => DatabaseWork().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(api, f))
            .Order()
            .ToList();
        Assert.True(offenders.Count == 0, "SQL or database commands outside a store: " + string.Join(", ", offenders));
    }

    private static bool IsStore(string file) =>
        file.EndsWith("Store.cs", StringComparison.Ordinal) || file.Contains("Store.", StringComparison.Ordinal) || file.EndsWith("Source.cs", StringComparison.Ordinal);
}
