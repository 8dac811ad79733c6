using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kortlaegning.Api.Infrastructure;

/// <summary>One feature to write: its id, its geometry as GeoJSON text from PostGIS (or null), and its properties.</summary>
public readonly record struct FeatureText(string Id, string? Geometry, object Properties);

/// <summary>
/// RFC 7946 GeoJSON assembled from pieces PostGIS has already written (ST_AsGeoJSON), sent with the GeoJSON media
/// type. Foreign members (sources, indicator, period …) go before "features", as §6.1 allows.
/// </summary>
public static class GeoJsonText
{
    public const string MediaType = "application/geo+json";

    public static ContentHttpResult Ok(string json) => TypedResults.Text(json, MediaType, Encoding.UTF8);

    /// <summary>A FeatureCollection around a features array PostGIS built whole (json_agg).</summary>
    public static string Collection(IEnumerable<KeyValuePair<string, object?>> members, string featuresArray) =>
        Write(members, w => w.WriteRawValue(featuresArray, skipInputValidation: true));

    /// <summary>A FeatureCollection of features whose properties are serialised here and geometry comes as text.</summary>
    public static string Collection(IEnumerable<KeyValuePair<string, object?>> members, IEnumerable<FeatureText> features) =>
        Write(members, w =>
        {
            w.WriteStartArray();
            foreach (var f in features) WriteFeature(w, f, []);
            w.WriteEndArray();
        });

    /// <summary>One Feature, with foreign members (sources …) after its properties.</summary>
    public static string Feature(FeatureText feature, IEnumerable<KeyValuePair<string, object?>> members)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer)) WriteFeature(w, feature, members);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteFeature(Utf8JsonWriter w, FeatureText f, IEnumerable<KeyValuePair<string, object?>> members)
    {
        w.WriteStartObject();
        w.WriteString("type", "Feature");
        w.WriteString("id", f.Id);
        w.WritePropertyName("geometry");
        if (f.Geometry is { } g) w.WriteRawValue(g, skipInputValidation: true); else w.WriteNullValue();
        w.WritePropertyName("properties");
        JsonSerializer.Serialize(w, f.Properties, f.Properties.GetType(), JsonSerializerOptions.Web);
        WriteMembers(w, members);
        w.WriteEndObject();
    }

    private static void WriteMembers(Utf8JsonWriter w, IEnumerable<KeyValuePair<string, object?>> members)
    {
        foreach (var (name, value) in members)
        {
            w.WritePropertyName(name);
            JsonSerializer.Serialize(w, value, value?.GetType() ?? typeof(object), JsonSerializerOptions.Web);
        }
    }

    private static string Write(IEnumerable<KeyValuePair<string, object?>> members, Action<Utf8JsonWriter> features)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("type", "FeatureCollection");
            WriteMembers(w, members);
            w.WritePropertyName("features");
            features(w);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
