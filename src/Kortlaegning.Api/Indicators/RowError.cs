namespace Kortlaegning.Api.Indicators;

/// <summary>
/// The old row-error shape. Indicator imports answer with <see cref="Infrastructure.Validation.FieldErrors"/> now; only
/// the facility import on this branch still uses this, and it goes when that import moves to FieldErrors too.
/// </summary>
public sealed record RowError(int Line, string Field, string Reason);
