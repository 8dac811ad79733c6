using System.Globalization;

namespace Kortlaegning.Api.Infrastructure;

/// <summary>
/// Decimal comma, as Danish Excel reads and writes CSV. Built by hand because the service runs with invariant
/// globalization (no ICU culture data), where <c>CultureInfo.GetCultureInfo("da-DK")</c> is not available.
/// </summary>
public static class DanishNumbers
{
    public static readonly NumberFormatInfo Format = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "." };
}
