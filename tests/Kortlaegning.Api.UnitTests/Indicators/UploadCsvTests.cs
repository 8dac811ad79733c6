using Kortlaegning.Api.Infrastructure;

namespace Kortlaegning.Api.UnitTests.Indicators;

public class UploadCsvTests
{
    private static string[] FirstRecord(string text, out bool decimalComma)
    {
        var (csv, comma) = UploadCsv.Open(text);
        using var _ = csv;
        decimalComma = comma;
        Assert.True(csv.Read() && csv.ReadHeader());
        Assert.True(csv.Read());
        return csv.Parser.Record!;
    }

    [Fact]
    public void ACommaSeparatedFileReadsWithADecimalPoint()
    {
        var record = FirstRecord("a,b\n1.5,2\n", out var decimalComma);
        Assert.Equal(["1.5", "2"], record);
        Assert.False(decimalComma);
    }

    // Danish Excel saves "CSV (semikolonsepareret)" with a decimal comma.
    [Fact]
    public void ASemicolonSeparatedFileAllowsADecimalComma()
    {
        var record = FirstRecord("a;b\r\n1,5;2\r\n", out var decimalComma);
        Assert.Equal(["1,5", "2"], record);
        Assert.True(decimalComma);
    }

    [Fact]
    public void TheByteOrderMarkIsDroppedAndFieldsAreTrimmed()
    {
        var (csv, _) = UploadCsv.Open("\uFEFFindicator , level\n x , y \n");
        using var _ = csv;
        Assert.True(csv.Read() && csv.ReadHeader());
        Assert.Equal(["indicator", "level"], csv.HeaderRecord!);
        Assert.True(csv.Read());
        Assert.Equal(["x", "y"], csv.Parser.Record!);
    }

    [Fact]
    public void AShortRowDoesNotThrow()
    {
        var record = FirstRecord("a,b,c\n1\n", out _);
        Assert.Equal(["1"], record);
    }
}
