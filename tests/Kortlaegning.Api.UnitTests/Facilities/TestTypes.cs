using Kortlaegning.Api.Facilities;

namespace Kortlaegning.Api.UnitTests.Facilities;

/// <summary>A two-entry taxonomy: a point type with the indoor default and the one type that may be a polygon.</summary>
internal static class TestTypes
{
    public static readonly FacilityTypes Two = new(
    [
        new FacilityType("library", "Bibliotek", "Library", "indoor", "book", "point"),
        new FacilityType("green_area", "Grønt område", "Green area", "outdoor", "tree", "point_or_polygon"),
    ]);
}
