using System.Text.Json;

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
