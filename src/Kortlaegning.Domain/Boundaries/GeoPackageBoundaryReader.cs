using System.Globalization;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Kortlaegning.Domain.Boundaries;

/// <summary>
/// Reads one feature table of an OGC GeoPackage (SQLite): the first in gpkg_contents, or the one named. Geometry blobs
/// are decoded by NetTopologySuite.IO.GeoPackage; the CRS is the table's srs_id looked up in gpkg_spatial_ref_sys
/// (an EPSG code when the organisation is EPSG). SQLite needs a file, so the upload is copied to a temporary one.
/// </summary>
public static class GeoPackageBoundaryReader
{
    public static BoundaryLayer Read(Stream stream, int? sridOverride = null, string? layer = null)
    {
        var path = Path.Combine(Path.GetTempPath(), $"kortlaegning-{Guid.NewGuid():N}.gpkg");
        try
        {
            using (var file = File.Create(path)) stream.CopyTo(file);
            return ReadFile(path, sridOverride, layer);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    public static BoundaryLayer ReadFile(string path, int? sridOverride = null, string? layer = null)
    {
        using var conn = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        try
        {
            conn.Open();
            var (table, column, srsId) = Table(conn, layer);
            var (srid, crs) = sridOverride is { } s ? (s, $"EPSG:{s} (srid parameter)") : Srs(conn, srsId);
            var reader = new GeoPackageGeoReader { HandleSRID = false };
            var features = new List<BoundaryFeature>();
            var fields = new List<string>();
            using var cmd = conn.CreateCommand();
            cmd.CommandText = $"SELECT * FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            using var r = cmd.ExecuteReader();
            for (int i = 0; i < r.FieldCount; i++)
            {
                if (!r.GetName(i).Equals(column, StringComparison.OrdinalIgnoreCase)) fields.Add(r.GetName(i));
            }
            while (r.Read())
            {
                var props = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
                Geometry? geometry = null;
                for (int i = 0; i < r.FieldCount; i++)
                {
                    var value = r.IsDBNull(i) ? null : r.GetValue(i);
                    if (r.GetName(i).Equals(column, StringComparison.OrdinalIgnoreCase))
                    {
                        geometry = value is byte[] blob ? Decode(reader, blob) : null;
                        if (geometry is not null) geometry.SRID = srid;
                    }
                    else props[r.GetName(i)] = value;
                }
                features.Add(new BoundaryFeature(features.Count, props, geometry));
            }
            if (srid is 0 or -1 or 4326 && sridOverride is null) LonLatGuard.RequireLonLat(features.Select(f => f.Geometry), $"GeoPackage table '{table}'");
            return new BoundaryLayer(BoundaryFormat.GeoPackage, table, srid is 0 or -1 ? 4326 : srid, crs, fields, features);
        }
        catch (SqliteException e)
        {
            throw new BoundaryFormatException($"Not a GeoPackage we can read: {e.Message}", e);
        }
    }

    private static Geometry? Decode(GeoPackageGeoReader reader, byte[] blob)
    {
        try
        {
            var g = reader.Read(blob);
            return g is null || g.IsEmpty ? null : Xy.Flatten(g);
        }
        catch (Exception e) when (e is ParseException or ArgumentException or IndexOutOfRangeException or InvalidOperationException)
        {
            return null; // rejected later as a feature without usable geometry
        }
    }

    private static (string Table, string Column, int SrsId) Table(SqliteConnection conn, string? layer)
    {
        using var cmd = conn.CreateCommand();
        cmd.CommandText = """
            SELECT c.table_name, g.column_name, g.srs_id
              FROM gpkg_contents c JOIN gpkg_geometry_columns g ON g.table_name = c.table_name
             WHERE c.data_type = 'features' AND ($layer IS NULL OR c.table_name = $layer)
             ORDER BY c.table_name LIMIT 1
            """;
        cmd.Parameters.AddWithValue("$layer", (object?)layer ?? DBNull.Value);
        using var r = cmd.ExecuteReader();
        if (!r.Read()) throw new BoundaryFormatException(layer is null ? "The GeoPackage holds no feature table." : $"The GeoPackage has no feature table '{layer}'.");
        return (r.GetString(0), r.GetString(1), r.GetInt32(2));
    }

    private static (int Srid, string Crs) Srs(SqliteConnection conn, int srsId)
    {
        using var cmd = conn.CreateCommand();
        cmd.CommandText = "SELECT srs_name, organization, organization_coordsys_id FROM gpkg_spatial_ref_sys WHERE srs_id = $id";
        cmd.Parameters.AddWithValue("$id", srsId);
        using var r = cmd.ExecuteReader();
        if (!r.Read()) throw new BoundaryCrsException($"The GeoPackage's srs_id {srsId} is not in gpkg_spatial_ref_sys; pass srid.");
        var org = r.IsDBNull(1) ? "" : r.GetString(1);
        int code = r.GetInt32(2);
        if (srsId is 0 or -1) return (srsId, "undefined (gpkg srs_id " + srsId.ToString(CultureInfo.InvariantCulture) + ")");
        if (!org.Equals("EPSG", StringComparison.OrdinalIgnoreCase))
        {
            throw new BoundaryCrsException($"The GeoPackage's CRS is {org}:{code} ({r.GetString(0)}), not an EPSG code; pass srid.");
        }
        return (code, $"EPSG:{code.ToString(CultureInfo.InvariantCulture)} ({r.GetString(0)})");
    }
}
