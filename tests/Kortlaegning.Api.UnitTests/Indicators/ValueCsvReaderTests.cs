using Kortlaegning.Api.Indicators;

namespace Kortlaegning.Api.UnitTests.Indicators;

public class ValueCsvReaderTests
{
    private const string Header = "indicator,level,area_code,period,value,numerator,denominator,ci_low,ci_high";

    private static readonly Dictionary<string, string> Units = new() { ["sp.daily_smokers"] = "percent", ["dst.residents"] = "count" };

    private static readonly HashSet<(string, string)> Areas = [("municipality", "0727"), ("parish", "8907")];

    private static (List<ValueRow> Rows, IReadOnlyDictionary<string, string[]> Errors) Parse(string text)
    {
        var (rows, errors) = ValueCsvReader.Parse(text, Units, Areas, "test");
        return (rows, errors.ToDictionary());
    }

    [Fact]
    public void AGoodRowIsReadWithItsSource()
    {
        var (rows, errors) = Parse($"{Header},note\nsp.daily_smokers,municipality,727,2021,12.5,,,11,14,provisional\n");
        Assert.Empty(errors);
        var row = Assert.Single(rows);
        Assert.Equal(new ValueRow("sp.daily_smokers", "municipality", "0727", "2021", 12.5, null, null, 11, 14, "provisional", "test"), row);
    }

    // 30 of 200 is 15 %.
    [Fact]
    public void AMissingValueIsComputedFromTheCounts() =>
        Assert.Equal(15, Parse($"{Header}\nsp.daily_smokers,parish,8907,2021,,30,200,,\n").Rows.Single().Value);

    [Fact]
    public void ASemicolonFileMayUseDecimalCommas() =>
        Assert.Equal(12.5, Parse($"{Header.Replace(',', ';')}\nsp.daily_smokers;municipality;0727;2021;12,5;;;;\n").Rows.Single().Value);

    // Issue 17: the download's Danish header (Excel, semicolons, BOM, extra columns) goes back up as it is.
    [Fact]
    public void TheDanishDownloadHeaderIsReadAsTheSameColumns()
    {
        var (rows, errors) = Parse("\uFEFFindikator;niveau;områdekode;områdenavn;kommunekode;periode;værdi;tæller;nævner;ki_nedre;ki_øvre;note;kilde;enhed\n" +
            "sp.daily_smokers;parish;8907;Gellerup;0751;2021;12,5;;;11;14;foreløbig;sp;percent\n");
        Assert.Empty(errors);
        Assert.Equal(new ValueRow("sp.daily_smokers", "parish", "8907", "2021", 12.5, null, null, 11, 14, "foreløbig", "test"), Assert.Single(rows));
    }

    [Fact]
    public void EveryBadRowIsNamedByLineAndField()
    {
        var (rows, errors) = Parse($"{Header}\n" +
            "no.such,municipality,0727,2021,1,,,,\n" +       // line 2
            "sp.daily_smokers,shire,0727,2021,1,,,,\n" +     // line 3
            "sp.daily_smokers,municipality,0101,2021,1,,,,\n" + // line 4: not loaded
            "sp.daily_smokers,municipality,0727,,1,,,,\n" +  // line 5: no period
            "sp.daily_smokers,municipality,0727,2021,x,,,,\n" + // line 6
            "dst.residents,parish,8907,2021,,-1,10,,\n" +    // line 7: negative count
            "sp.daily_smokers,municipality,0727,2021,5,,,6,4\n"); // line 8: interval upside down, value outside it
        Assert.Empty(rows);
        Assert.Equal(
            ["rows[2].indicator", "rows[3].level", "rows[4].area_code", "rows[5].period", "rows[6].value", "rows[7].numerator", "rows[8].ci_low", "rows[8].value"],
            errors.Keys);
    }

    [Fact]
    public void ADuplicateRowPointsAtTheFirst()
    {
        var (_, errors) = Parse($"{Header}\nsp.daily_smokers,parish,8907,2021,1,,,,\nsp.daily_smokers,parish,8907,2021,2,,,,\n");
        Assert.Equal(["Gentager linje 2 (samme indikator, område og periode)."], errors["rows[3].area_code"]); // Danish unless the request asks for English
    }

    [Fact]
    public void AFileWithoutTheRequiredColumnsIsRefusedAtTheHeader()
    {
        var (_, errors) = Parse("kommune,andel\n0727,12.6\n");
        Assert.StartsWith("Mangler kolonne(r): indicator, level, area_code", errors["header"][0]);
    }

    [Fact]
    public void AnEmptyFileIsRefusedAtTheHeader() => Assert.Equal(["Filen er tom."], Parse("").Errors["header"]);

    // A count is its own numerator, so disclosure control sees a small count whichever column it came in.
    [Fact]
    public void ACountGivenAsAValueIsItsNumeratorToo() =>
        Assert.Equal(3, Parse($"{Header}\ndst.residents,parish,8907,2021,3,,,,\n").Rows.Single().Numerator);

    [Fact]
    public void ANegativeCountGivenAsAValueIsRefusedAtTheValue() =>
        Assert.Contains("negativt", Parse($"{Header}\ndst.residents,parish,8907,2021,-3,,,,\n").Errors["rows[2].value"][0]);

    [Fact]
    public void AnAreaCheckCanRefuseARowsArea()
    {
        var (rows, errors) = ValueCsvReader.Parse($"{Header}\ndst.residents,parish,8907,2021,30,,,,\n", Units, Areas, "test", (_, _, _) => "Not in the owner's municipality.");
        Assert.Empty(rows);
        Assert.Equal(["Not in the owner's municipality."], errors.ToDictionary()["rows[2].area_code"]);
    }
}
