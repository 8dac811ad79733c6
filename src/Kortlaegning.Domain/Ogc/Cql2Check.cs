namespace Kortlaegning.Domain.Ogc;

/// <summary>The type of a queryable, as its JSON Schema in <c>/queryables</c> says.</summary>
public enum Cql2Type
{
    String,
    Number,
    Boolean,
    Geometry,
}

/// <summary>
/// Checks a parsed filter against a collection's queryables (OGC API – Features Part 3, Req. "filter/unknown-property":
/// a property that is not queryable is a 400) and the operand types CQL2 requires: strings with strings, numbers with
/// numbers, LIKE on strings, BETWEEN on numbers, S_INTERSECTS on the geometry. Pure; every problem is listed.
/// </summary>
public static class Cql2Check
{
    public static IReadOnlyList<string> Problems(Cql2Expression expression, IReadOnlyDictionary<string, Cql2Type> queryables)
    {
        var problems = new List<string>();
        Visit(expression, queryables, problems);
        return problems;
    }

    private static void Visit(Cql2Expression e, IReadOnlyDictionary<string, Cql2Type> q, List<string> problems)
    {
        switch (e)
        {
            case Cql2And a:
                Visit(a.Left, q, problems);
                Visit(a.Right, q, problems);
                break;
            case Cql2Or o:
                Visit(o.Left, q, problems);
                Visit(o.Right, q, problems);
                break;
            case Cql2Not n:
                Visit(n.Operand, q, problems);
                break;
            case Cql2Comparison c when TypeOf(c.Property, q, problems) is { } t:
                if (t == Cql2Type.Geometry) problems.Add($"'{c.Property}' is a geometry; compare it with S_INTERSECTS.");
                else Literal(c.Property, t, c.Value, problems);
                break;
            case Cql2Like l when TypeOf(l.Property, q, problems) is { } t && t != Cql2Type.String:
                problems.Add($"LIKE needs a text property; '{l.Property}' is a {Name(t)}.");
                break;
            case Cql2Between b when TypeOf(b.Property, q, problems) is { } t:
                if (t != Cql2Type.Number) problems.Add($"BETWEEN needs a number property; '{b.Property}' is a {Name(t)}.");
                else
                {
                    Literal(b.Property, t, b.Low, problems);
                    Literal(b.Property, t, b.High, problems);
                }
                break;
            case Cql2In i when TypeOf(i.Property, q, problems) is { } t:
                if (t == Cql2Type.Geometry) problems.Add($"'{i.Property}' is a geometry; compare it with S_INTERSECTS.");
                else foreach (var v in i.Values) Literal(i.Property, t, v, problems);
                break;
            case Cql2IsNull n:
                TypeOf(n.Property, q, problems);
                break;
            case Cql2Intersects s when TypeOf(s.Property, q, problems) is { } t && t != Cql2Type.Geometry:
                problems.Add($"S_INTERSECTS needs the geometry property; '{s.Property}' is a {Name(t)}.");
                break;
        }
    }

    private static Cql2Type? TypeOf(string property, IReadOnlyDictionary<string, Cql2Type> q, List<string> problems)
    {
        if (q.TryGetValue(property, out var t)) return t;
        problems.Add($"'{property}' is not a queryable; one of: {string.Join(", ", q.Keys)}.");
        return null;
    }

    private static void Literal(string property, Cql2Type type, Cql2Literal value, List<string> problems)
    {
        var given = value switch
        {
            Cql2String => Cql2Type.String,
            Cql2Number => Cql2Type.Number,
            _ => Cql2Type.Boolean,
        };
        if (given != type) problems.Add($"'{property}' is a {Name(type)} and cannot be compared with a {Name(given)}.");
    }

    private static string Name(Cql2Type t) => t switch
    {
        Cql2Type.String => "text",
        Cql2Type.Number => "number",
        Cql2Type.Boolean => "boolean",
        _ => "geometry",
    };
}
