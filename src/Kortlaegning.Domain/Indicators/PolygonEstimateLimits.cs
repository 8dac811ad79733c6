namespace Kortlaegning.Domain.Indicators;

/// <summary>
/// What a polygon estimate accepts: above these the 1 km grid says little that the municipality's own values do not,
/// and the intersection query grows with the vertices.
/// </summary>
public static class PolygonEstimateLimits
{
    public const int MaxVertices = 10_000;
    public const double MaxKm2 = 5_000;
    public const int MaxIndicators = 50;
}
