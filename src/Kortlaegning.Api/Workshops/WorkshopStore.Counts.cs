using Kortlaegning.Api.Infrastructure.Data;
using Npgsql;

namespace Kortlaegning.Api.Workshops;

/// <summary>
/// One item as exported (CSV, GIS files, summaries). Lon/lat: the point itself, or a point on the line or polygon;
/// <see cref="Wkb"/> the geometry as stored (EPSG:25832, blurred where its category blurs), right-hand rule.
/// </summary>
public sealed record ExportRow(long Id, string Category, string Label, string Text, string Status, string GeometryType, long Votes,
    double Lon, double Lat, string Areas, bool Blurred, long? MergedInto, DateTimeOffset CreatedAt, byte[] Wkb);

public sealed partial class WorkshopStore
{
    /// <summary>Published items per area (workshop area level) and category. An item touching two areas counts in both.</summary>
    private const string SelectCountsByAreaAndCategory = """
        SELECT ar.code, ar.name, a.category, count(*) AS count
          FROM workshop_annotations a JOIN workshops w ON w.id = a.workshop_id
          JOIN areas ar ON ar.level = w.area_level AND ar.geom && a.geom AND ST_Intersects(ar.geom, a.geom)
         WHERE a.workshop_id = @id AND a.status = 'published'
         GROUP BY 1, 2, 3 ORDER BY 1, 3
        """;

    private const string SelectCountsByCategory = """
        SELECT k.key, k.label, count(a.id) AS count
          FROM workshop_categories k LEFT JOIN workshop_annotations a ON a.workshop_id = k.workshop_id AND a.category = k.key AND a.status = 'published'
         WHERE k.workshop_id = @id GROUP BY k.key, k.label, k.sort_order ORDER BY k.sort_order
        """;

    private const string SelectAreaDotCounts = """
        SELECT area_code, count(*) AS votes FROM workshop_votes WHERE workshop_id = @id AND area_code IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1
        """;

    /// <summary>Rows for CSV and summaries. lon/lat are of a point on the item (the point itself for points).</summary>
    private const string SelectExportRows = """
        SELECT a.id, a.category, k.label, a.text, a.status, ST_GeometryType(a.geom) AS geometry_type,
               (SELECT count(*) FROM workshop_votes v WHERE v.annotation_id = a.id) AS votes,
               ST_X(p) AS lon, ST_Y(p) AS lat,
               (SELECT COALESCE(string_agg(ar.code, ',' ORDER BY ar.code), '') FROM areas ar
                 WHERE ar.level = w.area_level AND ar.geom && a.geom AND ST_Intersects(ar.geom, a.geom)) AS areas,
               a.blurred, a.merged_into_id, a.created_at, ST_AsBinary(ST_ForcePolygonCCW(a.geom)) AS wkb
          FROM workshop_annotations a JOIN workshops w ON w.id = a.workshop_id
          JOIN workshop_categories k ON k.workshop_id = a.workshop_id AND k.key = a.category
          CROSS JOIN LATERAL (SELECT ST_Transform(ST_PointOnSurface(a.geom), 4326) AS p) pp
         WHERE a.workshop_id = @id AND (@all OR a.status = 'published')
         ORDER BY a.id
        """;

    public async Task<WorkshopCounts> CountsAsync(Guid id, CancellationToken ct)
    {
        var byCategory = new List<CategoryCount>();
        var byArea = new List<AreaCategoryCount>();
        var areaVotes = new List<AreaVoteCount>();
        await using var conn = await db.OpenConnectionAsync(ct);
        await using (var cmd = new NpgsqlCommand(SelectCountsByCategory, conn))
        {
            cmd.Parameters.AddWithValue("id", id);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct)) byCategory.Add(new CategoryCount(r.Get<string>("key"), r.Get<string>("label"), r.Get<long>("count")));
        }
        await using (var cmd = new NpgsqlCommand(SelectCountsByAreaAndCategory, conn))
        {
            cmd.Parameters.AddWithValue("id", id);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
            {
                byArea.Add(new AreaCategoryCount(r.Get<string>("code"), r.Get<string>("name"), r.Get<string>("category"), r.Get<long>("count")));
            }
        }
        await using (var cmd = new NpgsqlCommand(SelectAreaDotCounts, conn))
        {
            cmd.Parameters.AddWithValue("id", id);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct)) areaVotes.Add(new AreaVoteCount(r.Get<string>("area_code"), r.Get<long>("votes")));
        }
        return new WorkshopCounts(byCategory.Sum(c => c.Count), byCategory, byArea, areaVotes);
    }

    /// <summary>Published items, or all with <paramref name="all"/>, in id order.</summary>
    public async Task<List<ExportRow>> ExportRowsAsync(Guid id, bool all, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(SelectExportRows);
        cmd.Parameters.AddWithValue("id", id);
        cmd.Parameters.AddWithValue("all", all);
        var rows = new List<ExportRow>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            rows.Add(new ExportRow(r.Get<long>("id"), r.Get<string>("category"), r.Get<string>("label"), r.Get<string>("text"), r.Get<string>("status"),
                r.Get<string>("geometry_type")["ST_".Length..], r.Get<long>("votes"), r.Get<double>("lon"), r.Get<double>("lat"), r.Get<string>("areas"),
                r.Get<bool>("blurred"), r.Get<long?>("merged_into_id"), r.Get<DateTimeOffset>("created_at"), r.Get<byte[]>("wkb")));
        }
        return rows;
    }
}
