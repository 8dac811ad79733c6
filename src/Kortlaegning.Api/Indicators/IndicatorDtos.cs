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
    IReadOnlyList<TrendPoint> Trend, SourceNote Source);

public sealed record AreaProfile(AreaRefDto Area, string? Period, IReadOnlyList<ProfileEntry> Indicators, string Method, IReadOnlyList<SourceNote> Sources);

public sealed record AreaRefDto(string Level, string Code, string Name, string? MunicipalityCode);
