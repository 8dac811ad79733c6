using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Api.Infrastructure.Data;
using NetTopologySuite.Geometries;

namespace Kortlaegning.Api.Areas;

/// <summary>An area defined as the union of stored areas (a local community of parishes, a custom area of departments).</summary>
public sealed partial class AreaStore
{
    /// <summary>
    /// Which members exist, and the union of those that do, in EPSG:25832 as stored. ST_Union dissolves the shared
    /// borders; ST_MakeValid + ST_CollectionExtract keep only the polygonal part (two parishes touching at a corner
    /// give a point or line in the union's collection otherwise). A draft of another municipality is no member (it does
    /// not exist for the caller). Params: levels, codes (parallel arrays), the draft parameters.
    /// </summary>
    private static readonly string UnionSql = $"""
        WITH m AS (SELECT * FROM unnest(@levels::text[], @codes::text[]) WITH ORDINALITY AS m(level, code, n)),
             found AS (SELECT m.n, a.geom FROM m JOIN areas a ON a.level = m.level AND a.code = m.code AND {Visible})
        SELECT (SELECT COALESCE(array_agg(m.n::int ORDER BY m.n), ARRAY[]::int[]) FROM m WHERE m.n NOT IN (SELECT n FROM found)) AS missing,
               (SELECT ST_Multi(ST_CollectionExtract(ST_MakeValid(ST_Union(geom)), 3)) FROM found) AS geom
        """;

    /// <summary>The 0-based positions of the members that do not exist, and the union of the others (null when none exists).</summary>
    public async Task<(IReadOnlyList<int> Missing, Geometry? Union)> UnionAsync(IReadOnlyList<(string Level, string Code)> members, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(UnionSql);
        cmd.Parameters.AddWithValue("levels", members.Select(m => m.Level).ToArray());
        cmd.Parameters.AddWithValue("codes", members.Select(m => m.Code).ToArray());
        cmd.Parameters.AddDraftParameters(user);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        await r.ReadAsync(ct);
        return (r.Get<int[]>("missing").Select(n => n - 1).ToList(), r.Get<Geometry?>("geom"));
    }
}
