namespace Kortlaegning.Api.Planning;

/// <summary>
/// Where demand comes from (docs/allocation.md, "Demand sources"); written and read by <c>EnumNames</c>
/// (<c>grid</c>, <c>parishes</c>, <c>housing_departments</c>, <c>points</c>), the values of column <c>demand_source</c>.
/// </summary>
public enum DemandKind
{
    Grid,
    Parishes,
    HousingDepartments,

    /// <summary>Uploaded with the scenario.</summary>
    Points,
}
