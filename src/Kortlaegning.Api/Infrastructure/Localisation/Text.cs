using System.Globalization;
using System.Text.RegularExpressions;

namespace Kortlaegning.Api.Infrastructure.Localisation;

/// <summary>
/// One text of the service in Danish and English. <see cref="Key"/> is what code and tests name; placeholders are
/// <c>{0}</c>, <c>{1}</c> … as in <see cref="string.Format(IFormatProvider, string, object[])"/>, so a message built
/// from values keeps one key whatever the values are. Numbers in the arguments are written with a decimal comma in
/// Danish (the service runs with invariant globalization, so there is no da-DK culture data to ask).
/// </summary>
public sealed partial record Text(string Key, string Da, string En)
{
    /// <summary>The text in the request's language (<see cref="Language.Current"/>), placeholders left as they are.</summary>
    public string Get() => Language.IsEnglish ? En : Da;

    /// <summary>The text in the request's language with its placeholders filled.</summary>
    public string Format(params object?[] args) => string.Format(Language.Numbers, Get(), args);

    public override string ToString() => Get();

    /// <summary>The text of <paramref name="table"/> whose English is exactly <paramref name="english"/>, or null.</summary>
    public static Text? ByEnglish(IEnumerable<Text> table, string english) => table.FirstOrDefault(t => t.En == english);

    /// <summary>The placeholder numbers a string uses (for the test that Danish and English take the same arguments).</summary>
    public static IReadOnlySet<int> Placeholders(string s) =>
        PlaceholderPattern().Matches(s).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToHashSet();

    [GeneratedRegex(@"(?<!\{)\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex PlaceholderPattern();
}
