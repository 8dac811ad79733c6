using Microsoft.Data.Sqlite;
using NetTopologySuite.IO;

namespace Kortlaegning.Api.Ogc;

/// <summary>
/// Writes an OGC GeoPackage 1.3 file (SQLite): the required gpkg_spatial_ref_sys, gpkg_contents and
/// gpkg_geometry_columns tables and one feature table of MultiPolygons in EPSG:25832, geometry as GeoPackage binary
/// (NetTopologySuite.IO.GeoPackage). The SQLite SQL lives here, the PostGIS SQL in <see cref="GeoPackageSource"/>.
/// </summary>
public static class GeoPackageFile
{
    public const string MediaType = "application/geopackage+sqlite3";

    public const int Srid = 25832;

    private const string Schema = """
        PRAGMA application_id = 1196444487;
        PRAGMA user_version = 10300;
        CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY, organization TEXT NOT NULL,
            organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
        INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', NULL);
        INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', NULL);
        CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
            description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
            min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER REFERENCES gpkg_spatial_ref_sys(srs_id));
        CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
            srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL, PRIMARY KEY (table_name, column_name),
            FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name), FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
        """;

    /// <summary>
    /// The file's bytes: table <paramref name="table"/> (a level name, checked by the caller) with code, name,
    /// municipality_code, area_km2 and, for an indicator, indicator, period, value, numerator, denominator, ci_low,
    /// ci_high and note (empty where an area has no value).
    /// </summary>
    public static async Task<byte[]> WriteAsync(string table, string description, string srsWkt, string? indicator, string? period,
        IReadOnlyList<GeoPackageRow> rows, CancellationToken ct)
    {
        var path = Path.Combine(Path.GetTempPath(), $"kortlaegning-{Guid.NewGuid():N}.gpkg");
        try
        {
            var reader = new WKBReader();
            var writer = new GeoPackageGeoWriter();
            double minX = double.MaxValue, minY = double.MaxValue, maxX = double.MinValue, maxY = double.MinValue;
            await using (var conn = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()))
            {
                await conn.OpenAsync(ct);
                await Exec(conn, null, Schema, ct);
                await using var tx = (SqliteTransaction)await conn.BeginTransactionAsync(ct);
                await Exec(conn, tx, "INSERT INTO gpkg_spatial_ref_sys VALUES ('ETRS89 / UTM zone 32N', 25832, 'EPSG', 25832, $wkt, NULL)", ct, ("$wkt", srsWkt));
                var columns = "fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom MULTIPOLYGON, code TEXT NOT NULL, name TEXT, municipality_code TEXT, area_km2 REAL"
                    + (indicator is null ? "" : ", indicator TEXT, period TEXT, value REAL, numerator REAL, denominator REAL, ci_low REAL, ci_high REAL, note TEXT");
                await Exec(conn, tx, $"CREATE TABLE \"{table}\" ({columns})", ct);
                await using (var insert = conn.CreateCommand())
                {
                    insert.Transaction = tx;
                    insert.CommandText = indicator is null
                        ? $"INSERT INTO \"{table}\" (geom, code, name, municipality_code, area_km2) VALUES ($g, $code, $name, $muni, $km2)"
                        : $"INSERT INTO \"{table}\" (geom, code, name, municipality_code, area_km2, indicator, period, value, numerator, denominator, ci_low, ci_high, note) " +
                          "VALUES ($g, $code, $name, $muni, $km2, $indicator, $period, $value, $num, $den, $lo, $hi, $note)";
                    foreach (var row in rows)
                    {
                        var geometry = reader.Read(row.Wkb);
                        geometry.SRID = Srid;
                        var e = geometry.EnvelopeInternal;
                        minX = Math.Min(minX, e.MinX); minY = Math.Min(minY, e.MinY); maxX = Math.Max(maxX, e.MaxX); maxY = Math.Max(maxY, e.MaxY);
                        insert.Parameters.Clear();
                        insert.Parameters.AddWithValue("$g", writer.Write(geometry));
                        insert.Parameters.AddWithValue("$code", row.Code);
                        insert.Parameters.AddWithValue("$name", row.Name);
                        insert.Parameters.AddWithValue("$muni", (object?)row.MunicipalityCode ?? DBNull.Value);
                        insert.Parameters.AddWithValue("$km2", row.AreaKm2);
                        if (indicator is not null)
                        {
                            insert.Parameters.AddWithValue("$indicator", indicator);
                            insert.Parameters.AddWithValue("$period", (object?)period ?? DBNull.Value);
                            insert.Parameters.AddWithValue("$value", (object?)row.Value ?? DBNull.Value);
                            insert.Parameters.AddWithValue("$num", (object?)row.Numerator ?? DBNull.Value);
                            insert.Parameters.AddWithValue("$den", (object?)row.Denominator ?? DBNull.Value);
                            insert.Parameters.AddWithValue("$lo", (object?)row.CiLow ?? DBNull.Value);
                            insert.Parameters.AddWithValue("$hi", (object?)row.CiHigh ?? DBNull.Value);
                            insert.Parameters.AddWithValue("$note", (object?)row.Note ?? DBNull.Value);
                        }
                        await insert.ExecuteNonQueryAsync(ct);
                    }
                }
                bool any = rows.Count > 0;
                await Exec(conn, tx, "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, min_x, min_y, max_x, max_y, srs_id) " +
                                     "VALUES ($t, 'features', $t, $d, $x0, $y0, $x1, $y1, 25832)", ct,
                    ("$t", table), ("$d", description), ("$x0", any ? minX : DBNull.Value), ("$y0", any ? minY : DBNull.Value),
                    ("$x1", any ? maxX : DBNull.Value), ("$y1", any ? maxY : DBNull.Value));
                await Exec(conn, tx, "INSERT INTO gpkg_geometry_columns VALUES ($t, 'geom', 'MULTIPOLYGON', 25832, 0, 0)", ct, ("$t", table));
                await tx.CommitAsync(ct);
            }
            return await File.ReadAllBytesAsync(path, ct);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static async Task Exec(SqliteConnection conn, SqliteTransaction? tx, string sql, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var cmd = conn.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters) cmd.Parameters.AddWithValue(name, value);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
