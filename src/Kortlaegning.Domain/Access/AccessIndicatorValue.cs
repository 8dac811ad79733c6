namespace Kortlaegning.Domain.Access;

/// <summary>One stored access value of one area (<see cref="AccessIndicators.Values"/>): null with a note when there is none.</summary>
public sealed record AccessIndicatorValue(string Code, double? Value, string? Note);
