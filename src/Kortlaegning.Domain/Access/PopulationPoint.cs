using Kortlaegning.Domain.Distance;

namespace Kortlaegning.Domain.Access;

/// <summary>
/// Residents at one place (a 1 km grid cell centre, EPSG:25832) and the index of the area (0 … areaCount − 1)
/// the cell has been allocated to.
/// </summary>
public readonly record struct PopulationPoint(PlanarPoint Location, double Population, int Area);
