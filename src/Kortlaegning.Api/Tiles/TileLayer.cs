namespace Kortlaegning.Api.Tiles;

/// <summary>What a tile layer draws: areas of one level, the facilities, or the 1 km population grid.</summary>
public enum TileData
{
    Areas,
    Facilities,
    Grid,
}

/// <summary>
/// A vector-tile layer: its URL name, what it draws and, for areas, the level. <see cref="TileSource"/> holds the SQL
/// that builds a tile and the SQL that states the layer's data version (which becomes the ETag, so a tile changes as
/// soon as the rows behind it change; cf. Martin #1578).
/// </summary>
public sealed record TileLayer(string Name, TileData Data, string? Level = null)
{
    /// <summary>The table a layer of another feature reads; the layer answers 404 until that table exists.</summary>
    public string? Table => Data switch
    {
        TileData.Facilities => "facilities",
        TileData.Grid => "grid_cells",
        _ => null,
    };

    /// <summary>Whether the layer draws own data, which has drafts (facilities, own area levels); official levels and the grid have none.</summary>
    public bool HasDrafts => Data == TileData.Facilities
        || (Level is not null && Kortlaegning.Domain.Boundaries.AreaLevels.TryParse(Level, out var level) && Kortlaegning.Domain.Boundaries.AreaLevels.IsOwn(level));
}

/// <summary>The layers served at <c>/tiles/{layer}/{z}/{x}/{y}.mvt</c>.</summary>
public static class TileLayers
{
    public static readonly IReadOnlyDictionary<string, TileLayer> All = new[]
    {
        Area("parishes", "parish"),
        Area("municipalities", "municipality"),
        Area("postcodes", "postcode"),
        Area("regions", "region"),
        Area("housing_departments", "housing_department"),
        Area("local_communities", "local_community"),
        new TileLayer("facilities", TileData.Facilities),
        new TileLayer("grid", TileData.Grid),
    }.ToDictionary(l => l.Name, StringComparer.Ordinal);

    private static TileLayer Area(string name, string level) => new(name, TileData.Areas, level);
}
