using System.Text.Json;

namespace Kortlaegning.Domain.Boundaries;

/// <summary>Reads a boundary file of either format: a root of type "Topology" is TopoJSON, anything else GeoJSON.</summary>
public static class BoundaryFile
{
    public static IReadOnlyList<BoundaryFeature> Read(string path, int? sridOverride = null, string? topoObject = null)
    {
        using var stream = File.OpenRead(path);
        return Read(stream, sridOverride, topoObject);
    }

    public static IReadOnlyList<BoundaryFeature> Read(Stream stream, int? sridOverride = null, string? topoObject = null)
    {
        using var doc = BoundaryJson.Parse(stream);
        var root = doc.RootElement;
        bool topo = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == "Topology";
        try
        {
            return topo
                ? TopoJsonBoundaryReader.Read(root, topoObject, sridOverride)
                : GeoJsonBoundaryReader.Read(root, sridOverride);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException or FormatException or JsonException or KeyNotFoundException or InvalidCastException or OverflowException)
        {
            // Malformed at any depth ({"type":1}, arrays where features belong, a ring that does not close): the file's fault.
            throw new BoundaryFormatException($"Not a readable {(topo ? "TopoJSON" : "GeoJSON")} boundary file: {e.Message}", e);
        }
    }
}

internal static class BoundaryJson
{
    public static JsonDocument Parse(Stream stream)
    {
        try
        {
            return JsonDocument.Parse(stream, new JsonDocumentOptions { AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new BoundaryFormatException($"Not valid JSON: {e.Message}", e);
        }
    }
}
