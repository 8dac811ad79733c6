namespace Kortlaegning.Api.Followup;

/// <summary>GET /api/projects/{id}/progress. Figures with a null value are withheld by disclosure control.</summary>
public sealed record ProgressDto(
    int ProjectId, string Title, string Municipality, DateOnly At, DateOnly FiguresThrough, bool RawCounts, int DisclosureThreshold, double Tolerance,
    IReadOnlyList<TargetProgressDto> Targets, IReadOnlyList<PlaceProgressDto> Places, IReadOnlyList<MonthDto> Monthly, EquityDto? Equity, string Note);

public sealed record TargetProgressDto(
    int TargetId, string Metric, int? Year, DateOnly From, DateOnly To, string? Place, string? Track, double Target, double? Achieved,
    double Expected, double Elapsed, string? Status, bool Withheld, string? Source);

/// <summary>A focus place (key "level:code"; "" = outside the focus places) in the year of <c>at</c>.</summary>
public sealed record PlaceProgressDto(string Place, string Name, int Activities, long? Participants);

public sealed record MonthDto(string Month, long? Participants);

public sealed record EquityDto(
    int RankingPresetId, string Ranking, IReadOnlyList<string> TopQuintileParishes, int Activities, int ActivitiesInTop, double? ActivityShare,
    long? Participants, long? ParticipantsInTop, double? ParticipantShare);

public sealed record ProgressQuery(string? At, int? Ranking);

public sealed record ReportQuery(string? Period, string? Format, int? Ranking, string? Delimiter);
