namespace Kortlaegning.Api.Tiles;

/// <summary>
/// A vector-tile layer: its URL name, the SQL that builds one tile and the SQL that states its data version
/// (which becomes the ETag, so a tile changes as soon as the rows behind it change; cf. Martin #1578).
/// </summary>
public sealed record TileLayer(string Name, string TileSql, string VersionSql, string? Level = null, string? Table = null);

/// <summary>The layers served at <c>/tiles/{layer}/{z}/{x}/{y}.mvt</c>.</summary>
public static class TileLayers
{
    public static readonly IReadOnlyDictionary<string, TileLayer> All = new[]
    {
        Area("parishes", "parish"),
        Area("municipalities", "municipality"),
        Area("postcodes", "postcode"),
        Area("regions", "region"),
        new TileLayer("facilities", TileQueries.Facilities, TileQueries.FacilitiesVersion, Table: "facilities"),
        new TileLayer("grid", TileQueries.Grid, TileQueries.GridVersion, Table: "grid_cells"),
    }.ToDictionary(l => l.Name, StringComparer.Ordinal);

    private static TileLayer Area(string name, string level) => new(name, TileQueries.Areas, TileQueries.AreasVersion, Level: level);
}
