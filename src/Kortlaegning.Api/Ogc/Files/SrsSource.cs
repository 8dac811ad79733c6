namespace Kortlaegning.Api.Ogc.Files;

/// <summary>
/// The WKT of EPSG:25832 as PostGIS defines it, for the .prj, gpkg_spatial_ref_sys and the FlatGeobuf header; read
/// once, since spatial_ref_sys does not change while the service runs.
/// </summary>
public sealed class SrsSource(Data.ReadDataSource read)
{
    private const string SrsSql = "SELECT srtext FROM spatial_ref_sys WHERE srid = @srid";

    private string? wkt;

    public async Task<string> WktAsync(CancellationToken ct)
    {
        if (wkt is not null) return wkt;
        await using var cmd = read.Source.CreateCommand(SrsSql);
        cmd.Parameters.AddWithValue("srid", GisLayer.Srid);
        return wkt = (string)(await cmd.ExecuteScalarAsync(ct))!;
    }
}
