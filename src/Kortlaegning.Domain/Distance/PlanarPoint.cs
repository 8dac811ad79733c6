namespace Kortlaegning.Domain.Distance;

/// <summary>A point in a projected, metric CRS (EPSG:25832 in this service): X easting, Y northing, metres.</summary>
public readonly record struct PlanarPoint(double X, double Y);

/// <summary>A destination by its index in the destination list, and how far it is in metres.</summary>
public readonly record struct Neighbour(int Index, double Metres);
