using System.Text.RegularExpressions;

namespace Kortlaegning.Domain.Workshops;

/// <summary>
/// A category's stable key (<c>safety_concern</c>): 1–<see cref="WorkshopLimits.CategoryKeyLength"/> lower-case ASCII
/// letters, digits or '_', starting with a letter, so it can stand in an indicator code (<c>workshop.&lt;key&gt;</c>)
/// and a CSV cell without quoting.
/// </summary>
public static partial class CategoryKey
{
    public const string Rule = "A key is 1–40 lower-case letters, digits or '_', starting with a letter.";

    public static bool IsValid(string? key) => key is not null && Pattern().IsMatch(key);

    // {0,39}: one leading letter plus at most 39 more is WorkshopLimits.CategoryKeyLength.
    [GeneratedRegex("^[a-z][a-z0-9_]{0,39}$")]
    private static partial Regex Pattern();
}
