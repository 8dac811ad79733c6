using Kortlaegning.Api.Audit;
using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Api.Rankings;

namespace Kortlaegning.Api.UnitTests.Infrastructure;

/// <summary>Issue 18: a text cell starting with = + - @ tab or CR is neutralised in every CSV the service writes.</summary>
public class CsvCellTests
{
    [Theory]
    [InlineData("=cmd|' /C calc'!A0")]
    [InlineData("+1+cmd")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    [InlineData("\tx")]
    [InlineData("\rx")]
    public void AFormulaGetsALeadingQuote(string cell) => Assert.StartsWith("'", CsvCell.Neutralise(cell));

    [Theory]
    [InlineData("-1.5")]
    [InlineData("-1,5")]
    [InlineData("+45")]
    [InlineData("Ærø")]
    [InlineData("")]
    public void NumbersAndTextStayAsTheyAre(string cell) => Assert.Equal(cell, CsvCell.Neutralise(cell));

    [Fact]
    public void QuotingKeepsTheNeutralisation() => Assert.Equal("\"'=a,b\"", CsvCell.Field("=a,b", ','));

    [Fact]
    public void TheRankingCsvNeutralisesAnAreaName()
    {
        var area = new RankedAreaDto("custom", "x1", "=cmd|' /C calc'!A0", null, 1, 1, 1, new Dictionary<string, double>(), new Dictionary<string, double?>(), [], [], null, null);
        var csv = RankingsEndpoints.Csv(new RankingResponse("custom", new Dictionary<string, string>(), "z", "exclude", new Dictionary<string, double>(), 1, 1, [area], [], []));
        Assert.Contains(",'=cmd", csv.Replace("\"", ""), StringComparison.Ordinal);
        Assert.DoesNotContain(",=cmd", csv.Replace("\"", ""), StringComparison.Ordinal);
    }

    [Fact]
    public void TheAuditCsvNeutralisesATab()
    {
        var row = new AuditRecord { Id = 1, ActorKind = "user", ActorName = "\t=x", Endpoint = "/api", Entity = "area", Action = "create" };
        Assert.Contains("'\t=x", AuditEndpoints.Csv([row]), StringComparison.Ordinal);
    }

    [Fact]
    public void OneImplementationOfTheFormulaGuard()
    {
        var api = Path.Combine(Repository.Root, "src", "Kortlaegning.Api");
        var copies = Directory.EnumerateFiles(api, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith("CsvCell.cs", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Where(f => File.ReadAllText(f) is var s && (s.Contains("is '=' or '+'", StringComparison.Ordinal) || s.Contains("\"=+-@\"", StringComparison.Ordinal)))
            .Select(f => Path.GetRelativePath(api, f)).ToList();
        Assert.True(copies.Count == 0, "formula guards outside CsvCell: " + string.Join(", ", copies));
    }
}
