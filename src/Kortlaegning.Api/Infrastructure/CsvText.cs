namespace Kortlaegning.Api.Infrastructure;

/// <summary>CSV text conventions shared by every CSV download.</summary>
public static class CsvText
{
    /// <summary>
    /// Semicolon CSV is for Danish Excel, which reads a file without a UTF-8 byte-order mark as Windows-1252 and garbles
    /// "København"; with the mark it reads UTF-8. Comma CSV (for R, Python, GDAL) stays without it.
    /// </summary>
    public static string WithBom(string csv, bool semicolon) => semicolon ? "\uFEFF" + csv : csv;
}
