using Kortlaegning.Api.Infrastructure;

namespace Kortlaegning.Api.Indicators;

public sealed record LocalisedName(string Da, string En);

public sealed record IndicatorInfo(
    string Code, LocalisedName Name, string Unit, string Polarity, int Decimals, string Definition,
    bool CountBased, bool Illustrative, IReadOnlyList<string> Levels, IReadOnlyList<string> Periods, SourceNote Source,
    string? Municipality = null, int Version = 1, string State = Infrastructure.Publication.Published);

public sealed record AreaValue(
    string Level, string Code, string Name, string? MunicipalityCode,
    double? Value, double? Numerator, double? Denominator, double? CiLow, double? CiHigh, string? Note);

public sealed record IndicatorValues(IndicatorInfo Indicator, string Level, string Period, int Count, IReadOnlyList<AreaValue> Values, IReadOnlyList<SourceNote> Sources);

public sealed record ComparatorValue(string Period, double? Value, double? CiLow, double? CiHigh, string? Note);

public sealed record TrendPoint(string Period, double? Value, string? Note);

public sealed record ProfileEntry(
    string Code, LocalisedName Name, string Unit, string Polarity, int Decimals, bool Illustrative,
    string Period, double? Value, double? CiLow, double? CiHigh, double? Numerator, double? Denominator, string? Note,
    ComparatorValue? Municipality, ComparatorValue? Denmark,
    string ComparedWithMunicipality, string ComparedWithDenmark,
    IReadOnlyList<TrendPoint> Trend, SourceNote Source)
{
    /// <summary>The value of the area's primary parish (housing departments, local communities, custom areas only).</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public ComparatorValue? Parish { get; init; }

    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? ComparedWithParish { get; init; }
}

/// <summary>
/// An area profile: its indicators, and for own areas their primary parish, their facts (homes, residents – entered or
/// estimated –, organisation, board, …) and the curated facts of the applications that belong on this profile.
/// </summary>
public sealed record AreaProfile(AreaRefDto Area, string? Period, IReadOnlyList<ProfileEntry> Indicators, string Method, IReadOnlyList<SourceNote> Sources)
{
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public AreaRefDto? Parish { get; init; }

    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public ProfileFacts? Facts { get; init; }

    public IReadOnlyList<CuratedFact> CuratedFacts { get; init; } = [];
}

/// <summary>
/// An own area's facts on its profile. Residents are a count of people: below the disclosure threshold they are
/// withheld (<see cref="Residents"/> null, <see cref="ResidentsWithheld"/>); <see cref="ResidentsEstimated"/> with
/// <see cref="ResidentsNote"/> says they come from the 1 km grid, not from the housing organisation.
/// </summary>
public sealed record ProfileFacts(
    string? Organisation, string? DepartmentNumber, int? Homes, int? Residents, int? ResidentsYear, bool ResidentsEstimated,
    string ResidentsLabel, string? ResidentsNote, bool ResidentsWithheld, bool? Board, bool? CommonRoom, string? Address, string? Source, bool Illustrative);

/// <summary>A quoted fact of an application: value as quoted (null when withheld), where it shows, and the national social-housing reference if the application gives one.</summary>
public sealed record CuratedFact(
    string Subject, string Fact, string? Value, string Unit, string Scope, bool Withheld, CuratedReference? Reference, SourceNote Source);

/// <summary>The figure a fact is compared with, e.g. social housing nationally; <see cref="Compared"/>: higher, lower or similar.</summary>
public sealed record CuratedReference(double Value, string? Subject, string? Compared);

public sealed record AreaRefDto(string Level, string Code, string Name, string? MunicipalityCode);
