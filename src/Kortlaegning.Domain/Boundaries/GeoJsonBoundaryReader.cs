using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;

namespace Kortlaegning.Domain.Boundaries;

/// <summary>
/// Reads a GeoJSON FeatureCollection (RFC 7946, or with a legacy "crs" member) into
/// <see cref="BoundaryFeature"/>s; the geometry by <see cref="GeoJsonGeometry"/>.
/// </summary>
public static class GeoJsonBoundaryReader
{
    public static IReadOnlyList<BoundaryFeature> Read(Stream stream, int? sridOverride = null)
    {
        using var doc = BoundaryJson.Parse(stream);
        return Read(doc.RootElement, sridOverride);
    }

    public static IReadOnlyList<BoundaryFeature> Read(JsonElement root, int? sridOverride = null)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.GetString() != "FeatureCollection")
        {
            throw new BoundaryFormatException("A GeoJSON file must hold a FeatureCollection.");
        }
        int srid = sridOverride ?? LegacyCrs.SridOf(root);
        var factory = new GeometryFactory(new PrecisionModel(), srid);

        if (!root.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
        {
            throw new BoundaryFormatException("The FeatureCollection has no \"features\" array.");
        }
        var result = new List<BoundaryFeature>(features.GetArrayLength());
        int index = 0;
        foreach (var f in features.EnumerateArray())
        {
            var props = f.TryGetProperty("properties", out var p) ? JsonProperties.FromElement(p) : new Dictionary<string, object?>();
            Geometry? geometry = null;
            if (f.TryGetProperty("geometry", out var g) && g.ValueKind == JsonValueKind.Object)
            {
                // Null when unusable: rejected later with a reason, like any feature without geometry.
                geometry = GeoJsonGeometry.Read(g, factory);
            }
            if (geometry is not null) geometry.SRID = srid;
            result.Add(new BoundaryFeature(index++, props, geometry));
        }
        return result;
    }
}
