using System.Text.Json;
using System.Text.Json.Nodes;
using Npgsql;
using NpgsqlTypes;

namespace Kortlaegning.Api.Workshops;

/// <summary>What PostGIS said about a drawn item (see <see cref="WorkshopQueries.CheckGeometry"/>).</summary>
internal sealed record GeometryCheck(bool CategoryKnown, int BlurMetres, bool Valid, string? Reason, int Vertices, bool Inside, byte[] Ewkb);

/// <summary>Reads shared by several workshop endpoints; the SQL itself lives in <see cref="WorkshopQueries"/>.</summary>
internal static class WorkshopData
{
    public static NpgsqlParameter Add(this NpgsqlParameterCollection p, string name, NpgsqlDbType type, object? value) =>
        p.Add(new NpgsqlParameter(name, type) { Value = value ?? DBNull.Value });

    public static async Task<WorkshopDetails?> DetailsAsync(NpgsqlDataSource db, Guid id, bool withJoinCode, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(WorkshopQueries.Details);
        cmd.Parameters.AddWithValue("id", id);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        if (!await r.ReadAsync(ct)) return null;
        return new WorkshopDetails(id, r.GetString(0), r.GetString(1), r.GetFieldValue<DateOnly>(2), r.GetString(3), r.GetBoolean(4),
            withJoinCode ? r.GetString(5) : null, r.GetString(6), r.GetFieldValue<string[]>(7), r.GetInt32(8),
            JsonDocument.Parse(r.GetString(9)).RootElement.Clone(),
            [Math.Round(r.GetDouble(12), 6), Math.Round(r.GetDouble(13), 6), Math.Round(r.GetDouble(14), 6), Math.Round(r.GetDouble(15), 6)],
            JsonSerializer.Deserialize<List<CategoryInfo>>(r.GetString(10), JsonSerializerOptions.Web)!,
            JsonSerializer.Deserialize<List<AreaInfo>>(r.GetString(11), JsonSerializerOptions.Web)!);
    }

    /// <summary>One item as a GeoJSON Feature with its status; null when it is not in this workshop.</summary>
    public static async Task<(string Status, string Feature)?> FeatureAsync(NpgsqlDataSource db, Guid id, long aid, long? pid, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(WorkshopQueries.One);
        cmd.Parameters.AddWithValue("id", id);
        cmd.Parameters.AddWithValue("aid", aid);
        cmd.Parameters.Add("pid", NpgsqlDbType.Bigint, pid);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        if (!await r.ReadAsync(ct)) return null;
        return (r.GetString(0), r.GetString(2));
    }

    public static async Task<GeometryCheck> CheckGeometryAsync(NpgsqlDataSource db, Guid id, string geojson, string category, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(WorkshopQueries.CheckGeometry);
        cmd.Parameters.AddWithValue("id", id);
        cmd.Parameters.AddWithValue("geojson", geojson);
        cmd.Parameters.AddWithValue("category", category);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        await r.ReadAsync(ct);
        return new GeometryCheck(r.GetBoolean(0), r.GetInt32(1), r.GetBoolean(2), r.IsDBNull(3) ? null : r.GetString(3),
            r.GetInt32(4), r.GetBoolean(5), r.GetFieldValue<byte[]>(6));
    }

    /// <summary>Blur metres of a category of this workshop; null when the workshop has no such category.</summary>
    public static async Task<int?> CategoryBlurAsync(NpgsqlDataSource db, Guid id, string category, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(WorkshopQueries.CategoryBlur);
        cmd.Parameters.AddWithValue("id", id);
        cmd.Parameters.AddWithValue("category", category);
        return await cmd.ExecuteScalarAsync(ct) is int blur ? blur : null;
    }

    /// <summary>Author and category of an item; null when it is not in this workshop.</summary>
    public static async Task<(long? Participant, string Category)?> OwnerAsync(NpgsqlDataSource db, Guid id, long aid, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(WorkshopQueries.Owner);
        cmd.Parameters.AddWithValue("id", id);
        cmd.Parameters.AddWithValue("aid", aid);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        if (!await r.ReadAsync(ct)) return null;
        return (r.IsDBNull(0) ? null : r.GetInt64(0), r.GetString(1));
    }

    /// <summary>The same feature with <c>mine</c> cleared: what every other screen receives.</summary>
    public static string ForOthers(string feature)
    {
        var node = JsonNode.Parse(feature)!;
        node["properties"]!["mine"] = false;
        return node.ToJsonString();
    }
}

/// <summary>The events a workshop's screens receive (<see cref="WorkshopBroadcaster"/>).</summary>
internal static class WorkshopEvents
{
    /// <summary>A new or changed item: facilitators always see it; others see it only while published, else its removal.</summary>
    public static void Annotation(this WorkshopBroadcaster b, Guid id, long aid, string status, string feature)
    {
        var data = WorkshopData.ForOthers(feature);
        if (status == ModerationStatus.Published) b.Publish(id, "annotation", data, "annotation", data);
        else b.Publish(id, "annotation", data, "annotation-removed", Removed(aid));
    }

    public static void AnnotationRemoved(this WorkshopBroadcaster b, Guid id, long aid) =>
        b.Publish(id, "annotation-removed", Removed(aid), "annotation-removed", Removed(aid));

    public static void Votes(this WorkshopBroadcaster b, Guid id, long? aid, string? area, long votes)
    {
        var data = JsonSerializer.Serialize(new { annotationId = aid, area, votes });
        b.Publish(id, "votes", data, "votes", data);
    }

    public static void Workshop(this WorkshopBroadcaster b, Guid id, WorkshopDetails details)
    {
        var data = JsonSerializer.Serialize(details with { JoinCode = null }, JsonSerializerOptions.Web);
        b.Publish(id, "workshop", data, "workshop", data);
    }

    private static string Removed(long aid) => JsonSerializer.Serialize(new { id = aid });
}
