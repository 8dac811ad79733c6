namespace Kortlaegning.Api.Followup;

/// <summary>Body of POST /api/projects and PUT /api/projects/{id}. Dates are yyyy-mm-dd.</summary>
public sealed record ProjectBody(string? Title, string? Municipality, string? Start, string? End, FocusBody? Focus, IReadOnlyList<PartnerBody?>? Partners);

/// <summary>Focus places by code: parishes (sognekode), housing departments and local communities as loaded in /api/areas.</summary>
public sealed record FocusBody(IReadOnlyList<string?>? Parishes, IReadOnlyList<string?>? HousingDepartments, IReadOnlyList<string?>? LocalCommunities);

/// <summary>An organisation taking part, with the role of its contact (e.g. "projektleder") — never a private person's data.</summary>
public sealed record PartnerBody(string? Name, string? Kind, string? Role);

/// <summary>Where an activity takes place: <c>facility</c> (facilityId), <c>department</c> (code) or <c>point</c> (lon, lat).</summary>
public sealed record PlaceBody(string? Type, int? FacilityId, string? Code, double? Lon, double? Lat);

/// <summary>Body of POST /api/projects/{id}/activities and PUT …/activities/{activityId}.</summary>
public sealed record ActivityBody(
    string? Title, string? Kind, PlaceBody? Place, string? Start, string? End, string? Recurrence, string? Organiser,
    string? TargetGroup, string? Status, bool? IsNew, string? Track);

/// <summary>Body of POST …/activities/from-scenario: a selected site of a run planning scenario becomes an activity place.</summary>
public sealed record FromScenarioBody(int? ScenarioId, string? SiteId, string? Title, string? Kind, string? Start, string? End, string? Track);

/// <summary>
/// Counts for one day (<c>date</c>) or month (<c>month</c>, yyyy-mm). Breakdowns are optional and each sums to at most its
/// count: <c>byAgeBand</c> and <c>bySex</c> of participants, <c>byTopic</c> and <c>byReferral</c> of contacts.
/// </summary>
public sealed record RegistrationBody(
    string? Date, string? Month, int? Participants, int? NewParticipants, int? Ambassadors, int? Contacts,
    IReadOnlyDictionary<string, int>? ByAgeBand = null, IReadOnlyDictionary<string, int>? BySex = null,
    IReadOnlyDictionary<string, int>? ByTopic = null, IReadOnlyDictionary<string, int>? ByReferral = null);

/// <summary>Body of POST /api/projects/{id}/targets: a metric, a period (<c>year</c>, or <c>from</c> and <c>to</c>), a value, optionally a place or track.</summary>
public sealed record TargetBody(string? Metric, int? Year, string? From, string? To, double? Value, string? Place, string? Track, string? Source = null);

/// <summary>Body of POST /api/projects/{id}/targets/from-preset.</summary>
public sealed record ApplyPresetBody(string? Preset);

public sealed record FocusDto(IReadOnlyList<string> Parishes, IReadOnlyList<string> HousingDepartments, IReadOnlyList<string> LocalCommunities);

public sealed record PartnerDto(string Name, string Kind, string? Role);

public sealed record ProjectDto(int Id, string Title, string Municipality, DateOnly Start, DateOnly End, FocusDto Focus, IReadOnlyList<PartnerDto> Partners, string State, int Version);

public sealed record PlaceDto(string Type, int? FacilityId, string? Code, double Lon, double Lat);

public sealed record ActivityDto(
    int Id, int ProjectId, string Municipality, string Title, string Kind, PlaceDto Place, string? FocusPlace, string? Parish,
    DateOnly Start, DateOnly? End, string? Recurrence, string? Organiser, string? TargetGroup, string Status, bool IsNew, string? Track, int Version);

/// <summary>A registration. Counts are null unless the caller may see raw counts (planners of the municipality).</summary>
public sealed record RegistrationDto(
    long Id, int ActivityId, string Municipality, DateOnly? Date, string? Month, int? Participants, int? NewParticipants, int? Ambassadors,
    int? Contacts, Breakdowns? Breakdown, int Version);

public sealed record Breakdowns(
    IReadOnlyDictionary<string, int>? ByAgeBand, IReadOnlyDictionary<string, int>? BySex,
    IReadOnlyDictionary<string, int>? ByTopic, IReadOnlyDictionary<string, int>? ByReferral);

public sealed record TargetDto(int Id, int ProjectId, string Metric, int? Year, DateOnly From, DateOnly To, double Value, string? Place, string? Track, string? Source, int Version);

public sealed record ImportResult(int Imported);
