using System.Globalization;
using System.IO.Compression;
using System.Text;
using Kortlaegning.Domain.Distance;
using Kortlaegning.Domain.Spatial;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using NetTopologySuite.IO.Esri;

namespace Kortlaegning.Api.Tests.Areas.Files;

/// <summary>
/// Writes generated departments in the formats municipalities send: GeoJSON (with a legacy crs member), GeoPackage,
/// a zipped Shapefile with an ESRI .prj (no EPSG authority, so the reader must reproject with ProjNet), and CSV with
/// WKT or lon/lat. Danish field names as GIS exports have them: AFD, NAVN, ORG, BOLIGER, BESTYRELSE, KOMMUNE.
/// </summary>
public static class DepartmentFiles
{
    /// <summary>ETRS89 / UTM zone 32N as ArcGIS and QGIS write it into a .prj.</summary>
    public const string EsriUtm32 = """PROJCS["ETRS_1989_UTM_Zone_32N",GEOGCS["GCS_ETRS_1989",DATUM["D_ETRS_1989",SPHEROID["GRS_1980",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",9.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]""";

    private static readonly WKTWriter Wkt = new();

    public static string GeoJson(IEnumerable<GeneratedDepartment> departments)
    {
        var features = departments.Select(d =>
        {
            var ring = string.Join(",", d.Outline.Coordinates.Select(c => FormattableString.Invariant($"[{c.X},{c.Y}]")));
            var props = $"\"AFD\":\"{d.Code}\",\"NAVN\":\"{d.Name}\",\"ORG\":\"{d.Organisation}\",\"BOLIGER\":{d.Homes},\"BESTYRELSE\":\"{(d.Board ? "ja" : "nej")}\",\"KOMMUNE\":\"{d.Municipality}\"";
            return "{\"type\":\"Feature\",\"properties\":{" + props + "},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[" + ring + "]]}}";
        });
        return "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::25832\"}},\"features\":[" + string.Join(",", features) + "]}";
    }

    /// <summary>A GeoPackage with one feature table "afdelinger" in EPSG:25832 (or <paramref name="srsOrganisation"/> to test an unknown CRS).</summary>
    public static byte[] GeoPackage(IEnumerable<GeneratedDepartment> departments, string srsOrganisation = "EPSG")
    {
        var path = Path.Combine(Path.GetTempPath(), $"illustrative-{Guid.NewGuid():N}.gpkg");
        try
        {
            using (var conn = new SqliteConnection($"Data Source={path};Pooling=False"))
            {
                conn.Open();
                using var tx = conn.BeginTransaction();
                Execute(conn, """
                    PRAGMA application_id = 1196444487;
                    CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
                    CREATE TABLE gpkg_contents (table_name TEXT PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT, description TEXT DEFAULT '', last_change DATETIME, min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER);
                    CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL);
                    CREATE TABLE afdelinger (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom BLOB, AFD TEXT, NAVN TEXT, ORG TEXT, BOLIGER INTEGER, BESTYRELSE TEXT, KOMMUNE TEXT);
                    INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES ('afdelinger', 'features', 'afdelinger', 25832);
                    INSERT INTO gpkg_geometry_columns VALUES ('afdelinger', 'geom', 'POLYGON', 25832, 0, 0);
                    """, tx);
                using (var srs = conn.CreateCommand())
                {
                    srs.Transaction = tx;
                    srs.CommandText = "INSERT INTO gpkg_spatial_ref_sys VALUES ('ETRS89 / UTM zone 32N', 25832, $org, 25832, 'PROJCS[...]', NULL)";
                    srs.Parameters.AddWithValue("$org", srsOrganisation);
                    srs.ExecuteNonQuery();
                }
                var writer = new GeoPackageGeoWriter();
                using var insert = conn.CreateCommand();
                insert.Transaction = tx;
                insert.CommandText = "INSERT INTO afdelinger (geom, AFD, NAVN, ORG, BOLIGER, BESTYRELSE, KOMMUNE) VALUES ($g, $afd, $navn, $org, $boliger, $bestyrelse, $kommune)";
                foreach (var name in new[] { "$g", "$afd", "$navn", "$org", "$boliger", "$bestyrelse", "$kommune" }) insert.Parameters.Add(new SqliteParameter(name, null));
                foreach (var d in departments)
                {
                    insert.Parameters["$g"].Value = writer.Write(d.Outline);
                    insert.Parameters["$afd"].Value = d.Code;
                    insert.Parameters["$navn"].Value = d.Name;
                    insert.Parameters["$org"].Value = d.Organisation;
                    insert.Parameters["$boliger"].Value = d.Homes;
                    insert.Parameters["$bestyrelse"].Value = d.Board ? "ja" : "nej";
                    insert.Parameters["$kommune"].Value = d.Municipality;
                    insert.ExecuteNonQuery();
                }
                tx.Commit();
            }
            return File.ReadAllBytes(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>A zip with afdelinger.shp/.shx/.dbf and, unless <paramref name="prj"/> is null, afdelinger.prj.</summary>
    public static byte[] ShapefileZip(IEnumerable<GeneratedDepartment> departments, string? prj = EsriUtm32)
    {
        var dir = Directory.CreateTempSubdirectory("illustrative-shp-");
        try
        {
            var features = departments.Select(d => (IFeature)new Feature(d.Outline, new AttributesTable
            {
                { "AFD", d.Code }, { "NAVN", d.Name }, { "ORG", d.Organisation }, { "BOLIGER", d.Homes }, { "KOMMUNE", d.Municipality },
            })).ToList();
            var shp = Path.Combine(dir.FullName, "afdelinger.shp");
            Shapefile.WriteAllFeatures(features, shp, prj, Encoding.UTF8);
            if (prj is null) File.Delete(Path.ChangeExtension(shp, ".prj"));
            using var zipped = new MemoryStream();
            using (var zip = new ZipArchive(zipped, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var file in dir.GetFiles()) zip.CreateEntryFromFile(file.FullName, file.Name);
            }
            return zipped.ToArray();
        }
        finally
        {
            dir.Delete(true);
        }
    }

    /// <summary>CSV with each department as a lon/lat point (its square's centre), ';'-separated with decimal commas as Danish Excel writes.</summary>
    public static string CsvPoints(IEnumerable<GeneratedDepartment> departments)
    {
        var sb = new StringBuilder("AFD;NAVN;BOLIGER;lon;lat\n");
        foreach (var d in departments)
        {
            var c = d.Outline.Centroid;
            var (lon, lat) = Crs.ToLonLat(new PlanarPoint(c.X, c.Y));
            sb.Append(CultureInfo.InvariantCulture, $"{d.Code};{d.Name};{d.Homes};{lon.ToString("0.######", CultureInfo.InvariantCulture).Replace('.', ',')};{lat.ToString("0.######", CultureInfo.InvariantCulture).Replace('.', ',')}\n");
        }
        return sb.ToString();
    }

    /// <summary>CSV with outlines as WKT in EPSG:25832 metres (so srid=25832 must be given).</summary>
    public static string CsvWkt(IEnumerable<GeneratedDepartment> departments)
    {
        var sb = new StringBuilder("AFD,NAVN,BOLIGER,wkt\n");
        foreach (var d in departments) sb.Append(CultureInfo.InvariantCulture, $"{d.Code},{d.Name},{d.Homes},\"{Wkt.Write(d.Outline)}\"\n");
        return sb.ToString();
    }

    private static void Execute(SqliteConnection conn, string sql, SqliteTransaction tx)
    {
        using var cmd = conn.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
