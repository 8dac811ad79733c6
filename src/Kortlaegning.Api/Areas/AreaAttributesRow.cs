namespace Kortlaegning.Api.Areas;

/// <summary>
/// The facts of an own area (housing department, local community, custom), one row per area in <c>area_attributes</c>
/// (DESIGN.md §2: a typed side table, since official levels have none of these). Residents are either entered
/// (<see cref="ResidentsEstimated"/> false) or estimated from the 1 km grid at write time.
/// </summary>
public sealed class AreaAttributesRow
{
    public int AreaId { get; set; }
    public string? Organisation { get; set; }
    public string? DepartmentNumber { get; set; }
    public int? Homes { get; set; }
    public int? Residents { get; set; }
    public int? ResidentsYear { get; set; }
    public bool ResidentsEstimated { get; set; }
    public string? ResidentsNote { get; set; }
    public bool? Board { get; set; }
    public bool? CommonRoom { get; set; }
    public string? Address { get; set; }
    public string? Source { get; set; }
    public bool Illustrative { get; set; }
}
