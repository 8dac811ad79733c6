using Kortlaegning.Domain.Boundaries;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.Operation.Union;

namespace Kortlaegning.Domain.OwnAreas;

/// <summary>One own area ready to store: rows are the 1-based feature numbers it came from; geometry a MultiPolygon or a Point (a department known by its address only).</summary>
public sealed record OwnArea(IReadOnlyList<int> Rows, string Code, string Name, Geometry Geometry, OwnAreaAttributes Attributes, string? Municipality)
{
    public bool IsPoint => Geometry is Point;
}

/// <summary>A problem with one feature: its 1-based number, the field (a file field, or "geometry") and why.</summary>
public sealed record RowProblem(int Row, string Field, string Message);

/// <summary>What <see cref="OwnAreaPreparer"/> made of a layer.</summary>
public sealed record OwnAreaPreparation(IReadOnlyList<OwnArea> Areas, IReadOnlyList<RowProblem> Problems, IReadOnlyList<RowProblem> Repairs, AttributeMapping Mapping);

/// <summary>
/// Turns the features of an own-area file into areas, reporting every problem by row rather than stopping at the first:
/// a code that is missing or malformed, two rows with one code (both named, unless <c>dissolve</c> merges them into one
/// area), no geometry, a line where a polygon or point belongs, a bad attribute value. Invalid polygons are repaired by
/// <see cref="GeometryFixer"/> and reported as repairs. Whether anything may be written is the caller's decision.
/// </summary>
public static class OwnAreaPreparer
{
    public const string GeometryField = "geometry";

    public static OwnAreaPreparation Prepare(BoundaryLayer layer, AreaLevel level, string codeField, string? nameField, AttributeMapping mapping, bool dissolve)
    {
        var problems = new List<RowProblem>();
        var repairs = new List<RowProblem>();
        var byCode = new Dictionary<string, List<(int Row, string Name, Geometry Geometry, OwnAreaAttributes Attributes, string? Municipality)>>(StringComparer.Ordinal);
        // Every row with a usable code, bad or not, so a repeated code is reported even when one of its rows has other problems.
        var rowsByCode = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var f in layer.Features)
        {
            int row = f.Index + 1;
            var raw = f.Properties.TryGetValue(codeField, out var c) ? JsonProperties.Text(c)?.Trim() : null;
            var code = AreaCodes.Normalise(level, raw);
            if (code is null)
            {
                problems.Add(new RowProblem(row, codeField, raw is null or "" ? $"no '{codeField}' value" : $"'{raw}' is not {AreaCodes.Describe(level)}"));
            }
            if (code is not null)
            {
                if (!rowsByCode.TryGetValue(code, out var rows)) rowsByCode[code] = rows = [];
                rows.Add(row);
            }
            var geometry = Geometry(f, row, problems, repairs);
            var errors = new List<(string Field, string Message)>();
            var (attributes, municipality) = mapping.Read(f.Properties, errors);
            problems.AddRange(errors.Select(e => new RowProblem(row, e.Field, e.Message)));
            if (code is null || geometry is null || errors.Count > 0) continue;
            var name = nameField is not null && f.Properties.TryGetValue(nameField, out var n) && JsonProperties.Text(n)?.Trim() is { Length: > 0 } t ? t : code;
            if (!byCode.TryGetValue(code, out var list)) byCode[code] = list = [];
            list.Add((row, name, geometry, attributes, municipality));
        }

        var refused = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (code, rows) in rowsByCode.Where(kv => kv.Value.Count > 1))
        {
            bool points = byCode.TryGetValue(code, out var ps) && ps.Any(p => p.Geometry is Point);
            if (dissolve && !points) continue;
            refused.Add(code);
            foreach (var later in rows.Skip(1))
            {
                problems.Add(new RowProblem(later, codeField, $"code '{code}' is on rows {rows[0]} and {later}: codes must be unique" +
                    (dissolve ? " (points cannot be dissolved)" : " (pass dissolve=true if they are parts of one area)")));
            }
        }

        var areas = new List<OwnArea>(byCode.Count);
        foreach (var (code, pieces) in byCode)
        {
            if (refused.Contains(code)) continue;
            var first = pieces[0];
            var geometry = pieces.Count == 1 ? first.Geometry : Merge(pieces.Select(p => p.Geometry));
            areas.Add(new OwnArea(pieces.Select(p => p.Row).ToList(), code, first.Name, geometry, first.Attributes, first.Municipality));
        }
        problems.Sort((a, b) => a.Row != b.Row ? a.Row.CompareTo(b.Row) : string.CompareOrdinal(a.Field, b.Field));
        return new OwnAreaPreparation(areas, problems, repairs, mapping);
    }

    private static Geometry? Geometry(BoundaryFeature f, int row, List<RowProblem> problems, List<RowProblem> repairs)
    {
        var g = f.Geometry;
        if (g is null || g.IsEmpty)
        {
            problems.Add(new RowProblem(row, GeometryField, "no geometry"));
            return null;
        }
        if (g is Point) return g;
        if (g is MultiPoint { NumGeometries: 1 } mp) return mp.GetGeometryN(0);
        if (g is not (Polygon or MultiPolygon or GeometryCollection))
        {
            problems.Add(new RowProblem(row, GeometryField, $"a {g.GeometryType} is neither a polygon nor a point"));
            return null;
        }
        if (!g.IsValid)
        {
            var reason = new NetTopologySuite.Operation.Valid.IsValidOp(g).ValidationError?.Message ?? "invalid";
            g = GeometryFixer.Fix(g);
            repairs.Add(new RowProblem(row, GeometryField, $"repaired: {reason}"));
        }
        var parts = PolygonExtracter.GetPolygons(g).Cast<Polygon>().Where(p => !p.IsEmpty && p.Area > 0).ToArray();
        if (parts.Length == 0)
        {
            problems.Add(new RowProblem(row, GeometryField, $"geometry has no polygonal part ({f.Geometry!.GeometryType})"));
            return null;
        }
        var multi = g.Factory.CreateMultiPolygon(parts);
        multi.SRID = f.Geometry!.SRID;
        return multi;
    }

    private static MultiPolygon Merge(IEnumerable<Geometry> parts)
    {
        var list = parts.ToList();
        var merged = UnaryUnionOp.Union(list);
        var multi = merged.Factory.CreateMultiPolygon(PolygonExtracter.GetPolygons(merged).Cast<Polygon>().ToArray());
        multi.SRID = list[0].SRID;
        return multi;
    }
}
