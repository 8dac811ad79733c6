using Kortlaegning.Api.Accounts;
using Kortlaegning.Api.Infrastructure;
using Npgsql;

namespace Kortlaegning.Api.Tiles;

/// <summary>
/// The tile SQL and the tile cache, in one place, for the endpoint and the seeder alike. Every query is
/// parameterised (@z, @x, @y, @tolerance, @layer, @level). The tile envelope (EPSG:3857, with a 1/64 margin so
/// outlines continue across tile edges) is transformed into the table's SRID 25832 for the bounding-box filter, so the
/// GiST index on geom is used; geometry is simplified in 25832 by about one tile unit before it is projected, clipped
/// and quantised by ST_AsMVTGeom (extent 4096, buffer 64).
/// </summary>
public sealed class TileSource(Data.ReadDataSource read, TileCache cache, ICurrentUser user)
{
    private readonly NpgsqlDataSource db = read.Source;

    public const int Extent = 4096;

    /// <summary>
    /// The tile envelope with its margin, in 25832, for the index filter. UTM zone 32 is defined only near its meridian:
    /// at zoom 0–4 a tile reaches far beyond, and PROJ fails ("Point outside of projection domain", a 500) or folds the
    /// envelope into a line (zoom 0: tiles missed Denmark's areas). So the envelope is first clipped, in 3857, to
    /// 0–25° E, 50–65° N — Denmark with a wide margin, well inside the projection's domain; outside it a tile is empty.
    /// </summary>
    private const string Envelope25832 =
        "ST_Transform(ST_Intersection(ST_TileEnvelope(@z, @x, @y, margin => 0.015625), ST_Transform(ST_MakeEnvelope(0, 50, 25, 65, 4326), 3857)), 25832)";

    /// <summary>Published rows and the drafts the caller may read (own levels only; official areas are always published).</summary>
    private static readonly string AreasVisible = Publication.VisibleSql("a", "municipality_code");

    private static readonly string FacilitiesVisible = Publication.VisibleSql("f", "municipality");

    private static readonly string Areas = $"""
        SELECT ST_AsMVT(t, @layer, 4096, 'geom')
          FROM (SELECT a.code, a.name, a.municipality_code AS "municipalityCode",
                       ST_AsMVTGeom(ST_Transform(ST_Simplify(a.geom, @tolerance, true), 3857),
                                    ST_TileEnvelope(@z, @x, @y), 4096, 64, true) AS geom
                  FROM areas a
                 WHERE a.level = @level
                   AND {AreasVisible}
                   AND a.geom && {Envelope25832}) t
         WHERE t.geom IS NOT NULL
        """;

    /// <summary>
    /// <see cref="Areas"/> with one indicator's value and note per area (<c>?indicator=&amp;period=</c>), from the public
    /// view, so a suppressed value is absent and its note says "suppressed". ST_AsMVT leaves a null attribute out.
    /// </summary>
    private static readonly string AreasWithValues = $"""
        SELECT ST_AsMVT(t, @layer, 4096, 'geom')
          FROM (SELECT a.code, a.name, a.municipality_code AS "municipalityCode", v.value, v.note,
                       ST_AsMVTGeom(ST_Transform(ST_Simplify(a.geom, @tolerance, true), 3857),
                                    ST_TileEnvelope(@z, @x, @y), 4096, 64, true) AS geom
                  FROM areas a
                  LEFT JOIN indicator_values_public v ON v.area_id = a.id AND v.indicator_code = @indicator AND v.period = @period
                 WHERE a.level = @level
                   AND {AreasVisible}
                   AND a.geom && {Envelope25832}) t
         WHERE t.geom IS NOT NULL
        """;

    /// <summary>
    /// The version of one indicator's values at a level, for the ETag: their count and a digest of what the tiles show.
    /// Only the public view's numbers and only areas the caller may read go in, so the digest cannot be used to test
    /// guesses of a suppressed count or of a draft department's value against it.
    /// </summary>
    private static readonly string ValuesVersion = $"""
        SELECT count(*)::text || '-' || md5(COALESCE(string_agg(a.code || ':' || COALESCE(v.value::text, '') || ':' || COALESCE(v.note, ''), ',' ORDER BY a.code), ''))
          FROM indicator_values_public v JOIN areas a ON a.id = v.area_id
         WHERE v.indicator_code = @indicator AND v.period = @period AND a.level = @level AND {AreasVisible}
        """;

    /// <summary>Row count and last edit of one level: any insert, update or delete changes it.</summary>
    private const string AreasVersion = "SELECT count(*)::text || '-' || COALESCE(extract(epoch FROM max(updated_at))::text, '0') FROM areas WHERE level = @level";

    /// <summary>Facilities (table of the facilities feature): point geometry in 25832, id, type and name.</summary>
    private static readonly string Facilities = $"""
        SELECT ST_AsMVT(t, @layer, 4096, 'geom')
          FROM (SELECT f.id, f.type, f.name,
                       ST_AsMVTGeom(ST_Transform(f.geom, 3857), ST_TileEnvelope(@z, @x, @y), 4096, 64, true) AS geom
                  FROM facilities f
                 WHERE {FacilitiesVisible}
                   AND f.geom && {Envelope25832}) t
         WHERE t.geom IS NOT NULL
        """;

    private const string FacilitiesVersion = "SELECT count(*)::text || '-' || COALESCE(extract(epoch FROM max(updated_at))::text, '0') FROM facilities";

    /// <summary>Census 2021 1 km cells with their residents. Cells are squares in EPSG:3035, stored as polygons in 25832.</summary>
    private const string Grid = $"""
        SELECT ST_AsMVT(t, @layer, 4096, 'geom')
          FROM (SELECT c.id, c.population,
                       ST_AsMVTGeom(ST_Transform(c.geom, 3857), ST_TileEnvelope(@z, @x, @y), 4096, 64, true) AS geom
                  FROM grid_cells c
                 WHERE c.geom && {Envelope25832}) t
         WHERE t.geom IS NOT NULL
        """;

    /// <summary>The grid is replaced as a whole when reloaded; count and total residents identify a load.</summary>
    private const string GridVersion = "SELECT count(*)::text || '-' || COALESCE(sum(population), 0)::text FROM grid_cells";

    private const string TableExists = "SELECT to_regclass(@table) IS NOT NULL";

    /// <summary>
    /// Simplification tolerance in EPSG:25832 metres: four tile units at zoom z (a quarter of a screen pixel on a
    /// 256 px tile, so invisible even on a high-DPI screen), scaled from Web Mercator to ground at 56° N (cos 56° ≈ 0.56).
    /// Halves the z7 parish tile's build time against one unit; the 1:500 000 source lines gain nothing from more.
    /// </summary>
    public static double Tolerance(int z) => 4 * 40_075_016.686 / (1L << z) / Extent * 0.56;

    /// <summary>Whether the layer's table exists (always true for area layers).</summary>
    public async Task<bool> HasDataAsync(TileLayer layer, CancellationToken ct)
    {
        if (layer.Table is null) return true;
        await using var cmd = db.CreateCommand(TableExists);
        cmd.Parameters.AddWithValue("table", layer.Table);
        return (bool)(await cmd.ExecuteScalarAsync(ct))!;
    }

    /// <summary>
    /// The layer's ETag: its name and data version, quoted (RFC 9110 §8.8.3); for a layer of own data seen with drafts,
    /// also which drafts (<see cref="Publication.DraftKey"/>). The ETag is the cache key, so a tile with drafts is never
    /// served to a caller who may not see them.
    /// </summary>
    /// <remarks>With <paramref name="values"/>, also the indicator, period and the version of its values.</remarks>
    public async Task<string> ETagAsync(TileLayer layer, CancellationToken ct, TileValues? values = null)
    {
        var (_, versionSql) = Sql(layer);
        await using var cmd = db.CreateCommand(versionSql);
        if (layer.Level is not null) cmd.Parameters.AddWithValue("level", layer.Level);
        var version = (string)(await cmd.ExecuteScalarAsync(ct))!;
        if (values is not null) version += $"-{values.Indicator}:{values.Period}:{await ValuesVersionAsync(layer, values, ct)}";
        var drafts = DraftKey(layer);
        return drafts.Length == 0 ? $"\"{layer.Name}-{version}\"" : $"\"{layer.Name}-{version}-drafts:{drafts}\"";
    }

    private async Task<string> ValuesVersionAsync(TileLayer layer, TileValues values, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(ValuesVersion);
        cmd.Parameters.AddWithValue("level", layer.Level!);
        cmd.Parameters.AddWithValue("indicator", values.Indicator);
        cmd.Parameters.AddWithValue("period", values.Period);
        cmd.Parameters.AddDraftParameters(user);
        return (string)(await cmd.ExecuteScalarAsync(ct))!;
    }

    /// <summary>Which drafts the caller sees in the layer: "" when none (then the tile is the same for everyone).</summary>
    public string DraftKey(TileLayer layer) => layer.HasDrafts ? Publication.DraftKey(user) : "";

    public bool IsCached(string etag, int z, int x, int y) => cache.TryGet(CacheKey(etag, z, x, y), out _);

    /// <summary>One tile of the layer's data version <paramref name="etag"/>: from the cache, or built and cached.</summary>
    /// <remarks>The ETag of a tile with <paramref name="values"/> names them, so the cache keeps them apart.</remarks>
    public async Task<byte[]> TileAsync(TileLayer layer, string etag, int z, int x, int y, CancellationToken ct, TileValues? values = null)
    {
        var key = CacheKey(etag, z, x, y);
        if (cache.TryGet(key, out var bytes)) return bytes;
        bytes = await BuildAsync(layer, z, x, y, values, ct);
        cache.Set(key, bytes);
        return bytes;
    }

    private async Task<byte[]> BuildAsync(TileLayer layer, int z, int x, int y, TileValues? values, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(values is null ? Sql(layer).Tile : AreasWithValues);
        if (values is not null)
        {
            cmd.Parameters.AddWithValue("indicator", values.Indicator);
            cmd.Parameters.AddWithValue("period", values.Period);
        }
        cmd.Parameters.AddWithValue("z", z);
        cmd.Parameters.AddWithValue("x", x);
        cmd.Parameters.AddWithValue("y", y);
        cmd.Parameters.AddWithValue("layer", layer.Name);
        if (layer.Data != TileData.Grid) cmd.Parameters.AddDraftParameters(user);
        if (layer.Level is not null)
        {
            cmd.Parameters.AddWithValue("level", layer.Level);
            cmd.Parameters.AddWithValue("tolerance", Tolerance(z));
        }
        return await cmd.ExecuteScalarAsync(ct) as byte[] ?? [];
    }

    // The key holds the data version, so after an edit the old tiles are simply never asked for again and age out.
    private static string CacheKey(string etag, int z, int x, int y) => $"{etag}/{z}/{x}/{y}";

    private static (string Tile, string Version) Sql(TileLayer layer) => layer.Data switch
    {
        TileData.Areas => (Areas, AreasVersion),
        TileData.Facilities => (Facilities, FacilitiesVersion),
        TileData.Grid => (Grid, GridVersion),
        _ => throw new ArgumentOutOfRangeException(nameof(layer), layer.Data, null),
    };
}

/// <summary>One indicator's values as attributes of an area layer's tiles (<c>?indicator=&amp;period=</c>).</summary>
public sealed record TileValues(string Indicator, string Period);
