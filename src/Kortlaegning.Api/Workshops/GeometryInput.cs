using System.Text.Json;

namespace Kortlaegning.Api.Workshops;

/// <summary>
/// A first look at a GeoJSON geometry before PostGIS sees it: the type is Point, LineString or Polygon, the
/// coordinates are numbers in WGS84 range, and the vertex count is within the limit, so a 10 MB polygon is
/// refused without parsing it in the database. Validity and the extent are PostGIS's job.
/// </summary>
public static class GeometryInput
{
    private static readonly string[] Types = ["Point", "LineString", "Polygon"];

    /// <summary>Null when the shape passes; else what is wrong, for a person.</summary>
    public static string? Check(JsonElement? geometry, int maxVertices, out string json)
    {
        json = "";
        if (geometry is not { ValueKind: JsonValueKind.Object } g) return "A GeoJSON geometry object is required.";
        if (!g.TryGetProperty("type", out var t) || t.ValueKind != JsonValueKind.String || !Types.Contains(t.GetString()))
        {
            return $"Geometry type must be one of {string.Join(", ", Types)}.";
        }
        if (!g.TryGetProperty("coordinates", out var c) || c.ValueKind != JsonValueKind.Array) return "Geometry needs a 'coordinates' array.";
        var depth = t.GetString() switch { "Point" => 0, "LineString" => 1, _ => 2 };
        int vertices = 0;
        var error = Walk(c, depth, ref vertices, maxVertices);
        if (error is not null) return error;
        if (vertices > maxVertices) return $"Geometry has {vertices} vertices; at most {maxVertices} are allowed.";
        json = g.GetRawText();
        return null;
    }

    private static string? Walk(JsonElement e, int depth, ref int vertices, int max)
    {
        if (e.ValueKind != JsonValueKind.Array) return "Coordinates must be nested arrays.";
        if (depth == 0)
        {
            if (++vertices > max) return $"Geometry has more than {max} vertices.";
            if (e.GetArrayLength() is < 2 or > 3) return "A position is [longitude, latitude].";
            if (e[0].ValueKind != JsonValueKind.Number || e[1].ValueKind != JsonValueKind.Number) return "Positions must be numbers.";
            double lon = e[0].GetDouble(), lat = e[1].GetDouble();
            if (lon is < -180 or > 180 || lat is < -90 or > 90) return "Positions are [longitude, latitude] in WGS84 (RFC 7946).";
            return null;
        }
        if (e.GetArrayLength() == 0) return "Coordinates must not be empty.";
        foreach (var child in e.EnumerateArray())
        {
            var error = Walk(child, depth - 1, ref vertices, max);
            if (error is not null) return error;
        }
        return null;
    }
}
