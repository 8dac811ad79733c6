using System.Globalization;
using System.Text;
using Kortlaegning.Domain.Ogc;
using Npgsql;
using NpgsqlTypes;

namespace Kortlaegning.Api.Areas;

/// <summary>
/// CQL2 filters (OGC API – Features Part 3) as SQL: the parsed, checked tree becomes a WHERE fragment whose columns come
/// from <see cref="Queryables"/> (a whitelist) and whose every value is a parameter — a literal never becomes SQL text.
/// </summary>
public sealed partial class AreaStore
{
    /// <summary>What a filter may name on an area collection: JSON property name → column and type.</summary>
    public static readonly IReadOnlyDictionary<string, (string Column, Cql2Type Type)> Queryables = new Dictionary<string, (string, Cql2Type)>(StringComparer.Ordinal)
    {
        ["code"] = ("a.code", Cql2Type.String),
        ["name"] = ("a.name", Cql2Type.String),
        ["municipalityCode"] = ("a.municipality_code", Cql2Type.String),
        ["areaKm2"] = ("a.area_km2::float8", Cql2Type.Number),
        ["sourceYear"] = ("a.source_year::float8", Cql2Type.Number),
        ["source"] = ("a.source", Cql2Type.String),
        ["geometry"] = ("a.geom", Cql2Type.Geometry),
    };

    public static readonly IReadOnlyDictionary<string, Cql2Type> QueryableTypes = Queryables.ToDictionary(kv => kv.Key, kv => kv.Value.Type, StringComparer.Ordinal);

    /// <summary>
    /// The SQL of a checked filter over <paramref name="columns"/>; parameters are added to <paramref name="parameters"/>
    /// as <c>@cql0</c>, <c>@cql1</c>…. Geometry literals are in <paramref name="srid"/> (axes swapped first when
    /// <paramref name="latitudeFirst"/>), clipped to the region around Denmark before the transform to EPSG:25832 (PROJ
    /// fails or folds far outside UTM zone 32, as the tiles found) and made valid, so a bow-tie polygon is not a 500.
    /// </summary>
    internal static string CqlSql(Cql2Expression e, IReadOnlyDictionary<string, (string Column, Cql2Type Type)> columns,
        NpgsqlParameterCollection parameters, int srid, bool latitudeFirst)
    {
        var sql = new StringBuilder();
        Write(e);
        return sql.ToString();

        string Param(object value, NpgsqlDbType type)
        {
            var name = "cql" + parameters.Count.ToString(CultureInfo.InvariantCulture);
            parameters.Add(new NpgsqlParameter(name, type) { Value = value });
            return "@" + name;
        }

        string Value(Cql2Literal l) => l switch
        {
            Cql2String s => Param(s.Value, NpgsqlDbType.Text),
            Cql2Number n => Param(n.Value, NpgsqlDbType.Double),
            Cql2Boolean b => Param(b.Value, NpgsqlDbType.Boolean),
            _ => throw new ArgumentOutOfRangeException(nameof(l)),
        };

        void Write(Cql2Expression x)
        {
            switch (x)
            {
                case Cql2And a:
                    sql.Append('(');
                    Write(a.Left);
                    sql.Append(" AND ");
                    Write(a.Right);
                    sql.Append(')');
                    break;
                case Cql2Or o:
                    sql.Append('(');
                    Write(o.Left);
                    sql.Append(" OR ");
                    Write(o.Right);
                    sql.Append(')');
                    break;
                case Cql2Not n:
                    sql.Append("(NOT ");
                    Write(n.Operand);
                    sql.Append(')');
                    break;
                case Cql2BooleanConstant b:
                    sql.Append(b.Value ? "TRUE" : "FALSE");
                    break;
                case Cql2Comparison c:
                    var op = c.Operator switch
                    {
                        Cql2Operator.Equal => "=",
                        Cql2Operator.NotEqual => "<>",
                        Cql2Operator.Less => "<",
                        Cql2Operator.LessOrEqual => "<=",
                        Cql2Operator.Greater => ">",
                        _ => ">=",
                    };
                    sql.Append('(').Append(columns[c.Property].Column).Append(' ').Append(op).Append(' ').Append(Value(c.Value)).Append(')');
                    break;
                case Cql2Like l:
                    // CQL2 and PostgreSQL share %, _ and the backslash escape.
                    sql.Append('(').Append(columns[l.Property].Column).Append(" LIKE ").Append(Param(l.Pattern, NpgsqlDbType.Text)).Append(')');
                    break;
                case Cql2Between b:
                    sql.Append('(').Append(columns[b.Property].Column).Append(" BETWEEN ").Append(Value(b.Low)).Append(" AND ").Append(Value(b.High)).Append(')');
                    break;
                case Cql2In i:
                    var column = columns[i.Property];
                    sql.Append('(').Append(column.Column).Append(" = ANY(").Append(column.Type == Cql2Type.Number
                        ? Param(i.Values.Cast<Cql2Number>().Select(v => v.Value).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Double)
                        : Param(i.Values.Cast<Cql2String>().Select(v => v.Value).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text)).Append("))");
                    break;
                case Cql2IsNull n:
                    sql.Append('(').Append(columns[n.Property].Column).Append(" IS NULL)");
                    break;
                case Cql2Intersects s:
                    var g = $"ST_GeomFromText({Param(s.Geometry.Wkt, NpgsqlDbType.Text)}, {Param(srid, NpgsqlDbType.Integer)})";
                    if (latitudeFirst) g = $"ST_FlipCoordinates({g})";
                    sql.Append("ST_Intersects(").Append(columns[s.Property].Column).Append(", ST_Transform(ST_Intersection(ST_MakeValid(").Append(g)
                        .Append("), ST_Transform(ST_MakeEnvelope(0, 50, 25, 65, 4326), ").Append(Param(srid, NpgsqlDbType.Integer)).Append(")), 25832))");
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(e), x.GetType().Name);
            }
        }
    }
}
