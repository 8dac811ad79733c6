namespace Kortlaegning.Domain.Boundaries;

/// <summary>
/// Which levels each level links up to by overlap (a parish to its municipality, a housing department to its parish
/// and municipality). The first parent level is the one a child "belongs to". Importing a level relinks it upwards and
/// relinks every level that has it as a parent, so a new parish file re-parents the departments too.
/// </summary>
public static class AreaHierarchy
{
    public static readonly IReadOnlyDictionary<AreaLevel, AreaLevel[]> ParentsOf = new Dictionary<AreaLevel, AreaLevel[]>
    {
        [AreaLevel.Country] = [],
        [AreaLevel.Region] = [],
        [AreaLevel.Municipality] = [AreaLevel.Region],
        [AreaLevel.Parish] = [AreaLevel.Municipality],
        [AreaLevel.Postcode] = [AreaLevel.Municipality],
        [AreaLevel.HousingDepartment] = [AreaLevel.Parish, AreaLevel.Municipality],
        [AreaLevel.LocalCommunity] = [AreaLevel.Parish, AreaLevel.Municipality],
        [AreaLevel.Custom] = [AreaLevel.Municipality],
    };

    /// <summary>The (child, parent) level pairs to recompute after <paramref name="level"/> changed: its own links first.</summary>
    public static IReadOnlyList<(AreaLevel Child, AreaLevel Parent)> LinksAround(AreaLevel level) =>
        ParentsOf[level].Select(p => (level, p))
            .Concat(ParentsOf.Where(kv => kv.Value.Contains(level)).Select(kv => (kv.Key, level)))
            .ToList();
}
