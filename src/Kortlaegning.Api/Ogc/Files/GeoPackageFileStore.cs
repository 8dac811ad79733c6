using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Kortlaegning.Api.Ogc.Files;

/// <summary>
/// Writes an OGC GeoPackage 1.3 file (SQLite): the required gpkg_spatial_ref_sys, gpkg_contents and
/// gpkg_geometry_columns tables and one feature table in EPSG:25832, geometry as GeoPackage binary
/// (NetTopologySuite.IO.GeoPackage). The SQLite SQL lives here; what goes in comes from each feature's store.
/// </summary>
public static class GeoPackageFile
{
    public const string MediaType = "application/geopackage+sqlite3";

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

    /// <summary>The file's bytes: one table named after the layer, <c>fid</c>, <c>geom</c> and the layer's columns.</summary>
    public static async Task<byte[]> WriteAsync(GisLayer layer, string srsWkt, CancellationToken ct)
    {
        var path = Path.Combine(Path.GetTempPath(), $"kortlaegning-{Guid.NewGuid():N}.gpkg");
        try
        {
            // XY only: WKB read back carries NaN Z and M, which would otherwise be written as XYZM against z = m = 0 below.
            var writer = new GeoPackageGeoWriter { HandleOrdinates = Ordinates.XY };
            var table = Quote(layer.Name);
            await using (var conn = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()))
            {
                await conn.OpenAsync(ct);
                await Exec(conn, null, Schema, ct);
                await using var tx = (SqliteTransaction)await conn.BeginTransactionAsync(ct);
                await Exec(conn, tx, $"INSERT INTO gpkg_spatial_ref_sys VALUES ('ETRS89 / UTM zone 32N', {GisLayer.Srid}, 'EPSG', {GisLayer.Srid}, $wkt, NULL)", ct, ("$wkt", srsWkt));
                var geometryType = GeometryTypeName(layer.GeometryType);
                var columns = string.Concat(layer.Columns.Select(c => $", {Quote(c.Name)} {SqlType(c.Type)}"));
                await Exec(conn, tx, $"CREATE TABLE {table} (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom {geometryType}{columns})", ct);
                await using (var insert = conn.CreateCommand())
                {
                    insert.Transaction = tx;
                    var names = string.Concat(layer.Columns.Select(c => ", " + Quote(c.Name)));
                    var values = string.Concat(layer.Columns.Select((_, i) => $", $c{i}"));
                    insert.CommandText = $"INSERT INTO {table} (geom{names}) VALUES ($g{values})";
                    var g = insert.Parameters.Add("$g", SqliteType.Blob);
                    // Untyped: each value binds as its own type (text, integer, real, null), which SQLite stores under the column's affinity.
                    var cells = layer.Columns.Select((_, i) => insert.Parameters.Add(new SqliteParameter($"$c{i}", DBNull.Value))).ToArray();
                    foreach (var feature in layer.Features)
                    {
                        feature.Geometry.SRID = GisLayer.Srid;
                        g.Value = writer.Write(feature.Geometry);
                        for (int i = 0; i < cells.Length; i++) cells[i].Value = Cell(feature.Values[i], layer.Columns[i].Type);
                        await insert.ExecuteNonQueryAsync(ct);
                    }
                }
                var e = layer.Envelope;
                object X(double v) => e.IsNull ? DBNull.Value : v;
                await Exec(conn, tx, "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, min_x, min_y, max_x, max_y, srs_id) " +
                                     $"VALUES ($t, 'features', $t, $d, $x0, $y0, $x1, $y1, {GisLayer.Srid})", ct,
                    ("$t", layer.Name), ("$d", layer.Description), ("$x0", X(e.MinX)), ("$y0", X(e.MinY)), ("$x1", X(e.MaxX)), ("$y1", X(e.MaxY)));
                await Exec(conn, tx, $"INSERT INTO gpkg_geometry_columns VALUES ($t, 'geom', '{geometryType}', {GisLayer.Srid}, 0, 0)", ct, ("$t", layer.Name));
                await tx.CommitAsync(ct);
            }
            return await File.ReadAllBytesAsync(path, ct);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>GeoPackage 1.3 §2.1.6 geometry type names; GEOMETRY for a layer of mixed types.</summary>
    private static string GeometryTypeName(OgcGeometryType? type) => type switch
    {
        OgcGeometryType.Point => "POINT",
        OgcGeometryType.LineString => "LINESTRING",
        OgcGeometryType.Polygon => "POLYGON",
        OgcGeometryType.MultiPoint => "MULTIPOINT",
        OgcGeometryType.MultiLineString => "MULTILINESTRING",
        OgcGeometryType.MultiPolygon => "MULTIPOLYGON",
        OgcGeometryType.GeometryCollection => "GEOMETRYCOLLECTION",
        _ => "GEOMETRY",
    };

    private static string SqlType(GisColumnType type) => type switch
    {
        GisColumnType.Real => "REAL",
        GisColumnType.Integer => "INTEGER",
        GisColumnType.Boolean => "BOOLEAN",
        _ => "TEXT",
    };

    /// <summary>A value as SQLite stores that column type: booleans as 0/1 (GeoPackage BOOLEAN), numbers as numbers.</summary>
    private static object Cell(object? value, GisColumnType type) => value switch
    {
        null => DBNull.Value,
        bool b => b ? 1 : 0,
        _ when type == GisColumnType.Text => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!,
        _ => value,
    };

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"") + "\"";

    private static async Task Exec(SqliteConnection conn, SqliteTransaction? tx, string sql, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var cmd = conn.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters) cmd.Parameters.AddWithValue(name, value);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
