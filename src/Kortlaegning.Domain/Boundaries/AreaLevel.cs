namespace Kortlaegning.Domain.Boundaries;

/// <summary>The kinds of area the service knows. Stored and served as snake_case (<see cref="AreaLevels"/>).</summary>
public enum AreaLevel
{
    /// <summary>Denmark as a whole (code "DK"): the national comparator.</summary>
    Country,
    Region,
    Municipality,
    Parish,
    Postcode,
    HousingDepartment,
    LocalCommunity,
    Custom,
}

/// <summary>Names and parsing of <see cref="AreaLevel"/> as the API and database spell them.</summary>
public static class AreaLevels
{
    private static readonly Dictionary<AreaLevel, string> Names = new()
    {
        [AreaLevel.Country] = "country",
        [AreaLevel.Region] = "region",
        [AreaLevel.Municipality] = "municipality",
        [AreaLevel.Parish] = "parish",
        [AreaLevel.Postcode] = "postcode",
        [AreaLevel.HousingDepartment] = "housing_department",
        [AreaLevel.LocalCommunity] = "local_community",
        [AreaLevel.Custom] = "custom",
    };

    private static readonly Dictionary<string, AreaLevel> ByName =
        Names.ToDictionary(kv => kv.Value, kv => kv.Key, StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyCollection<string> All => Names.Values;

    public static string Name(this AreaLevel level) => Names[level];

    /// <summary>
    /// Levels a municipality draws and imports itself (DESIGN.md §2): owned by a municipality, editable by its planners,
    /// with attributes. The others are official (DAGI) reference data: read-only but for a national admin's import.
    /// </summary>
    public static bool IsOwn(this AreaLevel level) => level is AreaLevel.HousingDepartment or AreaLevel.LocalCommunity or AreaLevel.Custom;

    public static bool TryParse(string? text, out AreaLevel level) => ByName.TryGetValue(text?.Trim() ?? "", out level);
}
