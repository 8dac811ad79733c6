using System.Globalization;

namespace Kortlaegning.Api.Infrastructure;

/// <summary>
/// Decimal comma, as Danish Excel reads and writes CSV. Built by hand because the service runs with invariant
/// globalization (no ICU culture data), where <c>CultureInfo.GetCultureInfo("da-DK")</c> is not available.
/// </summary>
public static class DanishNumbers
{
    public static readonly NumberFormatInfo Format = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "." };

    /// <summary>
    /// A finite number written with a decimal point, or — when <paramref name="decimalComma"/> — with a decimal comma.
    /// Thousands separators are refused either way, so "1.234" is never read as 1234.
    /// </summary>
    public static bool TryParse(string text, bool decimalComma, out double value) =>
        (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value))
        || (decimalComma && double.TryParse(text, NumberStyles.Float, Format, out value) && double.IsFinite(value));
}
