using Kortlaegning.Api.Infrastructure.Data;
using Kortlaegning.Domain.Access;
using Kortlaegning.Domain.Distance;
using Npgsql;

namespace Kortlaegning.Api.Access;

/// <summary>One indicator definition as stored in <c>indicators</c> (source <c>facilities</c>).</summary>
public sealed record AccessIndicatorDefinition(string Code, string NameDa, string NameEn, string Unit, string Polarity, int Decimals, string Definition);

/// <summary>
/// All access SQL: population points from the 1 km grid, supply points from facilities, and the stored access
/// indicators. Methods that take a connection and transaction run inside the caller's (a refresh is one transaction).
/// </summary>
public sealed class AccessStore(NpgsqlDataSource db)
{
    /// <summary>The areas of a level, in code order (the area index of the computation). Param: level.</summary>
    /// <summary>Published areas only: access figures are cached per level for everyone, so a draft department has none yet.</summary>
    private const string AreasSql = "SELECT code, name, municipality_code FROM areas WHERE level = @level AND state = 'published' ORDER BY code";

    /// <summary>
    /// Residents as points: each inhabited cell's centre (EPSG:25832) with its population times its share in an area, so a
    /// cell shared by two parishes gives two points. Param: level.
    /// </summary>
    private const string PointsSql = """
        SELECT a.code, ST_X(ST_Centroid(c.geom)) AS x, ST_Y(ST_Centroid(c.geom)) AS y, c.population * g.share AS population
          FROM grid_cell_areas g JOIN grid_cells c ON c.id = g.cell_id JOIN areas a ON a.id = g.area_id
         WHERE a.level = @level AND a.state = 'published' AND c.population > 0 AND g.share > 0
        """;

    /// <summary>
    /// Own areas (housing departments, local communities) as one population point each, at a point on their surface with
    /// their stored residents (entered, or the import's grid estimate; 0 when unknown). A 1 km cell's centre says little
    /// about where a 100 m department lies, so the grid points are not used for them. Param: level.
    /// </summary>
    private const string OwnPointsSql = """
        SELECT a.code, ST_X(p) AS x, ST_Y(p) AS y, COALESCE(aa.residents, 0)::float8 AS population
          FROM areas a LEFT JOIN area_attributes aa ON aa.area_id = a.id CROSS JOIN LATERAL ST_PointOnSurface(a.geom) p
         WHERE a.level = @level AND a.state = 'published'
        """;

    /// <summary>
    /// Changes whenever a dataset (the grid among them) is reloaded or the level's areas change: the cache key of the
    /// points. Reads two small tables only (counting grid_cell_areas cost 30 ms). Param: level.
    /// </summary>
    private const string PointsVersionSql = """
        SELECT COALESCE((SELECT max(loaded_at) FROM dataset_loads)::text, '-') || '|' ||
               (SELECT count(*)::text || '-' || COALESCE(max(updated_at)::text, '-') FROM areas WHERE level = @level) AS version
        """;

    /// <summary>
    /// Facilities of one type as supply points: points as they are, polygons (green areas) by a point on their surface.
    /// Capacity null when not given. Published facilities only: access indicators are published figures, and a draft
    /// facility must not show in them (DESIGN.md §1). Param: type.
    /// </summary>
    private const string SupplySql = """
        SELECT ST_X(p) AS x, ST_Y(p) AS y, capacity
          FROM (SELECT CASE WHEN GeometryType(geom) = 'POINT' THEN geom ELSE ST_PointOnSurface(geom) END AS p, capacity
                  FROM facilities WHERE type = @type AND state = 'published') s
        """;

    /// <summary>Serialises refreshes of one type's stored values (held to the end of the transaction). Param: key.</summary>
    private const string LockSql = "SELECT pg_advisory_xact_lock(hashtext(@key))";

    /// <summary>A definition, illustrative when any facility of the type is. Params: the definition's fields and type.</summary>
    private const string UpsertIndicatorSql = """
        INSERT INTO indicators (code, name_da, name_en, unit, polarity, decimals, definition, source, count_based, illustrative)
        VALUES (@code, @name_da, @name_en, @unit, @polarity, @decimals, @definition, 'facilities', false,
                COALESCE((SELECT bool_or(illustrative) FROM facilities WHERE type = @type AND state = 'published'), false))
        ON CONFLICT (code) DO UPDATE
           SET name_da = excluded.name_da, name_en = excluded.name_en, unit = excluded.unit, polarity = excluded.polarity,
               decimals = excluded.decimals, definition = excluded.definition, source = excluded.source, illustrative = excluded.illustrative
        """;

    private const string DeleteValuesSql = "DELETE FROM indicator_values WHERE indicator_code = ANY(@codes)";

    private const string TypesWithFacilitiesSql = "SELECT DISTINCT type FROM facilities WHERE state = 'published'";

    private const string StoredCodesSql = "SELECT code FROM indicators WHERE code LIKE 'access.%' AND source = 'facilities'";

    public ValueTask<NpgsqlConnection> OpenAsync(CancellationToken ct) => db.OpenConnectionAsync(ct);

    public async Task<string> PointsVersionAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, string level, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(PointsVersionSql, conn, tx);
        cmd.Parameters.AddWithValue("level", level);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        await r.ReadAsync(ct);
        return r.Get<string>("version");
    }

    /// <summary>The level's areas in code order, and their residents as points indexed into that list.</summary>
    public async Task<LevelPopulation> PopulationAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, string level, CancellationToken ct)
    {
        var areas = new List<AreaKey>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        await using (var cmd = new NpgsqlCommand(AreasSql, conn, tx))
        {
            cmd.Parameters.AddWithValue("level", level);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
            {
                var code = r.Get<string>("code");
                index[code] = areas.Count;
                areas.Add(new AreaKey(code, r.Get<string>("name"), r.Get<string?>("municipality_code")));
            }
        }
        var points = new List<PopulationPoint>(50_000);
        bool own = Domain.Boundaries.AreaLevels.TryParse(level, out var lvl) && Domain.Boundaries.AreaLevels.IsOwn(lvl);
        await ReadPointsAsync(conn, tx, own ? OwnPointsSql : PointsSql, level, code => index[code], points, ct);
        if (!own) return new LevelPopulation(areas, points);
        // The 2SFCA's supply ratios need everyone who competes for a facility, not only the departments' residents: the
        // national grid points (by parish) join as one background area that is computed but not answered. The
        // departments' residents are then counted twice in the ratios, a few thousand among millions.
        int background = areas.Count;
        await ReadPointsAsync(conn, tx, PointsSql, "parish", _ => background, points, ct);
        return new LevelPopulation(areas, points, Background: 1);
    }

    private static async Task ReadPointsAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, string sql, string level, Func<string, int> area,
        List<PopulationPoint> points, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, conn, tx);
        cmd.Parameters.AddWithValue("level", level);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        int code = r.GetOrdinal("code"), x = r.GetOrdinal("x"), y = r.GetOrdinal("y"), population = r.GetOrdinal("population");
        while (await r.ReadAsync(ct))
        {
            points.Add(new PopulationPoint(new PlanarPoint(r.GetDouble(x), r.GetDouble(y)), r.GetDouble(population), area(r.GetString(code))));
        }
    }

    /// <summary>The type's facilities as supply (capacity 1 when not given), and how many had none.</summary>
    public async Task<(List<SupplyPoint> Supply, int WithoutCapacity)> SupplyAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, string type, CancellationToken ct)
    {
        var supply = new List<SupplyPoint>();
        int withoutCapacity = 0;
        await using var cmd = new NpgsqlCommand(SupplySql, conn, tx);
        cmd.Parameters.AddWithValue("type", type);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            var capacity = r.Get<int?>("capacity");
            if (capacity is null) withoutCapacity++;
            supply.Add(new SupplyPoint(new PlanarPoint(r.Get<double>("x"), r.Get<double>("y")), capacity ?? 1));
        }
        return (supply, withoutCapacity);
    }

    /// <summary>Waits for, then holds until the transaction ends, the lock on one type's stored values.</summary>
    public async Task LockTypeAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string type, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(LockSql, conn, tx);
        cmd.Parameters.AddWithValue("key", $"kortlaegning.access.{type}");
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public async Task DefineAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string type, IEnumerable<AccessIndicatorDefinition> definitions, CancellationToken ct)
    {
        foreach (var d in definitions)
        {
            await using var cmd = new NpgsqlCommand(UpsertIndicatorSql, conn, tx);
            Indicators.DefinitionParameters.Add(cmd.Parameters, d.Code, d.NameDa, d.NameEn, d.Unit, d.Polarity, d.Decimals, d.Definition);
            cmd.Parameters.AddWithValue("type", type);
            await cmd.ExecuteNonQueryAsync(ct);
        }
    }

    public async Task DeleteValuesAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string[] codes, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(DeleteValuesSql, conn, tx);
        cmd.Parameters.AddWithValue("codes", codes);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The types that have facilities, and the access indicator codes stored (for the start-up plan).</summary>
    public async Task<(List<string> TypesWithFacilities, List<string> StoredCodes)> PresentAsync(CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return (await ColumnAsync(conn, TypesWithFacilitiesSql, "type", ct), await ColumnAsync(conn, StoredCodesSql, "code", ct));
    }

    private static async Task<List<string>> ColumnAsync(NpgsqlConnection conn, string sql, string column, CancellationToken ct)
    {
        var list = new List<string>();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) list.Add(r.Get<string>(column));
        return list;
    }
}
