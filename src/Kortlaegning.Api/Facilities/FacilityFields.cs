using System.Text.Json;

namespace Kortlaegning.Api.Facilities;

/// <summary>
/// A facility as submitted, whatever the channel (JSON body, GeoJSON feature properties, CSV row): raw text per field.
/// Names are matched loosely (case, '_', '-' and spaces ignored: <c>opening_hours</c> = <c>openingHours</c>), and a few
/// common synonyms are accepted (lng, longitude, owner, organization …), so files exported from other tools load as they are.
/// </summary>
public sealed class FacilityFields
{
    private static readonly Dictionary<string, string> Synonyms = new()
    {
        ["lng"] = "lon",
        ["long"] = "lon",
        ["longitude"] = "lon",
        ["latitude"] = "lat",
        ["owner"] = "organisation",
        ["organization"] = "organisation",
        ["org"] = "organisation",
        ["indooroutdoor"] = "setting",
        ["stepfreeaccess"] = "stepfree",
        ["accessible"] = "stepfree",
        ["bookablebyexternalpartners"] = "bookable",
        ["hours"] = "openinghours",
        ["lastverifieddate"] = "lastverified",
        ["verified"] = "lastverified",
        ["candidate"] = "candidatespot",
        ["healthspotcandidate"] = "candidatespot",
    };

    private readonly Dictionary<string, string?> _values = new(StringComparer.Ordinal);

    public static string Key(string name)
    {
        var key = new string(name.Where(c => c is not ('_' or '-' or ' ')).ToArray()).ToLowerInvariant();
        return Synonyms.GetValueOrDefault(key, key);
    }

    public void Set(string name, string? value) => _values[Key(name)] = string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>The trimmed text of a field (by its normalised name, e.g. "openinghours"), or null when absent or blank.</summary>
    public string? this[string key] => _values.GetValueOrDefault(key);

    public bool Has(string key) => _values.GetValueOrDefault(key) is not null;

    /// <summary>Members of a JSON object as text: arrays (tags) are joined with '|', nested objects are skipped.</summary>
    public static FacilityFields FromJson(JsonElement obj, params string[] skip)
    {
        var fields = new FacilityFields();
        if (obj.ValueKind != JsonValueKind.Object) return fields;
        foreach (var p in obj.EnumerateObject())
        {
            if (skip.Contains(p.Name, StringComparer.OrdinalIgnoreCase)) continue;
            string? text = p.Value.ValueKind switch
            {
                JsonValueKind.String => p.Value.GetString(),
                JsonValueKind.Number => p.Value.GetRawText(),
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                JsonValueKind.Array => string.Join('|', p.Value.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : e.GetRawText())),
                _ => null,
            };
            fields.Set(p.Name, text);
        }
        return fields;
    }
}
