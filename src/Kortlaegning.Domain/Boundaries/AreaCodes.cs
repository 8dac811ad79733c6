using System.Text.RegularExpressions;

namespace Kortlaegning.Domain.Boundaries;

/// <summary>
/// Official area codes, normalised. DAGI writes municipality codes with four digits and a leading zero
/// ("0461" Odense); Statistics Denmark and many spreadsheets drop the zero ("461"). Everything is
/// stored with four digits so that joins across sources work.
/// </summary>
public static partial class AreaCodes
{
    [GeneratedRegex(@"^\d{1,4}$")]
    private static partial Regex UpToFourDigits();

    // Central Copenhagen's street-level postcodes come as one range polygon: "1000-1499" (København K).
    [GeneratedRegex(@"^\d{4}-\d{4}$")]
    private static partial Regex PostcodeRange();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._:-]{0,39}$")]
    private static partial Regex FreeCode();

    /// <summary>
    /// The normalised code for a level, or null when <paramref name="raw"/> cannot be a code of that level.
    /// Official levels take 1–4 digits, left-padded with zeros; our own levels take a short identifier.
    /// </summary>
    public static string? Normalise(AreaLevel level, string? raw)
    {
        var text = raw?.Trim();
        if (string.IsNullOrEmpty(text)) return null;
        return level switch
        {
            AreaLevel.Country => text.Equals(Denmark, StringComparison.OrdinalIgnoreCase) ? Denmark : null,
            AreaLevel.Postcode when PostcodeRange().IsMatch(text) => text,
            AreaLevel.Region or AreaLevel.Municipality or AreaLevel.Parish or AreaLevel.Postcode =>
                UpToFourDigits().IsMatch(text) && text.TrimStart('0').Length > 0 ? text.PadLeft(4, '0') : null,
            _ => FreeCode().IsMatch(text) ? text : null,
        };
    }

    /// <summary>The one country area: Denmark, the national comparator.</summary>
    public const string Denmark = "DK";

    /// <summary>What a valid code of this level looks like, for error messages.</summary>
    public static string Describe(AreaLevel level) => level switch
    {
        AreaLevel.Country => "DK",
        AreaLevel.Municipality => "a kommunekode of 3 or 4 digits, e.g. 0461 or 461",
        AreaLevel.Parish => "a sognekode of 4 digits, e.g. 8907",
        AreaLevel.Region => "a regionskode of 4 digits, e.g. 1083",
        AreaLevel.Postcode => "a postnummer of 4 digits, e.g. 6700, or a range such as 1000-1499",
        _ => "1–40 letters, digits, '.', '_', ':' or '-', starting with a letter or digit",
    };
}
