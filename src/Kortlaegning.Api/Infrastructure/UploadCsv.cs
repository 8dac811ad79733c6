using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Kortlaegning.Api.Infrastructure;

/// <summary>
/// CSV as people upload it: comma- or semicolon-separated (the header line decides: Danish Excel writes semicolons,
/// and then decimal commas), with or without a UTF-8 byte-order mark, fields trimmed. One reader for every upload, so
/// value and facility imports accept the same files.
/// </summary>
public static class UploadCsv
{
    /// <summary>A CsvHelper reader positioned before the header, and whether numbers may use a decimal comma.</summary>
    public static (CsvReader Reader, bool DecimalComma) Open(string text)
    {
        text = text.TrimStart('\uFEFF');
        var firstLine = text.AsSpan(0, text.IndexOfAny(['\r', '\n']) is var i and >= 0 ? i : text.Length);
        bool semicolon = firstLine.Count(';') > firstLine.Count(',');
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = semicolon ? ";" : ",",
            TrimOptions = TrimOptions.Trim,
            BadDataFound = null,
            MissingFieldFound = null,
            DetectColumnCountChanges = false,
        };
        return (new CsvReader(new StringReader(text), config), semicolon);
    }
}
