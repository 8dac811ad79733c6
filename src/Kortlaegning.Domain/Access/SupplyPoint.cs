using Kortlaegning.Domain.Distance;

namespace Kortlaegning.Domain.Access;

/// <summary>A facility's location (EPSG:25832) and its capacity (supply S_j in 2SFCA: doctors, places, opening hours …).</summary>
public readonly record struct SupplyPoint(PlanarPoint Location, double Capacity);
