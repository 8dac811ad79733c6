using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Api.Infrastructure.Data;
using Kortlaegning.Api.Ogc.Files;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Npgsql;

namespace Kortlaegning.Api.Ogc;

/// <summary>
/// The SQL behind area downloads (GeoPackage, FlatGeobuf, Shapefile): every area of a level, with one indicator's
/// public values when asked, as a <see cref="GisLayer"/>.
/// </summary>
public sealed class AreaFileSource(Data.ReadDataSource read, Accounts.ICurrentUser user)
{
    private readonly NpgsqlDataSource db = read.Source;

    /// <summary>
    /// Params: level, indicator (null: none), period. Every area is listed, empty where it has no value; suppressed values
    /// are already NULL in the public view. Geometry in storage CRS, right-hand rule (exterior counter-clockwise).
    /// </summary>
    private static readonly string Rows = $"""
        SELECT a.code, a.name, a.municipality_code, round(a.area_km2::numeric, 3)::float8 AS area_km2,
               v.value, v.numerator, v.denominator, v.ci_low, v.ci_high, v.note,
               ST_AsBinary(ST_Multi(ST_ForcePolygonCCW(a.geom))) AS wkb
          FROM areas a
          LEFT JOIN indicator_values_public v ON v.area_id = a.id AND v.indicator_code = @indicator AND v.period = @period
         WHERE a.level = @level
           AND {Publication.VisibleSql("a", "municipality_code")}
         ORDER BY a.code
        """;

    private static readonly GisColumn[] AreaColumns =
    [
        new("code", GisColumnType.Text), new("name", GisColumnType.Text), new("municipality_code", GisColumnType.Text, "muni_code"),
        new("area_km2", GisColumnType.Real),
    ];

    private static readonly GisColumn[] ValueColumns =
    [
        new("indicator", GisColumnType.Text), new("period", GisColumnType.Text), new("value", GisColumnType.Real),
        new("numerator", GisColumnType.Real), new("denominator", GisColumnType.Real, "denominatr"), new("ci_low", GisColumnType.Real),
        new("ci_high", GisColumnType.Real), new("note", GisColumnType.Text),
    ];

    /// <summary>
    /// The layer named after the level: code, name, municipality_code, area_km2 and, for an indicator, indicator, period,
    /// value, numerator, denominator, ci_low, ci_high and note (empty where an area has no value).
    /// </summary>
    public async Task<GisLayer> LayerAsync(string level, string? indicator, string? period, string description, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(Rows);
        cmd.Parameters.AddWithValue("level", level);
        cmd.Parameters.Add(new NpgsqlParameter("indicator", NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)indicator ?? DBNull.Value });
        cmd.Parameters.Add(new NpgsqlParameter("period", NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)period ?? DBNull.Value });
        cmd.Parameters.AddDraftParameters(user);
        var reader = new WKBReader();
        var features = new List<GisFeature>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            object?[] area = [r.Get<string>("code"), r.Get<string>("name"), r.Get<string?>("municipality_code"), r.Get<double>("area_km2")];
            object?[] values = indicator is null ? [] :
                [indicator, period, r.Get<double?>("value"), r.Get<double?>("numerator"), r.Get<double?>("denominator"),
                 r.Get<double?>("ci_low"), r.Get<double?>("ci_high"), r.Get<string?>("note")];
            features.Add(new GisFeature(reader.Read(r.Get<byte[]>("wkb")), [.. area, .. values]));
        }
        GisColumn[] columns = indicator is null ? AreaColumns : [.. AreaColumns, .. ValueColumns];
        return new GisLayer(level, description, columns, features, OgcGeometryType.MultiPolygon);
    }
}
