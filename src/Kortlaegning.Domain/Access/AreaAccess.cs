namespace Kortlaegning.Domain.Access;

/// <summary>
/// Access measures for one area and one facility type. Distances in metres through the distance provider named in
/// <see cref="MethodNote"/>. Everything but <see cref="Population"/> is null for an area without residents;
/// with residents but no facility at all, distances are null (no nearest), the share within and the score are 0.
/// </summary>
/// <param name="Area">Area index, as in <see cref="PopulationPoint.Area"/>.</param>
/// <param name="Population">Residents allocated to the area.</param>
/// <param name="CentreToNearestMetres">From the area's population-weighted centre to the nearest facility.</param>
/// <param name="MeanNearestMetres">Population-weighted mean of each point's distance to its own nearest facility.</param>
/// <param name="ShareWithin">Share (0–1) of residents whose nearest facility is within <see cref="AccessOptions.WithinMetres"/>.</param>
/// <param name="Score">2SFCA/E2SFCA accessibility, supply per <see cref="AccessOptions.ScorePer"/> residents, population-weighted over the area's points.</param>
/// <param name="MethodNote">One sentence for users saying how these were computed.</param>
public sealed record AreaAccess(
    int Area,
    double Population,
    double? CentreToNearestMetres,
    double? MeanNearestMetres,
    double? ShareWithin,
    double? Score,
    string MethodNote);
