using System.Text.Json;
using NetTopologySuite.Geometries;

namespace Kortlaegning.Domain.Boundaries;

/// <summary>
/// Reads polygons from a TopoJSON topology (TopoJSON Format Specification 1.0). No .NET library reads
/// TopoJSON, and GDAL's driver mis-decodes DAGI's file, so this is the spec's algorithm, kept small:
/// positions are delta-encoded when the topology has a "transform" (§2.1.2: x = Σdx·scale + translate);
/// a negative arc index ~i means arc i reversed (§2.2.5); consecutive arcs share their joining vertex.
/// Positions may carry more than two values (DAGI writes a third, -999): only x and y are read.
/// </summary>
public static class TopoJsonBoundaryReader
{
    /// <param name="stream">The TopoJSON text.</param>
    /// <param name="objectName">Which object to read; null reads the only one (or fails if there are several).</param>
    /// <param name="sridOverride">The CRS of the coordinates when the file does not say (default: its "crs" member, else 4326).</param>
    public static IReadOnlyList<BoundaryFeature> Read(Stream stream, string? objectName = null, int? sridOverride = null)
    {
        using var doc = BoundaryJson.Parse(stream);
        return Read(doc.RootElement, objectName, sridOverride);
    }

    /// <inheritdoc cref="Read(Stream, string?, int?)"/>
    public static IReadOnlyList<BoundaryFeature> Read(JsonElement root, string? objectName = null, int? sridOverride = null)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var t) || t.GetString() != "Topology")
        {
            throw new BoundaryFormatException("A TopoJSON file must hold a Topology.");
        }
        var obj = PickObject(root, objectName);
        int srid = sridOverride ?? (obj.TryGetProperty("crs", out _) ? LegacyCrs.SridOf(obj) : LegacyCrs.SridOf(root));
        var factory = new GeometryFactory(new PrecisionModel(), srid);
        var arcs = DecodeArcs(root);

        var geometries = obj.TryGetProperty("geometries", out var gs) && gs.ValueKind == JsonValueKind.Array
            ? gs.EnumerateArray().ToList()
            : [obj];
        var result = new List<BoundaryFeature>(geometries.Count);
        for (int i = 0; i < geometries.Count; i++)
        {
            var g = geometries[i];
            var props = g.TryGetProperty("properties", out var p) ? JsonProperties.FromElement(p) : new Dictionary<string, object?>();
            Geometry? geometry;
            try
            {
                geometry = ToGeometry(g, arcs, factory);
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException or FormatException)
            {
                geometry = null; // rejected later with a reason
            }
            result.Add(new BoundaryFeature(i, props, geometry));
        }
        return result;
    }

    private static JsonElement PickObject(JsonElement root, string? objectName)
    {
        if (!root.TryGetProperty("objects", out var objects) || objects.ValueKind != JsonValueKind.Object)
        {
            throw new BoundaryFormatException("The Topology has no \"objects\".");
        }
        var all = objects.EnumerateObject().ToList();
        if (objectName is not null)
        {
            return all.FirstOrDefault(o => o.Name == objectName).Value is { ValueKind: JsonValueKind.Object } found
                ? found
                : throw new BoundaryFormatException($"The Topology has no object named '{objectName}' (it has: {string.Join(", ", all.Select(o => o.Name))}).");
        }
        return all.Count == 1
            ? all[0].Value
            : throw new BoundaryFormatException($"The Topology has {all.Count} objects; name one (it has: {string.Join(", ", all.Select(o => o.Name))}).");
    }

    private static List<Coordinate[]> DecodeArcs(JsonElement root)
    {
        double sx = 1, sy = 1, tx = 0, ty = 0;
        bool quantized = root.TryGetProperty("transform", out var transform);
        if (quantized)
        {
            var scale = transform.GetProperty("scale");
            var translate = transform.GetProperty("translate");
            (sx, sy) = (scale[0].GetDouble(), scale[1].GetDouble());
            (tx, ty) = (translate[0].GetDouble(), translate[1].GetDouble());
        }
        if (!root.TryGetProperty("arcs", out var arcsElement) || arcsElement.ValueKind != JsonValueKind.Array)
        {
            throw new BoundaryFormatException("The Topology has no \"arcs\" array.");
        }
        var arcs = new List<Coordinate[]>(arcsElement.GetArrayLength());
        foreach (var arc in arcsElement.EnumerateArray())
        {
            var coords = new Coordinate[arc.GetArrayLength()];
            double x = 0, y = 0;
            int i = 0;
            foreach (var pos in arc.EnumerateArray())
            {
                double px = pos[0].GetDouble(), py = pos[1].GetDouble();
                if (quantized)
                {
                    x += px;
                    y += py;
                    coords[i++] = new Coordinate(x * sx + tx, y * sy + ty);
                }
                else
                {
                    coords[i++] = new Coordinate(px, py);
                }
            }
            arcs.Add(coords);
        }
        return arcs;
    }

    private static Geometry? ToGeometry(JsonElement g, List<Coordinate[]> arcs, GeometryFactory factory)
    {
        string? type = g.TryGetProperty("type", out var t) ? t.GetString() : null;
        return type switch
        {
            "Polygon" => Polygon(g.GetProperty("arcs"), arcs, factory),
            "MultiPolygon" => factory.CreateMultiPolygon(g.GetProperty("arcs").EnumerateArray().Select(p => Polygon(p, arcs, factory)).ToArray()),
            null => null, // a null geometry object (§2.2): rejected later as "no geometry"
            _ => throw new InvalidOperationException($"Geometry type '{type}' is not polygonal."),
        };
    }

    private static Polygon Polygon(JsonElement rings, List<Coordinate[]> arcs, GeometryFactory factory)
    {
        var linear = rings.EnumerateArray().Select(r => factory.CreateLinearRing(Ring(r, arcs))).ToList();
        if (linear.Count == 0) return factory.CreatePolygon();
        return factory.CreatePolygon(linear[0], linear.Skip(1).ToArray());
    }

    private static Coordinate[] Ring(JsonElement arcIndexes, List<Coordinate[]> arcs)
    {
        var ring = new List<Coordinate>();
        foreach (var ix in arcIndexes.EnumerateArray())
        {
            int i = ix.GetInt32();
            var arc = i >= 0 ? arcs[i] : arcs[~i].Reverse().ToArray();
            // Arcs of a ring meet end to start: skip the repeated first vertex of every arc after the first.
            ring.AddRange(ring.Count == 0 ? arc : arc.Skip(1));
        }
        if (ring.Count > 0 && !ring[0].Equals2D(ring[^1])) ring.Add(ring[0].Copy());
        return ring.ToArray();
    }
}
