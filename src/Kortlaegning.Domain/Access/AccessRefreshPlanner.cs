namespace Kortlaegning.Domain.Access;

/// <summary>
/// Decides which stored access indicators to recompute, and from what change (docs/facilities.md, "Stored as
/// indicators"). Always whole types at every stored level, nationally: a facility changes the nearest distance of
/// areas across municipal borders and, through its catchment, the 2SFCA ratio of everyone in reach (Luo &amp; Wang
/// 2003), so no smaller set of areas is safe to recompute. Types come out distinct and in ordinal order, which is also
/// the order of the per-type locks: two refreshes sharing types cannot deadlock.
/// </summary>
public static class AccessRefreshPlanner
{
    /// <summary>
    /// After facilities of <paramref name="changedTypes"/> were created, edited (the old and the new type), deleted or
    /// imported. Types the taxonomy no longer knows are left alone (nothing defines their indicators).
    /// </summary>
    public static AccessRefreshPlan ForChange(IEnumerable<string> changedTypes, Func<string, bool> isKnownType) =>
        Plan(changedTypes, isKnownType);

    /// <summary>
    /// At start-up. The measures rest on the grid and the areas as well as on the facilities, so they are recomputed
    /// only when reference data was (re)loaded; then for every type that has facilities or still has stored values
    /// (codes from <see cref="AccessIndicators.Codes"/>; other indicator codes are ignored), so a type whose last
    /// facility went away reads "no facility" rather than a stale distance.
    /// </summary>
    public static AccessRefreshPlan AtStartUp(bool referenceDataReloaded, IEnumerable<string> typesWithFacilities,
        IEnumerable<string> storedIndicatorCodes, Func<string, bool> isKnownType)
    {
        if (!referenceDataReloaded) return AccessRefreshPlan.Nothing;
        var stored = storedIndicatorCodes.Select(AccessIndicators.TypeOf).OfType<string>();
        return Plan(typesWithFacilities.Concat(stored), isKnownType);
    }

    private static AccessRefreshPlan Plan(IEnumerable<string> types, Func<string, bool> isKnownType)
    {
        var list = types.Where(isKnownType).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return list.Count == 0 ? AccessRefreshPlan.Nothing : new AccessRefreshPlan(list, AccessIndicators.Levels);
    }
}
