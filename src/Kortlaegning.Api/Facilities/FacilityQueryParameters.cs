using Microsoft.AspNetCore.Mvc;

namespace Kortlaegning.Api.Facilities;

/// <summary>The list's query string (all optional; checked by <see cref="FacilitiesEndpoints"/>).</summary>
public sealed record FacilityListQuery(
    [FromQuery(Name = "type")] string? Type,
    [FromQuery(Name = "bbox")] string? Bbox,
    [FromQuery(Name = "area")] string? Area,
    [FromQuery(Name = "municipality")] string? Municipality,
    [FromQuery(Name = "text")] string? Text,
    [FromQuery(Name = "limit")] string? Limit,
    [FromQuery(Name = "offset")] string? Offset,
    [FromQuery(Name = "f")] string? F = null);

/// <summary>The import's query string: <c>srid</c> of x/y columns (or overriding a GeoJSON's CRS), and <c>source</c>.</summary>
public sealed record FacilityImportQuery(
    [FromQuery(Name = "srid")] string? Srid,
    [FromQuery(Name = "source")] string? Source,
    [FromQuery(Name = "state")] string? State = null);
