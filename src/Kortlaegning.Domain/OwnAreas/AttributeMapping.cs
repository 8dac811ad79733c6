using System.Globalization;

namespace Kortlaegning.Domain.OwnAreas;

/// <summary>
/// Which file field holds which attribute: found by name (<see cref="OwnAreaFields.Synonyms"/>, e.g. BOLIGER → homes)
/// and overridden by an explicit <c>mapping</c> such as <c>homes:BOLIGER,organisation:ORG</c>. The suggestion is what
/// a dry run shows; the explicit part must name known attributes and fields of the file.
/// </summary>
public sealed class AttributeMapping
{
    private AttributeMapping(IReadOnlyDictionary<string, string> fields) => Fields = fields;

    /// <summary>Attribute name → file field.</summary>
    public IReadOnlyDictionary<string, string> Fields { get; }

    /// <summary>The attributes found by name among <paramref name="fields"/>, leaving out the code and name fields.</summary>
    public static IReadOnlyDictionary<string, string> Suggest(IReadOnlyList<string> fields, params string?[] taken)
    {
        var free = fields.Where(f => !taken.Any(t => t is not null && t.Equals(f, StringComparison.OrdinalIgnoreCase))).ToList();
        var result = new Dictionary<string, string>();
        foreach (var (attribute, names) in OwnAreaFields.Synonyms)
        {
            var hit = free.FirstOrDefault(f => names.Contains(OwnAreaFields.Normalise(f)));
            if (hit is not null) result[attribute] = hit;
        }
        return result;
    }

    /// <summary>The suggestion with <paramref name="explicitMapping"/> applied; every problem with the mapping text in <paramref name="problems"/>.</summary>
    public static AttributeMapping Build(IReadOnlyList<string> fields, string? explicitMapping, string codeField, string? nameField, ICollection<string> problems)
    {
        var result = new Dictionary<string, string>(Suggest(fields, codeField, nameField), StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrWhiteSpace(explicitMapping)) return new AttributeMapping(result);
        foreach (var pair in explicitMapping.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split(':', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[1].Length == 0)
            {
                problems.Add($"'{pair}' is not attribute:FIELD, e.g. homes:BOLIGER.");
                continue;
            }
            var attribute = OwnAreaFields.Synonyms.Keys.FirstOrDefault(k => k.Equals(parts[0], StringComparison.OrdinalIgnoreCase));
            if (attribute is null)
            {
                problems.Add($"Unknown attribute '{parts[0]}'; one of: {string.Join(", ", OwnAreaFields.Synonyms.Keys)}.");
                continue;
            }
            var field = fields.FirstOrDefault(f => f.Equals(parts[1], StringComparison.OrdinalIgnoreCase));
            if (field is null)
            {
                problems.Add($"The file has no field '{parts[1]}' (for {attribute}); its fields are {string.Join(", ", fields)}.");
                continue;
            }
            result[attribute] = field;
        }
        return new AttributeMapping(result);
    }

    /// <summary>The attributes of one feature; each bad value as (file field, message).</summary>
    public (OwnAreaAttributes Attributes, string? Municipality) Read(IReadOnlyDictionary<string, object?> properties, List<(string Field, string Message)> errors)
    {
        string? Text(string attribute) =>
            Fields.TryGetValue(attribute, out var f) && properties.TryGetValue(f, out var v) && v is not null
                ? (Convert.ToString(v, CultureInfo.InvariantCulture)?.Trim() is { Length: > 0 } s ? s : null)
                : null;

        int? Count(string attribute, int min, int max)
        {
            var text = Text(attribute);
            if (text is null) return null;
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d == Math.Floor(d) && d >= min && d <= max) return (int)d;
            errors.Add((Fields[attribute], $"'{text}' is not a whole number from {min} to {max} ({attribute})."));
            return null;
        }

        bool? Flag(string attribute)
        {
            var text = Text(attribute);
            if (text is null) return null;
            switch (text.ToLowerInvariant())
            {
                case "true" or "1" or "ja" or "j" or "yes" or "y" or "x": return true;
                case "false" or "0" or "nej" or "n" or "no": return false;
            }
            errors.Add((Fields[attribute], $"'{text}' is not yes/no (ja/nej, true/false, 1/0) ({attribute})."));
            return null;
        }

        string? municipality = null;
        if (Text(OwnAreaFields.Municipality) is { } m)
        {
            municipality = Boundaries.AreaCodes.Normalise(Boundaries.AreaLevel.Municipality, m);
            if (municipality is null) errors.Add((Fields[OwnAreaFields.Municipality], $"'{m}' is not a kommunekode (e.g. 0727)."));
        }
        var attributes = new OwnAreaAttributes(
            Text(OwnAreaFields.Organisation), Text(OwnAreaFields.DepartmentNumber),
            Count(OwnAreaFields.Homes, 0, 100_000), Count(OwnAreaFields.Residents, 0, 1_000_000), Count(OwnAreaFields.ResidentsYear, 1900, 2100),
            Flag(OwnAreaFields.Board), Flag(OwnAreaFields.CommonRoom), Text(OwnAreaFields.Address), Text(OwnAreaFields.Source),
            Flag(OwnAreaFields.Illustrative) ?? false);
        return (attributes, municipality);
    }
}
