namespace Kortlaegning.Domain.Ranking;

/// <summary>
/// A ranking request the engine cannot compute. <see cref="Errors"/> lists every bad field (JSON-path-like names such
/// as "indicators[1].weight") with its messages, the shape of ValidationProblemDetails.errors;
/// <see cref="ArgumentException.ParamName"/> is the first bad field.
/// </summary>
public sealed class RankingInputException : ArgumentException
{
    public RankingInputException(IReadOnlyDictionary<string, string[]> errors)
        : base(Describe(errors), errors.Keys.FirstOrDefault())
    {
        Errors = errors;
    }

    /// <summary>Messages per bad field.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }

    private static string Describe(IReadOnlyDictionary<string, string[]> errors) =>
        "Invalid ranking request: " + string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"));
}
