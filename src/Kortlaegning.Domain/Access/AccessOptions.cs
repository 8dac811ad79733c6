namespace Kortlaegning.Domain.Access;

/// <summary>Settings for <see cref="FacilityAccess"/>.</summary>
public sealed record AccessOptions(double WithinMetres, Catchment Catchment)
{
    /// <summary>The 2SFCA score is supply per this many residents (default per 1,000, as GP lists are usually shown).</summary>
    public double ScorePer { get; init; } = 1000;
}
