using System.Globalization;
using System.Text;

namespace Kortlaegning.Domain.Ogc;

/// <summary>
/// A recursive-descent parser for CQL2 text (OGC 21-065 §8, the subset <see cref="Cql2Expression"/> describes):
/// <code>
/// expr      = term { OR term }
/// term      = factor { AND factor }
/// factor    = [ NOT ] primary
/// primary   = "(" expr ")" | TRUE | FALSE | S_INTERSECTS "(" operand "," operand ")" | predicate
/// predicate = property ( compOp literal | [NOT] LIKE string | [NOT] BETWEEN literal AND literal
///                      | [NOT] IN "(" literal { "," literal } ")" | IS [NOT] NULL )
///           | literal compOp property
/// </code>
/// Keywords are case-insensitive; properties are identifiers or "double-quoted"; strings are 'single-quoted' with ''
/// for a quote. Pure: no I/O, no knowledge of columns. Input length and nesting are bounded so a hostile filter cannot
/// exhaust the stack.
/// </summary>
public static class Cql2Parser
{
    public const int MaxLength = 20_000, MaxDepth = 50, MaxCoordinates = 10_000;

    public static Cql2Expression Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxLength) throw new Cql2SyntaxException($"The filter is longer than {MaxLength} characters.", MaxLength);
        var p = new State(Tokenize(text));
        var e = p.Expression(0);
        if (p.Peek.Kind != Kind.End) throw p.Error($"Unexpected {p.Peek.Found}");
        return e;
    }

    /// <summary>Parse, or null with the message (for a 400).</summary>
    public static Cql2Expression? TryParse(string text, out string? error)
    {
        try
        {
            error = null;
            return Parse(text);
        }
        catch (Cql2SyntaxException e)
        {
            error = e.Message;
            return null;
        }
    }

    private enum Kind { Word, Quoted, String, Number, Symbol, End }

    private readonly record struct Token(Kind Kind, string Text, int Position, double Number = 0)
    {
        public bool Is(string keyword) => Kind == Kind.Word && string.Equals(Text, keyword, StringComparison.OrdinalIgnoreCase);

        public bool IsSymbol(string s) => Kind == Kind.Symbol && Text == s;

        /// <summary>The token as a message names it: quoted as written, or "the end of the filter" unquoted, so the API
        /// can translate the end without mistaking a quoted string for it.</summary>
        public string Found => Kind == Kind.End ? EndOfFilter : $"'{Text}'";
    }

    /// <summary>How a message names the end of the filter (the API translates this phrase).</summary>
    public const string EndOfFilter = "the end of the filter";

    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "AND", "OR", "NOT", "LIKE", "BETWEEN", "IN", "IS", "NULL", "TRUE", "FALSE",
    };

    private static readonly string[] GeometryKinds = ["POINT", "LINESTRING", "POLYGON", "MULTIPOINT", "MULTILINESTRING", "MULTIPOLYGON", "BBOX"];

    private static List<Token> Tokenize(string s)
    {
        var tokens = new List<Token>();
        int i = 0;
        while (i < s.Length)
        {
            char c = s[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            int start = i;
            if (char.IsLetter(c) || c == '_')
            {
                while (i < s.Length && (char.IsLetterOrDigit(s[i]) || s[i] is '_' or '.' or ':')) i++;
                tokens.Add(new Token(Kind.Word, s[start..i], start));
            }
            else if (c is '\'' or '"')
            {
                var sb = new StringBuilder();
                i++;
                while (true)
                {
                    if (i >= s.Length) throw new Cql2SyntaxException($"Unterminated {(c == '"' ? "quoted name" : "string")} starting at character {start + 1}.", start);
                    if (s[i] == c)
                    {
                        if (i + 1 < s.Length && s[i + 1] == c)
                        {
                            sb.Append(c);
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    sb.Append(s[i++]);
                }
                tokens.Add(new Token(c == '"' ? Kind.Quoted : Kind.String, sb.ToString(), start));
            }
            else if (char.IsAsciiDigit(c) || ((c is '-' or '+' or '.') && i + 1 < s.Length && (char.IsAsciiDigit(s[i + 1]) || s[i + 1] == '.')))
            {
                i++;
                while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == '.' || s[i] is 'e' or 'E'
                    || ((s[i] is '-' or '+') && s[i - 1] is 'e' or 'E'))) i++;
                var text = s[start..i];
                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v))
                {
                    throw new Cql2SyntaxException($"'{text}' at character {start + 1} is not a number.", start);
                }
                tokens.Add(new Token(Kind.Number, text, start, v));
            }
            else if (c is '<' or '>')
            {
                i++;
                if (i < s.Length && (s[i] == '=' || (c == '<' && s[i] == '>'))) i++;
                tokens.Add(new Token(Kind.Symbol, s[start..i], start));
            }
            else if (c is '=' or '(' or ')' or ',')
            {
                i++;
                tokens.Add(new Token(Kind.Symbol, c.ToString(), start));
            }
            else
            {
                throw new Cql2SyntaxException($"Unexpected character '{c}' at character {start + 1}.", start);
            }
        }
        tokens.Add(new Token(Kind.End, "", s.Length));
        return tokens;
    }

    private sealed class State(List<Token> tokens)
    {
        private int _at;
        private int _coordinates;

        public Token Peek => tokens[_at];

        private Token Next() => tokens[_at++];

        public Cql2SyntaxException Error(string what) =>
            new($"{what} at character {Peek.Position + 1}.", Peek.Position);

        private void Expect(string symbol)
        {
            if (!Peek.IsSymbol(symbol)) throw Error($"Expected '{symbol}' but found {Peek.Found}");
            _at++;
        }

        private bool Accept(string keyword)
        {
            if (!Peek.Is(keyword)) return false;
            _at++;
            return true;
        }

        public Cql2Expression Expression(int depth)
        {
            if (depth > MaxDepth) throw Error($"The filter nests deeper than {MaxDepth} levels");
            var left = Term(depth);
            while (Accept("OR")) left = new Cql2Or(left, Term(depth));
            return left;
        }

        private Cql2Expression Term(int depth)
        {
            var left = Factor(depth);
            while (Accept("AND")) left = new Cql2And(left, Factor(depth));
            return left;
        }

        private Cql2Expression Factor(int depth)
        {
            if (Accept("NOT"))
            {
                if (depth + 1 > MaxDepth) throw Error($"The filter nests deeper than {MaxDepth} levels");
                return new Cql2Not(Factor(depth + 1));
            }
            return Primary(depth);
        }

        private Cql2Expression Primary(int depth)
        {
            var t = Peek;
            if (t.IsSymbol("("))
            {
                _at++;
                var inner = Expression(depth + 1);
                Expect(")");
                return inner;
            }
            if (t.Is("TRUE") || t.Is("FALSE"))
            {
                _at++;
                return new Cql2BooleanConstant(t.Is("TRUE"));
            }
            if (t.Kind == Kind.Word && tokens[_at + 1].IsSymbol("("))
            {
                return Function();
            }
            if (IsPropertyToken(t)) return Predicate(Property());
            if (Literal() is { } lit)
            {
                // literal op property: turned around so the property is on the left.
                var op = ComparisonOperator() ?? throw Error($"Expected a comparison operator after the literal but found {Peek.Found}");
                if (!IsPropertyToken(Peek)) throw Error($"Expected a property name but found {Peek.Found}");
                return new Cql2Comparison(Property(), Mirror(op), lit);
            }
            throw Error($"Expected a predicate but found {t.Found}");
        }

        private static bool IsPropertyToken(Token t) => t.Kind == Kind.Quoted || (t.Kind == Kind.Word && !Reserved.Contains(t.Text));

        private string Property()
        {
            var t = Next();
            if (t.Kind == Kind.Quoted && t.Text.Length == 0) throw new Cql2SyntaxException($"Empty property name at character {t.Position + 1}.", t.Position);
            return t.Text;
        }

        private Cql2Expression Function()
        {
            var name = Next();
            if (!name.Is("S_INTERSECTS"))
            {
                throw new Cql2SyntaxException(
                    $"Function '{name.Text}' at character {name.Position + 1} is not supported; S_INTERSECTS is the only one.", name.Position);
            }
            Expect("(");
            string? property = null;
            Cql2Geometry? geometry = null;
            for (int arg = 0; arg < 2; arg++)
            {
                if (arg == 1) Expect(",");
                if (IsGeometryStart(Peek)) geometry = geometry is null ? Geometry() : throw Error("S_INTERSECTS compares a property with a geometry, not two geometries");
                else if (IsPropertyToken(Peek)) property = property is null ? Property() : throw Error("S_INTERSECTS compares a property with a geometry literal, not two properties");
                else throw Error($"Expected a property or a geometry (POINT, LINESTRING, POLYGON, MULTI…, BBOX) but found {Peek.Found}");
            }
            Expect(")");
            return new Cql2Intersects(property!, geometry!);
        }

        private bool IsGeometryStart(Token t) =>
            t.Kind == Kind.Word && GeometryKinds.Contains(t.Text, StringComparer.OrdinalIgnoreCase) && tokens[_at + 1].IsSymbol("(");

        private Cql2Expression Predicate(string property)
        {
            if (ComparisonOperator() is { } op)
            {
                var value = Literal() ?? throw Error($"Expected a literal (string, number, TRUE/FALSE) after the operator but found {Peek.Found}");
                return new Cql2Comparison(property, op, value);
            }
            if (Accept("IS"))
            {
                bool not = Accept("NOT");
                if (!Accept("NULL")) throw Error($"Expected NULL but found {Peek.Found}");
                return Negate(new Cql2IsNull(property), not);
            }
            bool negated = Accept("NOT");
            if (Accept("LIKE"))
            {
                if (Peek.Kind != Kind.String) throw Error($"LIKE needs a 'quoted' pattern but found {Peek.Found}");
                return Negate(new Cql2Like(property, Next().Text), negated);
            }
            if (Accept("BETWEEN"))
            {
                var low = Literal() ?? throw Error($"Expected a literal after BETWEEN but found {Peek.Found}");
                if (!Accept("AND")) throw Error($"Expected AND in BETWEEN but found {Peek.Found}");
                var high = Literal() ?? throw Error($"Expected a literal after AND but found {Peek.Found}");
                return Negate(new Cql2Between(property, low, high), negated);
            }
            if (Accept("IN"))
            {
                Expect("(");
                var list = new List<Cql2Literal>();
                do
                {
                    list.Add(Literal() ?? throw Error($"Expected a literal in the IN list but found {Peek.Found}"));
                    if (list.Count > 1000) throw Error("An IN list has more than 1000 values");
                }
                while (Peek.IsSymbol(",") && Next().Kind == Kind.Symbol);
                Expect(")");
                return Negate(new Cql2In(property, list), negated);
            }
            throw Error(negated
                ? $"Expected LIKE, BETWEEN or IN after NOT but found {Peek.Found}"
                : $"Expected a comparison (=, <>, <, <=, >, >=, LIKE, BETWEEN, IN, IS NULL) after '{property}' but found {Peek.Found}");
        }

        private static Cql2Expression Negate(Cql2Expression e, bool not) => not ? new Cql2Not(e) : e;

        private Cql2Operator? ComparisonOperator()
        {
            if (Peek.Kind != Kind.Symbol) return null;
            Cql2Operator? op = Peek.Text switch
            {
                "=" => Cql2Operator.Equal,
                "<>" => Cql2Operator.NotEqual,
                "<" => Cql2Operator.Less,
                "<=" => Cql2Operator.LessOrEqual,
                ">" => Cql2Operator.Greater,
                ">=" => Cql2Operator.GreaterOrEqual,
                _ => null,
            };
            if (op is not null) _at++;
            return op;
        }

        private static Cql2Operator Mirror(Cql2Operator op) => op switch
        {
            Cql2Operator.Less => Cql2Operator.Greater,
            Cql2Operator.LessOrEqual => Cql2Operator.GreaterOrEqual,
            Cql2Operator.Greater => Cql2Operator.Less,
            Cql2Operator.GreaterOrEqual => Cql2Operator.LessOrEqual,
            _ => op,
        };

        private Cql2Literal? Literal()
        {
            var t = Peek;
            Cql2Literal? lit = t.Kind switch
            {
                Kind.String => new Cql2String(t.Text),
                Kind.Number => new Cql2Number(t.Number),
                Kind.Word when t.Is("TRUE") || t.Is("FALSE") => new Cql2Boolean(t.Is("TRUE")),
                _ => null,
            };
            if (lit is not null) _at++;
            return lit;
        }

        // ---- geometry literals (WKT, 2D) ----

        private Cql2Geometry Geometry()
        {
            var kind = Next().Text.ToUpperInvariant();
            var wkt = new StringBuilder();
            // LINESTRING and POLYGON read their own parentheses; the others open one here.
            if (kind is "LINESTRING") return new Cql2Geometry(kind, "LINESTRING" + Positions(2, false));
            if (kind is "POLYGON") return new Cql2Geometry(kind, "POLYGON" + Rings());
            Expect("(");
            switch (kind)
            {
                case "BBOX":
                    {
                        var v = new double[4];
                        for (int i = 0; i < 4; i++)
                        {
                            if (i > 0) Expect(",");
                            v[i] = Number();
                        }
                        if (Peek.IsSymbol(",")) throw Error("Only 2D BBOX(minx, miny, maxx, maxy) is supported");
                        if (!(v[0] < v[2] && v[1] < v[3])) throw Error("BBOX needs minx < maxx and miny < maxy");
                        wkt.Append("POLYGON((").Append(Xy(v[0], v[1])).Append(',').Append(Xy(v[2], v[1])).Append(',')
                            .Append(Xy(v[2], v[3])).Append(',').Append(Xy(v[0], v[3])).Append(',').Append(Xy(v[0], v[1])).Append("))");
                        Expect(")");
                        return new Cql2Geometry(kind, wkt.ToString());
                    }
                case "POINT":
                    wkt.Append("POINT(").Append(Position()).Append(')');
                    break;
                case "MULTIPOINT":
                    wkt.Append("MULTIPOINT(");
                    do
                    {
                        // Both MULTIPOINT((1 2),(3 4)) and MULTIPOINT(1 2, 3 4) are WKT.
                        bool paren = Peek.IsSymbol("(");
                        if (paren) _at++;
                        wkt.Append('(').Append(Position()).Append(')');
                        if (paren) Expect(")");
                    }
                    while (Peek.IsSymbol(",") && Next().Kind == Kind.Symbol && wkt.Append(',') is not null);
                    wkt.Append(')');
                    break;
                case "MULTILINESTRING":
                    wkt.Append("MULTILINESTRING(");
                    do wkt.Append(Positions(2, false));
                    while (Peek.IsSymbol(",") && Next().Kind == Kind.Symbol && wkt.Append(',') is not null);
                    wkt.Append(')');
                    break;
                default: // MULTIPOLYGON
                    wkt.Append("MULTIPOLYGON(");
                    do wkt.Append(Rings());
                    while (Peek.IsSymbol(",") && Next().Kind == Kind.Symbol && wkt.Append(',') is not null);
                    wkt.Append(')');
                    break;
            }
            Expect(")");
            return new Cql2Geometry(kind, wkt.ToString());
        }

        /// <summary>"(" ring { "," ring } ")" where a ring is a closed list of at least four positions.</summary>
        private string Rings()
        {
            Expect("(");
            var sb = new StringBuilder("(");
            do sb.Append(Positions(4, true));
            while (Peek.IsSymbol(",") && Next().Kind == Kind.Symbol && sb.Append(',') is not null);
            Expect(")");
            return sb.Append(')').ToString();
        }

        /// <summary>"(" x y { "," x y } ")" with at least <paramref name="min"/> positions; a ring must end where it starts.</summary>
        private string Positions(int min, bool closed)
        {
            int at = Peek.Position;
            Expect("(");
            var list = new List<(double X, double Y)>();
            do list.Add(Pair());
            while (Peek.IsSymbol(",") && Next().Kind == Kind.Symbol);
            Expect(")");
            if (list.Count < min) throw new Cql2SyntaxException($"{(closed ? "A ring" : "A line")} at character {at + 1} needs at least {min} positions.", at);
            if (closed && list[0] != list[^1]) throw new Cql2SyntaxException($"The ring at character {at + 1} does not end where it starts.", at);
            return "(" + string.Join(",", list.Select(p => Xy(p.X, p.Y))) + ")";
        }

        private string Position()
        {
            var (x, y) = Pair();
            return Xy(x, y);
        }

        private (double, double) Pair()
        {
            if (++_coordinates > MaxCoordinates) throw Error($"The filter has more than {MaxCoordinates} coordinates");
            var x = Number();
            var y = Number();
            if (Peek.Kind == Kind.Number) throw Error("Only 2D coordinates are supported");
            return (x, y);
        }

        private double Number()
        {
            if (Peek.Kind != Kind.Number) throw Error($"Expected a number but found {Peek.Found}");
            return Next().Number;
        }

        private static string Xy(double x, double y) =>
            x.ToString("R", CultureInfo.InvariantCulture) + " " + y.ToString("R", CultureInfo.InvariantCulture);
    }
}
