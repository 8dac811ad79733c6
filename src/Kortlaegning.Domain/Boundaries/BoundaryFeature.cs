using NetTopologySuite.Geometries;

namespace Kortlaegning.Domain.Boundaries;

/// <summary>One feature as read from a boundary file: its raw properties and geometry (SRID set, XY only).</summary>
public sealed record BoundaryFeature(int Index, IReadOnlyDictionary<string, object?> Properties, Geometry? Geometry);
