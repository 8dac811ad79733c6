namespace Kortlaegning.Api.Indicators;

/// <summary>One indicator value on its way in, addressed by (level, area code) rather than by database id.</summary>
public sealed record ValueRow(
    string Indicator,
    string Level,
    string AreaCode,
    string Period,
    double? Value,
    double? Numerator = null,
    double? Denominator = null,
    double? CiLow = null,
    double? CiHigh = null,
    string? Note = null,
    string Source = "upload");
