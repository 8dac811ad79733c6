using System.Globalization;

namespace Kortlaegning.Api.Infrastructure;

/// <summary>
/// The one CSV cell writer of the service (issue 18): a text cell starting with = + - @ tab or CR would run as a formula
/// when the file is opened in a spreadsheet (CSV injection), so it gets a leading '. A cell that is a plain number
/// (-1.5, -1,5) stays a number. Then RFC 4180 quoting for the delimiter, quotes and line breaks.
/// </summary>
public static class CsvCell
{
    public static string Neutralise(string? cell)
    {
        if (string.IsNullOrEmpty(cell)) return "";
        if (cell[0] is not ('=' or '+' or '-' or '@' or '\t' or '\r')) return cell;
        bool number = double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _) || double.TryParse(cell, NumberStyles.Float, DanishNumbers.Format, out _);
        return number ? cell : "'" + cell;
    }

    /// <summary>Neutralised and quoted when it holds the delimiter, a quote or a line break.</summary>
    public static string Field(string? cell, char delimiter)
    {
        var text = Neutralise(cell);
        return text.IndexOfAny([delimiter, '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
