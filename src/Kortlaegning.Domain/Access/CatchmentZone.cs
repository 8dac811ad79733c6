namespace Kortlaegning.Domain.Access;

/// <summary>A distance band of a catchment, up to and including <c>UpToMetres</c>, and its distance-decay weight.</summary>
public readonly record struct CatchmentZone(double UpToMetres, double Weight);
