using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json.Serialization;

namespace Kortlaegning.Api.Infrastructure.Validation;

/// <summary>
/// One way to read and write enum values in the public API: the <see cref="JsonStringEnumMemberNameAttribute"/> name
/// where a member has one, else the member name in snake_case (<c>HealthCentre</c> → <c>health_centre</c>). Matching is
/// case-insensitive. The same names are what System.Text.Json writes, so a value read back round-trips.
/// </summary>
public static class EnumNames
{
    private static readonly ConcurrentDictionary<Type, (string Name, object Value)[]> Cache = new();

    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        foreach (var (name, v) in Members(typeof(T)))
        {
            if (string.Equals(name, text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = (T)v;
                return true;
            }
        }
        return false;
    }

    public static string Name<T>(T value) where T : struct, Enum =>
        Members(typeof(T)).First(m => m.Value.Equals(value)).Name;

    /// <summary>All names, comma-separated, for error messages.</summary>
    public static string List<T>() where T : struct, Enum => string.Join(", ", Members(typeof(T)).Select(m => m.Name));

    public static IEnumerable<string> All<T>() where T : struct, Enum => Members(typeof(T)).Select(m => m.Name);

    private static (string Name, object Value)[] Members(Type type) => Cache.GetOrAdd(type, t =>
        t.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (f.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? SnakeCase(f.Name), f.GetValue(null)!))
            .ToArray());

    public static string SnakeCase(string name) => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(name);
}
