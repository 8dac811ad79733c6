using System.Globalization;
using System.Text.Json;

namespace Kortlaegning.Domain.Boundaries;

/// <summary>Feature properties as plain .NET values (string, double, bool, null), whatever reader produced them.</summary>
internal static class JsonProperties
{
    public static Dictionary<string, object?> FromElement(JsonElement element)
    {
        var result = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        if (element.ValueKind != JsonValueKind.Object) return result;
        foreach (var p in element.EnumerateObject()) result[p.Name] = Value(p.Value);
        return result;
    }

    public static object? Value(object? value) => value is JsonElement e ? Value(e) : value;

    private static object? Value(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number => e.TryGetInt64(out var l) ? l : e.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => e.GetRawText(),
    };

    /// <summary>A property as text, for codes and names ("0461", 461 and 461.0 all give text).</summary>
    public static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        double d => d.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
