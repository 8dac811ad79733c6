using System.Text.Json;
using NetTopologySuite.Geometries;

namespace Kortlaegning.Domain.Boundaries;

/// <summary>
/// Reads an RFC 7946 geometry object straight from the parsed document into NTS, x and y only (Z and M dropped as read).
/// Why not GeoJSON4STJ's converter: deserialising each geometry from its <see cref="JsonElement"/> parses the text a
/// second time and builds intermediate lists, and the 2-D copy after it a third pass; on a 20 MB upload of detailed
/// outlines that was most of a dry run's 2 s. A geometry this reader cannot make sense of answers null, so the row is
/// rejected with a reason later, as before.
/// </summary>
public static class GeoJsonGeometry
{
    public static Geometry? Read(JsonElement g, GeometryFactory factory)
    {
        try
        {
            return Geometry(g, factory, depth: 0);
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or ArgumentException)
        {
            return null;
        }
    }

    private static Geometry? Geometry(JsonElement g, GeometryFactory f, int depth)
    {
        if (g.ValueKind != JsonValueKind.Object || !g.TryGetProperty("type", out var t) || t.ValueKind != JsonValueKind.String) return null;
        var type = t.GetString();
        if (type == "GeometryCollection")
        {
            if (depth > 8 || !g.TryGetProperty("geometries", out var parts) || parts.ValueKind != JsonValueKind.Array) return null;
            var list = new List<Geometry>();
            foreach (var part in parts.EnumerateArray())
            {
                if (Geometry(part, f, depth + 1) is not { } one) return null;
                list.Add(one);
            }
            return f.CreateGeometryCollection([.. list]);
        }
        if (!g.TryGetProperty("coordinates", out var c) || c.ValueKind != JsonValueKind.Array) return null;
        return type switch
        {
            "Point" => Position(c) is { } p ? f.CreatePoint(p) : null,
            "MultiPoint" => Positions(c) is { } ps ? f.CreateMultiPointFromCoords(ps) : null,
            "LineString" => Positions(c) is { } ls ? f.CreateLineString(ls) : null,
            "MultiLineString" => Lines(c, f) is { } mls ? f.CreateMultiLineString(mls) : null,
            "Polygon" => Polygon(c, f),
            "MultiPolygon" => MultiPolygon(c, f),
            _ => null,
        };
    }

    private static Coordinate? Position(JsonElement p)
    {
        if (p.ValueKind != JsonValueKind.Array || p.GetArrayLength() < 2) return null;
        var e = p.EnumerateArray();
        e.MoveNext();
        var x = e.Current;
        e.MoveNext();
        var y = e.Current;
        if (x.ValueKind != JsonValueKind.Number || y.ValueKind != JsonValueKind.Number) return null;
        return new Coordinate(x.GetDouble(), y.GetDouble());
    }

    private static Coordinate[]? Positions(JsonElement a)
    {
        if (a.ValueKind != JsonValueKind.Array) return null;
        var list = new Coordinate[a.GetArrayLength()];
        int i = 0;
        foreach (var p in a.EnumerateArray())
        {
            if (Position(p) is not { } c) return null;
            list[i++] = c;
        }
        return list;
    }

    private static LineString[]? Lines(JsonElement a, GeometryFactory f)
    {
        var lines = new List<LineString>();
        foreach (var l in a.EnumerateArray())
        {
            if (Positions(l) is not { } ps) return null;
            lines.Add(f.CreateLineString(ps));
        }
        return [.. lines];
    }

    private static Polygon? Polygon(JsonElement rings, GeometryFactory f)
    {
        LinearRing? shell = null;
        var holes = new List<LinearRing>();
        foreach (var r in rings.EnumerateArray())
        {
            if (Positions(r) is not { } ps) return null;
            var ring = f.CreateLinearRing(ps); // throws ArgumentException for an unclosed or too short ring: null, as before
            if (shell is null) shell = ring;
            else holes.Add(ring);
        }
        return shell is null ? f.CreatePolygon() : f.CreatePolygon(shell, [.. holes]);
    }

    private static MultiPolygon? MultiPolygon(JsonElement polygons, GeometryFactory f)
    {
        var list = new List<Polygon>();
        foreach (var p in polygons.EnumerateArray())
        {
            if (p.ValueKind != JsonValueKind.Array || Polygon(p, f) is not { } one) return null;
            list.Add(one);
        }
        return f.CreateMultiPolygon([.. list]);
    }
}
