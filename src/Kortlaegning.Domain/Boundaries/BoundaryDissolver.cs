using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.Operation.Union;

namespace Kortlaegning.Domain.Boundaries;

/// <summary>
/// Turns raw boundary features into one valid MultiPolygon per code: the DAGI quirks in one place.
/// <list type="bullet">
/// <item>Several features may share a code (2,468 parish polygons carry 2,148 codes): they are dissolved.</item>
/// <item>Generalisation leaves self-intersecting rings (61 parishes): <see cref="GeometryFixer"/> repairs them and
/// only the polygonal parts are kept, since a fix can leave slivers as lines or points.</item>
/// <item>Codes are normalised per level (<see cref="AreaCodes"/>), so "461" and "0461" are the same area.</item>
/// </list>
/// Features without a usable code or polygonal geometry are rejected with a reason; they never stop the others
/// from being prepared — whether a partial file may be written is the importer's decision.
/// </summary>
public static class BoundaryDissolver
{
    public static DissolveResult Dissolve(IReadOnlyList<BoundaryFeature> features, AreaLevel level, string codeField, string? nameField)
    {
        var rejected = new List<RejectedFeature>();
        var byCode = new Dictionary<string, List<(Polygon[] Parts, string? Name, double Area)>>();
        int repaired = 0;
        foreach (var f in features)
        {
            string? rawCode = f.Properties.TryGetValue(codeField, out var c) ? JsonProperties.Text(c) : null;
            if (rawCode is null)
            {
                rejected.Add(new RejectedFeature(f.Index, null, codeField, $"no '{codeField}' property"));
                continue;
            }
            var code = AreaCodes.Normalise(level, rawCode);
            if (code is null)
            {
                rejected.Add(new RejectedFeature(f.Index, rawCode, codeField, $"'{rawCode}' is not {AreaCodes.Describe(level)}"));
                continue;
            }
            if (f.Geometry is null || f.Geometry.IsEmpty)
            {
                rejected.Add(new RejectedFeature(f.Index, code, RejectedFeature.GeometryField, "no geometry"));
                continue;
            }
            var geometry = f.Geometry;
            if (!geometry.IsValid)
            {
                geometry = GeometryFixer.Fix(geometry);
                repaired++;
            }
            var parts = PolygonExtracter.GetPolygons(geometry).Cast<Polygon>().Where(p => !p.IsEmpty && p.Area > 0).ToArray();
            if (parts.Length == 0)
            {
                rejected.Add(new RejectedFeature(f.Index, code, RejectedFeature.GeometryField, $"geometry has no polygonal part ({f.Geometry.GeometryType})"));
                continue;
            }
            string? name = nameField is not null && f.Properties.TryGetValue(nameField, out var n) ? JsonProperties.Text(n)?.Trim() : null;
            if (!byCode.TryGetValue(code, out var list)) byCode[code] = list = [];
            list.Add((parts, string.IsNullOrEmpty(name) ? null : name, parts.Sum(p => p.Area)));
        }

        var areas = new List<PreparedArea>(byCode.Count);
        int dissolved = 0;
        foreach (var (code, pieces) in byCode.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var factory = pieces[0].Parts[0].Factory;
            Geometry merged = pieces.Count == 1 && pieces[0].Parts.Length == 1
                ? pieces[0].Parts[0]
                : UnaryUnionOp.Union(pieces.SelectMany(p => p.Parts).ToArray());
            if (pieces.Count > 1) dissolved++;
            var polygons = PolygonExtracter.GetPolygons(merged).Cast<Polygon>().ToArray();
            // The name of the largest piece wins when pieces disagree (DAGI 2014 has 9179 under two names).
            var name = pieces.OrderByDescending(p => p.Area).Select(p => p.Name).FirstOrDefault(n => n is not null) ?? code;
            areas.Add(new PreparedArea(code, name, factory.CreateMultiPolygon(polygons), pieces.Count));
        }
        return new DissolveResult(areas, features.Count, dissolved, repaired, rejected);
    }
}

/// <summary>One area ready to store: normalised code, name, valid MultiPolygon in the source CRS, how many features made it.</summary>
public sealed record PreparedArea(string Code, string Name, MultiPolygon Geometry, int FeatureCount);

/// <summary>
/// A feature that could not become (part of) an area, and why. <c>Index</c> is 0-based in the file; <c>Field</c> is
/// the property at fault (the code field) or <see cref="GeometryField"/>.
/// </summary>
public sealed record RejectedFeature(int Index, string? Code, string Field, string Reason)
{
    public const string GeometryField = "geometry";
}

/// <summary>What <see cref="BoundaryDissolver"/> made of a file, for the importer's summary.</summary>
public sealed record DissolveResult(
    IReadOnlyList<PreparedArea> Areas,
    int FeaturesRead,
    int Dissolved,
    int Repaired,
    IReadOnlyList<RejectedFeature> Rejected);
