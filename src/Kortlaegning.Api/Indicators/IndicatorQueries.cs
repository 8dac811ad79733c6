namespace Kortlaegning.Api.Indicators;

/// <summary>Indicator SQL. Values are read only from <c>indicator_values_public</c> (disclosure control applied).</summary>
internal static class IndicatorQueries
{
    /// <summary>Catalogue with the levels and periods that have values.</summary>
    public const string Catalogue = """
        SELECT i.code, i.name_da, i.name_en, i.unit, i.polarity, i.decimals, i.definition, i.source, i.count_based, i.illustrative,
               COALESCE(array_agg(DISTINCT a.level) FILTER (WHERE a.level IS NOT NULL), ARRAY[]::text[]),
               COALESCE(array_agg(DISTINCT v.period) FILTER (WHERE v.period IS NOT NULL), ARRAY[]::text[])
          FROM indicators i
          LEFT JOIN indicator_values v ON v.indicator_code = i.code
          LEFT JOIN areas a ON a.id = v.area_id
         WHERE (@code::text IS NULL OR i.code = @code)
         GROUP BY i.code
         ORDER BY i.code
        """;

    /// <summary>The latest period with values at a level. Params: code, level.</summary>
    public const string LatestPeriod = """
        SELECT max(v.period) FROM indicator_values v JOIN areas a ON a.id = v.area_id
         WHERE v.indicator_code = @code AND a.level = @level
        """;

    /// <summary>Values for one indicator, level and period (optionally one municipality's areas). Params: code, level, period, municipality, simplify, geometry.</summary>
    public const string Values = """
        SELECT a.level, a.code, a.name, a.municipality_code, v.value, v.numerator, v.denominator, v.ci_low, v.ci_high, v.note, v.source,
               CASE WHEN @geometry THEN ST_AsGeoJSON(ST_Transform(CASE WHEN @simplify > 0 THEN ST_Simplify(a.geom, @simplify, true) ELSE a.geom END, 4326), 6) END
          FROM indicator_values_public v JOIN areas a ON a.id = v.area_id
         WHERE v.indicator_code = @code AND a.level = @level AND v.period = @period
           AND (@municipality::text IS NULL OR a.municipality_code = @municipality)
         ORDER BY a.code
        """;

    /// <summary>
    /// Every value of every indicator for an area, its municipality and Denmark, all periods: the profile's raw material.
    /// Params: level, code.
    /// </summary>
    public const string Profile = """
        WITH target AS (SELECT id, level, code, name, municipality_code FROM areas WHERE level = @level AND code = @code),
             scope AS (
               SELECT 'area' AS role, t.id FROM target t
               UNION ALL SELECT 'municipality', m.id FROM target t JOIN areas m ON m.level = 'municipality' AND m.code = t.municipality_code WHERE t.level <> 'municipality'
               UNION ALL SELECT 'denmark', d.id FROM areas d WHERE d.level = 'country' AND d.code = 'DK' AND @level <> 'country')
        SELECT s.role, v.indicator_code, v.period, v.value, v.numerator, v.denominator, v.ci_low, v.ci_high, v.note, v.source
          FROM scope s JOIN indicator_values_public v ON v.area_id = s.id
         ORDER BY v.indicator_code, v.period
        """;

    public const string AreaHeader = "SELECT level, code, name, municipality_code FROM areas WHERE level = @level AND code = @code";
}
