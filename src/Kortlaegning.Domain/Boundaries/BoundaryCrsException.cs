namespace Kortlaegning.Domain.Boundaries;

/// <summary>
/// The file's coordinates are not longitude/latitude and it does not say (or says in a way we cannot read) what they
/// are: importing them as lon/lat would put Odder in the Indian Ocean, so the import is refused (HTTP 422).
/// </summary>
public sealed class BoundaryCrsException(string message) : BoundaryFormatException(message);
