namespace Kortlaegning.Api.Facilities;

/// <summary>Where a facility's activities take place (column <c>setting</c>; names as in the API: indoor, outdoor, both).</summary>
public enum FacilitySetting { Indoor, Outdoor, Both }
