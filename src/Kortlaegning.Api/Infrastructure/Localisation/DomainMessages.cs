using System.Text.RegularExpressions;

namespace Kortlaegning.Api.Infrastructure.Localisation;

/// <summary>
/// The Domain library's messages in the request's language. The Domain knows no languages and writes English
/// (<c>AllocationValidator</c>, the boundary readers, <c>OwnAreaPreparer</c>, <c>RankingValidator</c>); each sentence is
/// matched against the English wording of <see cref="Texts.Allocation"/>, <see cref="Texts.Boundaries"/>,
/// <see cref="Texts.OwnAreaRows"/> and <see cref="Texts.RankingInput"/>, its values captured, and answered in Danish or
/// English. A sentence no table knows is passed on as written, so a new Domain message shows up in English rather than
/// disappearing (and <c>DomainMessagesTests</c>, which reads the Domain's sources, fails).
/// </summary>
public static partial class DomainMessages
{
    private static readonly (Regex Pattern, Text Text)[] Known =
        [.. Texts.Allocation.Concat(Texts.Boundaries).Concat(Texts.OwnAreaRows).Concat(Texts.RankingInput).Select(t => (Pattern(t.En), t))];

    /// <summary><paramref name="english"/> in the request's language, or unchanged when it is not a known message.</summary>
    public static string Localise(string english)
    {
        foreach (var (pattern, text) in Known)
        {
            var m = pattern.Match(english);
            if (m.Success) return text.Format([.. m.Groups.Cast<Group>().Skip(1).Select(g => (object?)Texts.AreaCodeRuleFromEnglish(g.Value))]);
        }
        return english;
    }

    /// <summary>Whether <paramref name="english"/> is a message one of the tables knows.</summary>
    public static bool IsKnown(string english) => Known.Any(k => k.Pattern.IsMatch(english));

    // "k must be between 1 and the number of candidates ({0})." → ^k must be between 1 and the number of candidates \((.+?)\)\.$
    private static Regex Pattern(string english)
    {
        var pattern = string.Join("(.+?)", PlaceholderSplit().Split(english).Select(Regex.Escape));
        return new Regex("^" + pattern + "$", RegexOptions.CultureInvariant | RegexOptions.Singleline);
    }

    [GeneratedRegex(@"\{\d+(?::[^}]*)?\}")]
    private static partial Regex PlaceholderSplit();
}
