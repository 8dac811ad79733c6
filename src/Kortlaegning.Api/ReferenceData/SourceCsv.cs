using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Kortlaegning.Api.ReferenceData;

/// <summary>Reads the comma-separated, invariant-culture source files of the data directory with CsvHelper, one row at a time.</summary>
internal static class SourceCsv
{
    public static IEnumerable<IReaderRow> Rows(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { DetectDelimiter = false });
        csv.Read();
        csv.ReadHeader();
        while (csv.Read()) yield return csv;
    }

    public static double? Number(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;

    public static string Municipality(string code) => code.Trim().PadLeft(4, '0');
}
