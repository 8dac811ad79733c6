using Kortlaegning.Domain.Boundaries;
using Npgsql;

namespace Kortlaegning.Api.Areas;

/// <summary>
/// Parent links between levels, computed by PostGIS from overlap: a parish belongs to the municipality that holds
/// the largest share of its area (DAGI 2014's generalised lines make ~30 parishes straddle a border by ≥ 1 %,
/// so the fraction is kept, not just the winner). Links under 1 % are dropped as generalisation noise.
/// </summary>
public static class ParentLinks
{
    /// <summary>Which levels each level links up to. The first is the one a child "belongs to".</summary>
    public static readonly IReadOnlyDictionary<AreaLevel, AreaLevel[]> ParentsOf = new Dictionary<AreaLevel, AreaLevel[]>
    {
        [AreaLevel.Country] = [],
        [AreaLevel.Region] = [],
        [AreaLevel.Municipality] = [AreaLevel.Region],
        [AreaLevel.Parish] = [AreaLevel.Municipality],
        [AreaLevel.Postcode] = [AreaLevel.Municipality],
        [AreaLevel.HousingDepartment] = [AreaLevel.Parish, AreaLevel.Municipality],
        [AreaLevel.LocalCommunity] = [AreaLevel.Parish, AreaLevel.Municipality],
        [AreaLevel.Custom] = [AreaLevel.Municipality],
    };

    private const string Rebuild = """
        DELETE FROM area_parents ap USING areas c
         WHERE ap.child_id = c.id AND c.level = @child AND ap.parent_level = @parent;
        INSERT INTO area_parents (child_id, parent_id, parent_level, overlap_fraction, is_primary)
        SELECT child_id, parent_id, @parent, frac, rn = 1
          FROM (SELECT child_id, parent_id, frac,
                       row_number() OVER (PARTITION BY child_id ORDER BY frac DESC, parent_id) AS rn
                  FROM (SELECT c.id AS child_id, p.id AS parent_id,
                               CASE WHEN ST_CoveredBy(c.geom, p.geom) THEN 1.0
                                    ELSE ST_Area(ST_Intersection(c.geom, p.geom)) / NULLIF(ST_Area(c.geom), 0) END AS frac
                          FROM areas c
                          JOIN areas p ON p.level = @parent AND ST_Intersects(c.geom, p.geom)
                         WHERE c.level = @child) overlap) ranked
         WHERE frac >= 0.01 OR rn = 1;
        """;

    private const string SetMunicipality = """
        UPDATE areas c
           SET municipality_code = CASE WHEN c.level = 'municipality' THEN c.code ELSE
               (SELECT p.code FROM area_parents ap JOIN areas p ON p.id = ap.parent_id
                 WHERE ap.child_id = c.id AND ap.parent_level = 'municipality' AND ap.is_primary) END
         WHERE c.level = @child;
        """;

    /// <summary>Recomputes links from <paramref name="level"/> up, and from every level whose parent it is. Returns links written.</summary>
    public static async Task<int> RebuildAroundAsync(NpgsqlConnection conn, NpgsqlTransaction tx, AreaLevel level, CancellationToken ct)
    {
        int links = 0;
        var pairs = ParentsOf[level].Select(p => (Child: level, Parent: p))
            .Concat(ParentsOf.Where(kv => kv.Value.Contains(level)).Select(kv => (Child: kv.Key, Parent: level)));
        foreach (var (child, parent) in pairs)
        {
            await using var cmd = new NpgsqlCommand(Rebuild, conn, tx);
            cmd.Parameters.AddWithValue("child", child.Name());
            cmd.Parameters.AddWithValue("parent", parent.Name());
            links += await cmd.ExecuteNonQueryAsync(ct);
        }
        foreach (var child in pairs.Select(p => p.Child).Distinct())
        {
            await using var cmd = new NpgsqlCommand(SetMunicipality, conn, tx);
            cmd.Parameters.AddWithValue("child", child.Name());
            await cmd.ExecuteNonQueryAsync(ct);
        }
        if (level == AreaLevel.Municipality)
        {
            await using var self = new NpgsqlCommand(SetMunicipality, conn, tx);
            self.Parameters.AddWithValue("child", level.Name());
            await self.ExecuteNonQueryAsync(ct);
        }
        return links;
    }
}
