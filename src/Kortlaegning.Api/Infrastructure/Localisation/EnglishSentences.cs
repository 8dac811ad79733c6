using System.Text.RegularExpressions;

namespace Kortlaegning.Api.Infrastructure.Localisation;

/// <summary>
/// Sentences written in English by code that knows no languages (the Domain library, System.Text.Json), matched
/// against the English wording of keyed <see cref="Text"/>s and answered in the request's language. Each {n} of a
/// text's English stands for a value the sentence holds, in order; the first text whose wording matches answers, so a
/// longer sentence must come before a shorter one that would swallow it (the tests check every text answers itself).
/// A value whose English placeholder says <c>{n:term}</c> is one of the CQL2 messages' own words, <c>{n:reason}</c> a
/// technical reason (<see cref="TechnicalReasons"/>); both are translated too. Any other value is passed on as written,
/// except an area code rule (<c>AreaCodes.Describe</c>), which is the Domain's wording wherever it appears.
/// </summary>
public sealed partial class EnglishSentences(IEnumerable<Text> texts)
{
    private sealed record Known(Regex Pattern, string[] Formats, Text Text);

    private readonly Known[] _known = [.. texts.Select(Compile)];

    /// <summary><paramref name="english"/> in the request's language, or null when no text has its wording.</summary>
    public string? Localise(string english)
    {
        foreach (var known in _known)
        {
            var m = known.Pattern.Match(english);
            if (!m.Success) continue;
            var values = m.Groups.Cast<Group>().Skip(1).Select((g, i) => (object?)(known.Formats[i] switch
            {
                "term" => Texts.Cql2TermFromEnglish(g.Value),
                "reason" => TechnicalReasons.Localise(g.Value),
                _ => Texts.AreaCodeRuleFromEnglish(g.Value),
            }));
            return known.Text.Format([.. values]);
        }
        return null;
    }

    /// <summary>The key of the text that answers <paramref name="english"/>, or null.</summary>
    public string? KeyOf(string english) => _known.FirstOrDefault(k => k.Pattern.IsMatch(english))?.Text.Key;

    // "k must be between 1 and the number of candidates ({0})." → ^k must be between 1 and the number of candidates \((.+?)\)\.$
    // ("{{" and "}}" are a literal brace in a format string, and in the sentence a single one.)
    private static Known Compile(Text text)
    {
        var literals = PlaceholderSplit().Split(text.En).Select(s => Regex.Escape(s.Replace("{{", "{").Replace("}}", "}")));
        var formats = Placeholder().Matches(text.En).Select(m => m.Groups["format"].Value).ToArray();
        return new Known(new Regex("^" + string.Join("(.+?)", literals) + "$", RegexOptions.CultureInvariant | RegexOptions.Singleline), formats, text);
    }

    [GeneratedRegex(@"(?<!\{)\{\d+(?::[^}]*)?\}")]
    private static partial Regex PlaceholderSplit();

    [GeneratedRegex(@"(?<!\{)\{\d+(?::(?<format>[^}]*))?\}")]
    private static partial Regex Placeholder();
}
