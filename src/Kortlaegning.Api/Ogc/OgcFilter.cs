using Kortlaegning.Api.Infrastructure.Localisation;
using Kortlaegning.Api.Infrastructure.Validation;
using Kortlaegning.Domain.Ogc;

namespace Kortlaegning.Api.Ogc;

/// <summary>
/// <c>filter</c> and <c>filter-lang</c> of OGC API – Features Part 3: CQL2 text parsed by the domain's
/// <see cref="Cql2Parser"/> and checked against the collection's queryables; every problem is a 400 naming <c>filter</c>, in the request's language
/// (<see cref="DomainMessages"/>).
/// </summary>
public static class OgcFilter
{
    public static Cql2Expression? Parse(FieldErrors errors, string? text, string? language, IReadOnlyDictionary<string, Cql2Type> queryables)
    {
        if (language is not (null or "cql2-text"))
        {
            errors.Add("filter-lang", Texts.FilterLangUnsupported.Format(language));
            return null;
        }
        if (text is null)
        {
            if (language is not null) errors.Add("filter-lang", Texts.FilterLangNeedsFilter.Get());
            return null;
        }
        if (Cql2Parser.TryParse(text, out var error) is not { } expression)
        {
            errors.Add("filter", Texts.NotCql2.Format(DomainMessages.Localise(error!)));
            return null;
        }
        var problems = Cql2Check.Problems(expression, queryables);
        foreach (var p in problems) errors.Add("filter", DomainMessages.Localise(p));
        return problems.Count == 0 ? expression : null;
    }
}

/// <summary>The queryables document (Part 3 §6.2): a JSON Schema of the properties a filter may name.</summary>
public static class OgcQueryables
{
    public static Dictionary<string, object> Schema(string id, string title, IReadOnlyDictionary<string, Cql2Type> queryables) => new()
    {
        ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
        ["$id"] = id,
        ["type"] = "object",
        ["title"] = title,
        ["properties"] = queryables.ToDictionary(kv => kv.Key, kv => (object)(kv.Value switch
        {
            Cql2Type.String => new Dictionary<string, object> { ["type"] = "string", ["title"] = kv.Key },
            Cql2Type.Number => new Dictionary<string, object> { ["type"] = "number", ["title"] = kv.Key },
            Cql2Type.Boolean => new Dictionary<string, object> { ["type"] = "boolean", ["title"] = kv.Key },
            _ => new Dictionary<string, object> { ["format"] = "geometry-multipolygon", ["x-ogc-role"] = "primary-geometry", ["title"] = kv.Key },
        })),
        ["additionalProperties"] = false,
    };
}
