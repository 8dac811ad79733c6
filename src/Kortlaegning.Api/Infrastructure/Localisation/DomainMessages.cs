namespace Kortlaegning.Api.Infrastructure.Localisation;

/// <summary>
/// The Domain library's messages in the request's language. The Domain knows no languages and writes English
/// (<c>AllocationValidator</c>, the boundary readers, <c>OwnAreaPreparer</c>, <c>RankingValidator</c>, the CQL2 parser
/// and checker); each sentence is matched (<see cref="EnglishSentences"/>) against the English wording of
/// <see cref="Texts.Cql2"/>, <see cref="Texts.Allocation"/>, <see cref="Texts.Boundaries"/>,
/// <see cref="Texts.OwnAreaRows"/> and <see cref="Texts.RankingInput"/>. A sentence no table knows is passed on as
/// written, so a new Domain message shows up in English rather than disappearing (and <c>DomainMessagesTests</c>, which
/// runs the Domain's checks, fails).
/// </summary>
public static class DomainMessages
{
    /// <summary>Every table, in the order they are tried: the CQL2 sentences before the shorter own-area ones
    /// ("'{0}' is not {1}" would also match "'x' is not a queryable; one of: …").</summary>
    public static readonly IReadOnlyList<Text> All =
        [.. Texts.Cql2.Concat(Texts.Allocation).Concat(Texts.Boundaries).Concat(Texts.OwnAreaRows).Concat(Texts.RankingInput)];

    private static readonly EnglishSentences Sentences = new(All);

    /// <summary><paramref name="english"/> in the request's language, or unchanged when it is not a known message.</summary>
    public static string Localise(string english) => Sentences.Localise(english) ?? english;

    /// <summary>Whether <paramref name="english"/> is a message one of the tables knows.</summary>
    public static bool IsKnown(string english) => Sentences.KeyOf(english) is not null;

    /// <summary>The key of the text that answers <paramref name="english"/>, or null (for the tests).</summary>
    public static string? KeyOf(string english) => Sentences.KeyOf(english);
}
