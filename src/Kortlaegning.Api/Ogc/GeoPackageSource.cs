using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Api.Infrastructure.Data;
using Npgsql;

namespace Kortlaegning.Api.Ogc;

/// <summary>One area of a GeoPackage download: attributes, the indicator's value (or nulls) and WKB in EPSG:25832.</summary>
public sealed record GeoPackageRow(
    string Code, string Name, string? MunicipalityCode, double AreaKm2,
    double? Value, double? Numerator, double? Denominator, double? CiLow, double? CiHigh, string? Note, byte[] Wkb);

/// <summary>The SQL behind GeoPackage downloads: every area of a level, with one indicator's public values when asked.</summary>
public sealed class GeoPackageSource(Data.ReadDataSource read, Accounts.ICurrentUser user)
{
    private readonly NpgsqlDataSource db = read.Source;

    /// <summary>
    /// Params: level, indicator (null: none), period. Every area is listed, empty where it has no value; suppressed values
    /// are already NULL in the public view. Geometry in storage CRS, right-hand rule (exterior counter-clockwise).
    /// </summary>
    private static readonly string Rows = $"""
        SELECT a.code, a.name, a.municipality_code, round(a.area_km2::numeric, 3)::float8 AS area_km2,
               v.value, v.numerator, v.denominator, v.ci_low, v.ci_high, v.note,
               ST_AsBinary(ST_ForcePolygonCCW(a.geom)) AS wkb
          FROM areas a
          LEFT JOIN indicator_values_public v ON v.area_id = a.id AND v.indicator_code = @indicator AND v.period = @period
         WHERE a.level = @level
           AND {Publication.VisibleSql("a", "municipality_code")}
         ORDER BY a.code
        """;

    private const string Srs = "SELECT srtext FROM spatial_ref_sys WHERE srid = @srid";

    public async Task<IReadOnlyList<GeoPackageRow>> RowsAsync(string level, string? indicator, string? period, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(Rows);
        cmd.Parameters.AddWithValue("level", level);
        cmd.Parameters.Add(new NpgsqlParameter("indicator", NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)indicator ?? DBNull.Value });
        cmd.Parameters.Add(new NpgsqlParameter("period", NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)period ?? DBNull.Value });
        cmd.Parameters.AddDraftParameters(user);
        var rows = new List<GeoPackageRow>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            rows.Add(new GeoPackageRow(r.Get<string>("code"), r.Get<string>("name"), r.Get<string?>("municipality_code"), r.Get<double>("area_km2"),
                r.Get<double?>("value"), r.Get<double?>("numerator"), r.Get<double?>("denominator"), r.Get<double?>("ci_low"), r.Get<double?>("ci_high"),
                r.Get<string?>("note"), r.Get<byte[]>("wkb")));
        }
        return rows;
    }

    /// <summary>The CRS's WKT as PostGIS knows it, for gpkg_spatial_ref_sys.</summary>
    public async Task<string> SrsWktAsync(int srid, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(Srs);
        cmd.Parameters.AddWithValue("srid", srid);
        return (string)(await cmd.ExecuteScalarAsync(ct))!;
    }
}
