using System.Text.Json;
using System.Text.RegularExpressions;
using Kortlaegning.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kortlaegning.Api.Workshops;

public sealed record FocusRequest(string[]? Parishes, string[]? HousingDepartments, JsonElement? Polygon);
public sealed record CategoryRequest(string? Key, string? Label, int? BlurMetres);
public sealed record CreateWorkshopRequest(string? Title, string? Municipality, DateOnly? Date, FocusRequest? Focus,
    List<CategoryRequest>? Categories, int? VoteLimit, string? Status);
public sealed record UpdateWorkshopRequest(string? Title, DateOnly? Date, string? Status, bool? Locked, int? VoteLimit);
public sealed record JoinRequest(string? Code, string? Nickname);
public sealed record AnnotationRequest(string? Category, string? Text, JsonElement? Geometry);
public sealed record ModerationRequest(string? Status, string? Category);
public sealed record MergeRequest(long? Into);
public sealed record VoteRequest(long? AnnotationId, string? Area);
/// <summary>Kind "facility" or "candidate"; optional facility type (default "other") and name (default: the item's text).</summary>
public sealed record FacilityRequest(string? Kind, string? Type = null, string? Name = null);

public sealed record ConvertedToFacility(int FacilityId, string Name, string Type, bool CandidateSpot);

public sealed record CreatedWorkshop(Guid Id, string JoinCode, string FacilitatorKey, string JoinUrl, string FacilitatorUrl);
public sealed record Joined(Guid WorkshopId, string Token, string? Nickname, int VoteLimit);
public sealed record CategoryInfo(string Key, string Label, int BlurMetres);
public sealed record AreaInfo(string Code, string Name, bool Focus);
public sealed record WorkshopDetails(Guid Id, string Title, string Municipality, DateOnly Date, string Status, bool Locked,
    string? JoinCode, string AreaLevel, string[] FocusAreas, int VoteLimit, JsonElement Extent, double[] Bbox,
    IReadOnlyList<CategoryInfo> Categories, IReadOnlyList<AreaInfo> Areas);
public sealed record VoteInfo(long Id, long? AnnotationId, string? Area);
public sealed record MyVotes(int Limit, int Used, int Left, IReadOnlyList<VoteInfo> Votes);
public sealed record CategoryCount(string Category, string Label, long Count);
public sealed record AreaCategoryCount(string Area, string Name, string Category, long Count);
public sealed record AreaVoteCount(string Area, long Votes);
public sealed record WorkshopCounts(long Total, IReadOnlyList<CategoryCount> ByCategory, IReadOnlyList<AreaCategoryCount> ByAreaAndCategory, IReadOnlyList<AreaVoteCount> AreaVotes);
public sealed record IndicatorRow(string Indicator, string Level, string AreaCode, string Period, long Value);

/// <summary>Field checks that collect every problem before answering, as one 400 listing each field.</summary>
internal sealed partial class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = [];

    [GeneratedRegex("^[a-z][a-z0-9_]{0,39}$")]
    public static partial Regex CategoryKey();

    public bool Any => _errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list)) _errors[field] = list = [];
        list.Add(message);
    }

    public void Text(string field, string? value, int max, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) Add(field, $"'{field}' is required.");
            return;
        }
        if (value.Length > max) Add(field, $"'{field}' is longer than {max} characters.");
        if (value.Any(ch => char.IsControl(ch) && ch is not ('\n' or '\r' or '\t'))) Add(field, $"'{field}' contains control characters.");
    }

    public ProblemHttpResult Problem(string title) => Problems.Status(400, title, "One or more fields are invalid; see 'errors'.",
        new Dictionary<string, object?> { ["errors"] = _errors.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray()) });
}

/// <summary>The categories a workshop starts with unless the facilitator gives others (Danish labels, stable keys).</summary>
internal static class DefaultCategories
{
    public static readonly CategoryInfo[] All =
    [
        new("resource", "Ressource", 0),
        new("barrier", "Barriere", 0),
        new("idea", "Idé", 0),
        new("existing_activity", "Eksisterende aktivitet", 0),
        new("meeting_place", "Mødested", 0),
        // Where someone feels unsafe can point at a home; stored on a 100 m grid unless the facilitator changes it.
        new("safety_concern", "Utryghed", 100),
    ];

    public static List<CategoryInfo>? Validate(List<CategoryRequest>? given, FieldErrors errors)
    {
        if (given is null) return [.. All];
        if (given.Count is 0 or > 20) { errors.Add("categories", "Give 1–20 categories."); return null; }
        var result = new List<CategoryInfo>();
        for (int i = 0; i < given.Count; i++)
        {
            var c = given[i];
            var field = $"categories[{i}]";
            if (c?.Key is null || !FieldErrors.CategoryKey().IsMatch(c.Key)) errors.Add($"{field}.key", "A key is 1–40 lower-case letters, digits or '_', starting with a letter.");
            errors.Text($"{field}.label", c?.Label, 100, required: true);
            if (c?.BlurMetres is < 0 or > 5000) errors.Add($"{field}.blurMetres", "Blurring is 0–5000 metres.");
            if (c?.Key is not null && result.Any(r => r.Key == c.Key)) errors.Add($"{field}.key", $"Duplicate key '{c.Key}'.");
            if (c?.Key is not null && c.Label is not null) result.Add(new CategoryInfo(c.Key, c.Label.Trim(), c.BlurMetres ?? 0));
        }
        return result;
    }
}
