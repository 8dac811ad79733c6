using Kortlaegning.Api.Infrastructure.Data;
using Kortlaegning.Domain.Indicators;
using Npgsql;
using NpgsqlTypes;

namespace Kortlaegning.Api.Indicators;

public sealed partial class IndicatorStore
{
    /// <summary>The 1 km grid cells a polygon (WKB, EPSG:4326) overlaps, with the overlap, and the polygon's area in km².</summary>
    private const string PiecesSql = """
        WITH poly AS (SELECT ST_Transform(ST_SetSRID(ST_GeomFromWKB(@wkb), 4326), 25832) AS g)
        SELECT c.id, c.population, ST_Area(ST_Intersection(c.geom, poly.g)) AS overlap, ST_Area(c.geom) AS cell_area, ST_Area(poly.g) / 1e6 AS km2
          FROM grid_cells c, poly WHERE ST_Intersects(c.geom, poly.g)
        """;

    /// <summary>For the cells, the value of their dominant area at the finest level with values. Params: ids, code, period.</summary>
    private const string CellValuesSql = """
        SELECT DISTINCT ON (g.cell_id) g.cell_id, a.level, v.value, v.period
          FROM grid_cell_areas g JOIN areas a ON a.id = g.area_id
          JOIN indicator_values_public v ON v.area_id = a.id AND v.indicator_code = @code
         WHERE g.cell_id = ANY(@ids) AND a.level IN ('parish', 'municipality') AND (@period::text IS NULL OR v.period = @period)
         ORDER BY g.cell_id, (a.level = 'parish') DESC, v.period DESC, g.share DESC
        """;

    /// <summary>The grid pieces of a polygon (cell id, piece) and the polygon's area in km² (0 when it overlaps no cell).</summary>
    public async Task<(IReadOnlyList<(int CellId, GridPiece Piece)> Pieces, double Km2)> GridPiecesAsync(byte[] wkb, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(PiecesSql);
        cmd.Parameters.AddWithValue("wkb", wkb);
        var pieces = new List<(int, GridPiece)>();
        double km2 = 0;
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            pieces.Add((r.Get<int>("id"), new GridPiece(pieces.Count, r.Get<int>("population"), r.Get<double>("overlap"), r.Get<double>("cell_area"), null)));
            km2 = r.Get<double>("km2");
        }
        return (pieces, km2);
    }

    /// <summary>Each cell's value of an indicator, from its dominant parish (else municipality), for a period or the latest.</summary>
    public async Task<IReadOnlyDictionary<int, CellAreaValue>> CellValuesAsync(int[] cellIds, string code, string? period, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(CellValuesSql);
        cmd.Parameters.AddWithValue("ids", cellIds);
        cmd.Parameters.AddWithValue("code", code);
        cmd.Parameters.Add(new NpgsqlParameter("period", NpgsqlDbType.Text) { Value = (object?)period ?? DBNull.Value });
        var byCell = new Dictionary<int, CellAreaValue>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) byCell[r.Get<int>("cell_id")] = new CellAreaValue(r.Get<string>("level"), r.Get<string>("period"), r.Get<double?>("value"));
        return byCell;
    }
}
