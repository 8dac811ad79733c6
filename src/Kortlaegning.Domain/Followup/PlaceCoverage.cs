namespace Kortlaegning.Domain.Followup;

/// <summary>
/// "At least one in each of five places" (Odder: "som minimum ét hvert sted"): the number of the listed places that
/// have at least <c>minimum</c> activities. Places outside the list do not count, and one place with many activities
/// still counts once, so the figure runs from 0 to the number of places.
/// </summary>
public static class PlaceCoverage
{
    public static int Covered(IEnumerable<string> places, IReadOnlyDictionary<string, int> activitiesByPlace, int minimum = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minimum, 1);
        return places.Distinct(StringComparer.Ordinal).Count(p => activitiesByPlace.TryGetValue(p, out var n) && n >= minimum);
    }
}
