namespace Kortlaegning.Domain.Ogc;

/// <summary>
/// A parsed CQL2 filter (OGC 21-065, the text encoding), as far as OGC API – Features Part 3 asks at the basic level plus
/// the advanced comparison operators and <c>S_INTERSECTS</c>: property comparisons, LIKE, BETWEEN, IN, IS NULL, AND/OR/NOT.
/// The tree only names properties and carries literals; which properties exist and what SQL they become is the caller's
/// (see <see cref="Cql2Check"/>), so values never reach SQL text.
/// </summary>
public abstract record Cql2Expression;

public sealed record Cql2And(Cql2Expression Left, Cql2Expression Right) : Cql2Expression;

public sealed record Cql2Or(Cql2Expression Left, Cql2Expression Right) : Cql2Expression;

public sealed record Cql2Not(Cql2Expression Operand) : Cql2Expression;

/// <summary><c>TRUE</c> or <c>FALSE</c> as a whole predicate.</summary>
public sealed record Cql2BooleanConstant(bool Value) : Cql2Expression;

public enum Cql2Operator
{
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}

/// <summary><c>property op literal</c> (a literal first is turned around, so the property is always on the left).</summary>
public sealed record Cql2Comparison(string Property, Cql2Operator Operator, Cql2Literal Value) : Cql2Expression;

/// <summary><c>property LIKE 'pattern'</c>: <c>%</c> any run, <c>_</c> one character, <c>\</c> escapes (as CQL2 and SQL).</summary>
public sealed record Cql2Like(string Property, string Pattern) : Cql2Expression;

public sealed record Cql2Between(string Property, Cql2Literal Low, Cql2Literal High) : Cql2Expression;

public sealed record Cql2In(string Property, IReadOnlyList<Cql2Literal> Values) : Cql2Expression;

public sealed record Cql2IsNull(string Property) : Cql2Expression;

/// <summary><c>S_INTERSECTS(property, geometry)</c>, the geometry as normalised WKT in the filter's CRS.</summary>
public sealed record Cql2Intersects(string Property, Cql2Geometry Geometry) : Cql2Expression;

public abstract record Cql2Literal;

public sealed record Cql2String(string Value) : Cql2Literal;

public sealed record Cql2Number(double Value) : Cql2Literal;

public sealed record Cql2Boolean(bool Value) : Cql2Literal;

/// <summary>
/// A geometry literal, re-written as OGC WKT from the parsed coordinates (so only numbers and keywords we wrote reach
/// the database); a <c>BBOX</c> becomes its rectangle. Axes stay as written: the caller
/// knows the filter CRS's axis order.
/// </summary>
public sealed record Cql2Geometry(string Kind, string Wkt);

/// <summary>Thrown by <see cref="Cql2Parser"/> with what was wrong and where (0-based character offset).</summary>
public sealed class Cql2SyntaxException(string message, int position) : Exception(message)
{
    public int Position { get; } = position;
}
