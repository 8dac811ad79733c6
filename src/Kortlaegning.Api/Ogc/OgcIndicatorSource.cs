using Kortlaegning.Api.Accounts;
using Kortlaegning.Api.Areas;
using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Api.Infrastructure.Data;
using Kortlaegning.Domain.Ogc;
using Npgsql;
using NpgsqlTypes;

namespace Kortlaegning.Api.Ogc;

/// <summary>One feature of an indicator collection: the area, the indicator's public value (or nulls) and its geometry as GeoJSON.</summary>
public sealed record IndicatorFeatureRow(
    string Code, string Name, string? MunicipalityCode, double? Value, double? Numerator, double? Denominator,
    double? CiLow, double? CiHigh, string? Note, string Geometry);

/// <summary>Which features of an indicator collection to read: one indicator, level and period, a page, a box, a filter.</summary>
public sealed record IndicatorFeatureQuery(string Indicator, string Level, string Period, OutputCrs Crs, int Limit, int Offset)
{
    public LonLatBox? Bbox { get; init; }

    public int BboxSrid { get; init; } = 4326;

    public string? Code { get; init; }

    public Cql2Expression? Cql { get; init; }

    public OutputCrs CqlCrs { get; init; } = OutputCrs.Crs84;
}

/// <summary>
/// The SQL of the OGC indicator collections (<c>indicator:{code}:{level}</c>): every area of the level with the values of
/// <c>indicator_values_public</c> — the view the values endpoint reads, which withholds what disclosure control
/// suppressed — so a suppressed cell is as empty here as there. Areas without a value are listed with nulls; an own
/// area still in draft only for those who may read its drafts (<see cref="Publication.VisibleSql"/>).
/// </summary>
public sealed class OgcIndicatorSource(NpgsqlDataSource db, ICurrentUser user)
{
    /// <summary>What a filter may name on an indicator collection (property → column, type).</summary>
    public static readonly IReadOnlyDictionary<string, (string Column, Cql2Type Type)> Queryables = new Dictionary<string, (string, Cql2Type)>(StringComparer.Ordinal)
    {
        ["code"] = ("a.code", Cql2Type.String),
        ["name"] = ("a.name", Cql2Type.String),
        ["municipalityCode"] = ("a.municipality_code", Cql2Type.String),
        ["value"] = ("v.value", Cql2Type.Number),
        ["numerator"] = ("v.numerator", Cql2Type.Number),
        ["denominator"] = ("v.denominator", Cql2Type.Number),
        ["ciLow"] = ("v.ci_low", Cql2Type.Number),
        ["ciHigh"] = ("v.ci_high", Cql2Type.Number),
        ["note"] = ("v.note", Cql2Type.String),
        ["geometry"] = ("a.geom", Cql2Type.Geometry),
    };

    public static readonly IReadOnlyDictionary<string, Cql2Type> QueryableTypes = Queryables.ToDictionary(kv => kv.Key, kv => kv.Value.Type, StringComparer.Ordinal);

    private static readonly string From = $"""
        areas a LEFT JOIN indicator_values_public v ON v.area_id = a.id AND v.indicator_code = @indicator AND v.period = @period
         WHERE a.level = @level
           AND {Publication.VisibleSql("a", "municipality_code")}
           AND (@code::text IS NULL OR a.code = @code)
           AND (@minx::float8 IS NULL OR ST_Intersects(a.geom, ST_Transform(ST_MakeEnvelope(@minx, @miny, @maxx, @maxy, @bboxsrid), 25832)))
        """;

    /// <summary>The page is cut before the geometry is written, as in <see cref="AreaStore"/>: an OFFSET's rows are projected too.</summary>
    private static string Rows(string where) => $"""
        SELECT a.code, a.name, a.municipality_code, p.value, p.numerator, p.denominator, p.ci_low, p.ci_high, p.note,
               ST_AsGeoJSON((SELECT CASE WHEN @flip THEN ST_FlipCoordinates(g) ELSE g END FROM ST_ForcePolygonCCW(ST_Transform(a.geom, @srid)) g), @digits) AS geometry
          FROM (SELECT a.id, v.value, v.numerator, v.denominator, v.ci_low, v.ci_high, v.note
                  FROM {From}{where}
                 ORDER BY a.code LIMIT @limit OFFSET @offset) p
          JOIN areas a ON a.id = p.id
         ORDER BY a.code
        """;

    private static string Count(string where) => $"SELECT count(*) AS matched FROM {From}{where}";

    public async Task<IReadOnlyList<IndicatorFeatureRow>> RowsAsync(IndicatorFeatureQuery q, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand();
        cmd.CommandText = Rows(Where(cmd, q));
        Add(cmd, q);
        cmd.Parameters.AddWithValue("srid", q.Crs.Srid);
        cmd.Parameters.AddWithValue("flip", q.Crs.LatitudeFirst);
        cmd.Parameters.AddWithValue("digits", q.Crs.Digits);
        cmd.Parameters.AddWithValue("limit", q.Limit);
        cmd.Parameters.AddWithValue("offset", q.Offset);
        var rows = new List<IndicatorFeatureRow>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            rows.Add(new IndicatorFeatureRow(r.Get<string>("code"), r.Get<string>("name"), r.Get<string?>("municipality_code"),
                r.Get<double?>("value"), r.Get<double?>("numerator"), r.Get<double?>("denominator"), r.Get<double?>("ci_low"), r.Get<double?>("ci_high"),
                r.Get<string?>("note"), r.Get<string>("geometry")));
        }
        return rows;
    }

    public async Task<long> CountAsync(IndicatorFeatureQuery q, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand();
        cmd.CommandText = Count(Where(cmd, q));
        Add(cmd, q);
        return (long)(await cmd.ExecuteScalarAsync(ct))!;
    }

    private static string Where(NpgsqlCommand cmd, IndicatorFeatureQuery q) =>
        q.Cql is null ? "" : " AND " + AreaStore.CqlSql(q.Cql, Queryables, cmd.Parameters, q.CqlCrs.Srid, q.CqlCrs.LatitudeFirst);

    private void Add(NpgsqlCommand cmd, IndicatorFeatureQuery q)
    {
        cmd.Parameters.AddDraftParameters(user);
        cmd.Parameters.AddWithValue("indicator", q.Indicator);
        cmd.Parameters.AddWithValue("period", q.Period);
        cmd.Parameters.AddWithValue("level", q.Level);
        cmd.Parameters.Add(new NpgsqlParameter("code", NpgsqlDbType.Text) { Value = (object?)q.Code ?? DBNull.Value });
        cmd.Parameters.AddWithValue("bboxsrid", q.BboxSrid);
        var box = q.Bbox;
        cmd.Parameters.Add(new NpgsqlParameter("minx", NpgsqlDbType.Double) { Value = box is { } b0 ? b0.MinLon : DBNull.Value });
        cmd.Parameters.Add(new NpgsqlParameter("miny", NpgsqlDbType.Double) { Value = box is { } b1 ? b1.MinLat : DBNull.Value });
        cmd.Parameters.Add(new NpgsqlParameter("maxx", NpgsqlDbType.Double) { Value = box is { } b2 ? b2.MaxLon : DBNull.Value });
        cmd.Parameters.Add(new NpgsqlParameter("maxy", NpgsqlDbType.Double) { Value = box is { } b3 ? b3.MaxLat : DBNull.Value });
    }
}
