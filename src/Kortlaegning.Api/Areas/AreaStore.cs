using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Api.Infrastructure.Data;
using Kortlaegning.Domain.Boundaries;
using Npgsql;
using NpgsqlTypes;

namespace Kortlaegning.Api.Areas;

/// <summary>
/// The area SQL, in one place (as pg_featureserv keeps its SQL): reads here, the import's writes in
/// <c>AreaStore.Import.cs</c>. All parameterised; bounding boxes are transformed into the table's SRID (25832) so
/// the GiST index on geom is used; geometry leaves as EPSG:4326 GeoJSON with 6 decimals (~0.1 m), and
/// <see cref="AreaGeoJson"/> writes the features around it.
/// </summary>
public sealed partial class AreaStore(NpgsqlDataSource db, Accounts.ICurrentUser user, Audit.AuditLog audit)
{
    private const string Columns = """
        a.id, a.level, a.code, a.name, a.municipality_code, round(a.area_km2::numeric, 3)::float8 AS area_km2,
        a.source, a.source_year, a.version, a.state, aa.area_id IS NOT NULL AS has_facts, aa.organisation, aa.department_number, aa.homes,
        aa.residents, aa.residents_year, aa.residents_estimated, aa.residents_note, aa.board, aa.common_room, aa.address,
        aa.source AS facts_source, aa.illustrative,
        ST_AsGeoJSON((SELECT CASE WHEN @flip THEN ST_FlipCoordinates(g) ELSE g END
                        FROM ST_ForcePolygonCCW(ST_Transform(CASE WHEN @simplify > 0 THEN ST_Simplify(a.geom, @simplify, true) ELSE a.geom END, @srid)) g),
                     @digits) AS geometry
        """;

    /// <summary>
    /// Published areas and the own drafts the caller may read (DESIGN.md §1); official levels are always published. In
    /// every read here, with the parameters of <see cref="Publication.AddDraftParameters"/>.
    /// </summary>
    /// (A property, not a field: the other parts of this partial class read it in their own static initialisers.)
    private static string Visible => Publication.VisibleSql("a", "municipality_code");

    private static readonly string Filter = $"""
        a.level = @level
           AND {Visible}
           AND (@municipality::text IS NULL OR a.municipality_code = @municipality)
           AND (@minx::float8 IS NULL OR ST_Intersects(a.geom, ST_Transform(ST_MakeEnvelope(@minx, @miny, @maxx, @maxy, @bboxsrid), 25832)))
        """;

    /// <summary>Areas with the facts of own levels (area_attributes), which official levels do not have.</summary>
    private const string From = "areas a LEFT JOIN area_attributes aa ON aa.area_id = a.id";

    /// <summary>The properties an OGC <c>sortby</c> may name, and their columns (a whitelist: only these reach the SQL).</summary>
    public static readonly IReadOnlyDictionary<string, string> SortColumns = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["code"] = "a.code",
        ["name"] = "a.name COLLATE \"C\"",
        ["municipalityCode"] = "a.municipality_code",
        ["areaKm2"] = "a.area_km2",
    };

    /// <summary>
    /// Params: level, municipality?, bbox (4 doubles or nulls, bboxsrid), simplify, srid, flip, digits, limit? (null: all),
    /// offset. The page is cut in a subquery before the geometry is written: PostgreSQL projects the rows an OFFSET skips
    /// too, so <c>offset=2000&amp;limit=10</c> wrote 2,010 GeoJSON geometries to return 10 (GDAL pages by 10).
    /// </summary>
    private static string List(IReadOnlyList<SortKey> sort, string where)
    {
        var order = string.Join(", ", sort.Select(k => SortColumns[k.Property] + (k.Descending ? " DESC" : "")).Append("a.code"));
        return $"""
            SELECT {Columns}
              FROM (SELECT a.* FROM areas a WHERE {Filter}{where} ORDER BY {order} LIMIT @limit OFFSET @offset) a
              LEFT JOIN area_attributes aa ON aa.area_id = a.id
             ORDER BY {order}
            """;
    }

    private static string Count(string where) => $"SELECT count(*) AS matched FROM areas a WHERE {Filter}{where}";

    private static readonly string One = $"SELECT {Columns} FROM {From} WHERE a.level = @level AND a.code = @code AND {Visible}";

    private const string SourcesOfLevel = "SELECT COALESCE(array_agg(DISTINCT source), ARRAY[]::text[]) AS sources FROM areas WHERE level = @level";

    /// <summary>Parents of an area, largest overlap first. Param: id.</summary>
    private const string Parents = """
        SELECT p.level, p.code, p.name, ap.overlap_fraction, ap.is_primary
          FROM area_parents ap JOIN areas p ON p.id = ap.parent_id
         WHERE ap.child_id = @id
         ORDER BY p.level, ap.overlap_fraction DESC
        """;

    /// <summary>Areas of every level containing a point. Params: lon, lat.</summary>
    private static readonly string At = $"""
        SELECT a.level, a.code, a.name, a.municipality_code
          FROM areas a
         WHERE {Visible}
           AND ST_Intersects(a.geom, ST_Transform(ST_SetSRID(ST_MakePoint(@lon, @lat), 4326), 25832))
         ORDER BY array_position(ARRAY['country','region','municipality','parish','postcode','local_community','housing_department','custom'], a.level), a.code
        """;

    private static readonly string LevelCounts = $"SELECT level, count(*) AS areas FROM areas a WHERE {Visible} GROUP BY level";

    /// <summary>Each loaded level with its area count and lon/lat extent (for the OGC collections).</summary>
    private static readonly string Extents = $"""
        SELECT level, n, ST_XMin(e) AS min_lon, ST_YMin(e) AS min_lat, ST_XMax(e) AS max_lon, ST_YMax(e) AS max_lat
          FROM (SELECT level, count(*) AS n, ST_Transform(ST_SetSRID(ST_Extent(geom)::geometry, 25832), 4326) AS e
                  FROM areas a WHERE {Visible} GROUP BY level) x
         ORDER BY array_position(ARRAY['country','region','municipality','parish','postcode','local_community','housing_department','custom'], level)
        """;

    /// <summary>The areas matching a filter, ordered by code.</summary>
    public async Task<IReadOnlyList<AreaRow>> ListAsync(AreaFilter filter, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand();
        cmd.CommandText = List(filter.SortBy ?? [], Where(cmd, filter));
        AddFilter(cmd, filter);
        AddOutput(cmd, filter.Crs);
        cmd.Parameters.AddWithValue("simplify", filter.Simplify);
        cmd.Parameters.Add(new NpgsqlParameter("limit", NpgsqlDbType.Integer) { Value = (object?)filter.Limit ?? DBNull.Value });
        cmd.Parameters.AddWithValue("offset", filter.Offset);
        var rows = new List<AreaRow>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) rows.Add(ReadArea(r));
        return rows;
    }

    /// <summary>How many areas match a filter, ignoring its limit and offset.</summary>
    public async Task<long> CountAsync(AreaFilter filter, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand();
        cmd.CommandText = Count(Where(cmd, filter));
        AddFilter(cmd, filter);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        await r.ReadAsync(ct);
        return r.Get<long>("matched");
    }

    /// <summary>One area by normalised code, or null.</summary>
    public async Task<AreaRow?> FindAsync(AreaLevel level, string code, double simplify, CancellationToken ct, OutputCrs? crs = null)
    {
        await using var cmd = db.CreateCommand(One);
        cmd.Parameters.AddDraftParameters(user);
        AddOutput(cmd, crs ?? OutputCrs.Crs84);
        cmd.Parameters.AddWithValue("level", level.Name());
        cmd.Parameters.AddWithValue("code", code);
        cmd.Parameters.AddWithValue("simplify", simplify);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        return await r.ReadAsync(ct) ? ReadArea(r) : null;
    }

    public async Task<IReadOnlyList<ParentRef>> ParentsAsync(int areaId, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(Parents);
        cmd.Parameters.AddWithValue("id", areaId);
        var parents = new List<ParentRef>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            parents.Add(new ParentRef(r.Get<string>("level"), r.Get<string>("code"), r.Get<string>("name"),
                Math.Round(r.Get<double>("overlap_fraction"), 4), r.Get<bool>("is_primary")));
        }
        return parents;
    }

    /// <summary>The dataset ids behind every area of a level.</summary>
    public async Task<string[]> SourcesAsync(AreaLevel level, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(SourcesOfLevel);
        cmd.Parameters.AddWithValue("level", level.Name());
        await using var r = await cmd.ExecuteReaderAsync(ct);
        await r.ReadAsync(ct);
        return r.Get<string[]>("sources");
    }

    public async Task<IReadOnlyList<AreaRef>> AtAsync(double lon, double lat, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(At);
        cmd.Parameters.AddDraftParameters(user);
        cmd.Parameters.AddWithValue("lon", lon);
        cmd.Parameters.AddWithValue("lat", lat);
        var areas = new List<AreaRef>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            areas.Add(new AreaRef(r.Get<string>("level"), r.Get<string>("code"), r.Get<string>("name"), r.Get<string?>("municipality_code")));
        }
        return areas;
    }

    /// <summary>Number of areas per level name; levels without areas are absent.</summary>
    public async Task<IReadOnlyDictionary<string, long>> LevelCountsAsync(CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(LevelCounts);
        cmd.Parameters.AddDraftParameters(user);
        var counts = new Dictionary<string, long>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) counts[r.Get<string>("level")] = r.Get<long>("areas");
        return counts;
    }

    public async Task<IReadOnlyList<LevelExtent>> ExtentsAsync(CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(Extents);
        cmd.Parameters.AddDraftParameters(user);
        var list = new List<LevelExtent>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            list.Add(new LevelExtent(r.Get<string>("level"), r.Get<long>("n"),
                new LonLatBox(r.Get<double>("min_lon"), r.Get<double>("min_lat"), r.Get<double>("max_lon"), r.Get<double>("max_lat"))));
        }
        return list;
    }

    private static void AddOutput(NpgsqlCommand cmd, OutputCrs crs)
    {
        cmd.Parameters.AddWithValue("srid", crs.Srid);
        cmd.Parameters.AddWithValue("flip", crs.LatitudeFirst);
        cmd.Parameters.AddWithValue("digits", crs.Digits);
    }

    /// <summary>" AND (…)" for the filter's CQL2 expression, its values added as parameters; "" without one.</summary>
    private static string Where(NpgsqlCommand cmd, AreaFilter filter) =>
        filter.Cql is null ? "" : " AND " + CqlSql(filter.Cql, Queryables, cmd.Parameters, filter.CqlCrs.Srid, filter.CqlCrs.LatitudeFirst);

    private void AddFilter(NpgsqlCommand cmd, AreaFilter filter)
    {
        cmd.Parameters.AddDraftParameters(user);
        cmd.Parameters.AddWithValue("bboxsrid", filter.BboxSrid);
        cmd.Parameters.AddWithValue("level", filter.Level.Name());
        cmd.Parameters.Add(new NpgsqlParameter("municipality", NpgsqlDbType.Text) { Value = (object?)filter.Municipality ?? DBNull.Value });
        var box = filter.Bbox;
        cmd.Parameters.Add(new NpgsqlParameter("minx", NpgsqlDbType.Double) { Value = box is { } b0 ? b0.MinLon : DBNull.Value });
        cmd.Parameters.Add(new NpgsqlParameter("miny", NpgsqlDbType.Double) { Value = box is { } b1 ? b1.MinLat : DBNull.Value });
        cmd.Parameters.Add(new NpgsqlParameter("maxx", NpgsqlDbType.Double) { Value = box is { } b2 ? b2.MaxLon : DBNull.Value });
        cmd.Parameters.Add(new NpgsqlParameter("maxy", NpgsqlDbType.Double) { Value = box is { } b3 ? b3.MaxLat : DBNull.Value });
    }

    private static AreaRow ReadArea(NpgsqlDataReader r) => new(
        r.Get<int>("id"), r.Get<string>("level"), r.Get<string>("code"), r.Get<string>("name"), r.Get<string?>("municipality_code"),
        r.Get<double>("area_km2"), r.Get<string>("source"), r.Get<int?>("source_year"), r.Get<string>("geometry"))
    {
        Version = r.Get<int>("version"),
        State = r.Get<string>("state"),
        Facts = r.Get<bool>("has_facts")
            ? new AreaFacts(r.Get<string?>("organisation"), r.Get<string?>("department_number"), r.Get<int?>("homes"), r.Get<int?>("residents"),
                r.Get<int?>("residents_year"), r.Get<bool>("residents_estimated"), r.Get<string?>("residents_note"), r.Get<bool?>("board"),
                r.Get<bool?>("common_room"), r.Get<string?>("address"), r.Get<string?>("facts_source"), r.Get<bool>("illustrative"))
            : null,
    };
}

/// <summary>Which areas to read: one level, optionally one municipality and a lon/lat box, a page of them.</summary>
/// <remarks>
/// For OGC API – Features Part 2, <see cref="Bbox"/> is in <see cref="BboxSrid"/> (x/y order: lon/lat or easting/northing),
/// <see cref="Crs"/> says how geometry leaves and <see cref="SortBy"/> names properties of <see cref="SortColumns"/>.
/// </remarks>
public sealed record AreaFilter(AreaLevel Level, string? Municipality = null, LonLatBox? Bbox = null, double Simplify = 0, int? Limit = null, int Offset = 0)
{
    public int BboxSrid { get; init; } = 4326;

    public OutputCrs Crs { get; init; } = OutputCrs.Crs84;

    public IReadOnlyList<SortKey>? SortBy { get; init; }

    /// <summary>A CQL2 filter checked against <see cref="AreaStore.Queryables"/>; its geometry literals are in <see cref="CqlCrs"/>.</summary>
    public Kortlaegning.Domain.Ogc.Cql2Expression? Cql { get; init; }

    public OutputCrs CqlCrs { get; init; } = OutputCrs.Crs84;
}

/// <summary>One <c>sortby</c> key: a property of <see cref="AreaStore.SortColumns"/>, ascending or descending.</summary>
public readonly record struct SortKey(string Property, bool Descending);

/// <summary>How geometry is written: the SRID, whether latitude comes first (EPSG:4326 proper), and decimals.</summary>
public sealed record OutputCrs(int Srid, bool LatitudeFirst, int Digits)
{
    /// <summary>RFC 7946: lon/lat in WGS 84, 6 decimals (~0.1 m).</summary>
    public static readonly OutputCrs Crs84 = new(4326, false, 6);
}

/// <summary>A bounding box in EPSG:4326 degrees (OGC API order); with <see cref="AreaFilter.BboxSrid"/> another CRS's x/y.</summary>
public readonly record struct LonLatBox(double MinLon, double MinLat, double MaxLon, double MaxLat);

/// <summary>One area as stored, with its geometry already written as GeoJSON text (EPSG:4326).</summary>
public sealed record AreaRow(int Id, string Level, string Code, string Name, string? MunicipalityCode, double AreaKm2, string Source, int? SourceYear, string Geometry)
{
    /// <summary>Row version, the ETag of own areas.</summary>
    public int Version { get; init; } = 1;

    /// <summary>The facts of an own area; null for official levels.</summary>
    public AreaFacts? Facts { get; init; }

    /// <summary>draft or published (official levels: always published).</summary>
    public string State { get; init; } = Publication.Published;
}

/// <summary>
/// An own area's facts as the API answers them (area_attributes). Residents either entered or, with
/// <see cref="ResidentsEstimated"/>, estimated from the 1 km grid (<see cref="ResidentsNote"/> says how, and warns).
/// </summary>
public sealed record AreaFacts(
    string? Organisation, string? DepartmentNumber, int? Homes, int? Residents, int? ResidentsYear, bool ResidentsEstimated, string? ResidentsNote,
    bool? Board, bool? CommonRoom, string? Address, string? Source, bool Illustrative);

/// <summary>A loaded level: how many areas, and their extent.</summary>
public sealed record LevelExtent(string Level, long Areas, LonLatBox Extent);

public sealed record LevelCount(string Level, long Count);

public sealed record AreaRef(string Level, string Code, string Name, string? MunicipalityCode);

public sealed record AreasAtPoint(double Lon, double Lat, IReadOnlyList<AreaRef> Areas);

public sealed record ParentRef(string Level, string Code, string Name, double OverlapFraction, bool Primary);
