using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Api.Infrastructure.Data;
using Npgsql;
using NpgsqlTypes;

namespace Kortlaegning.Api.Indicators;

/// <summary>
/// The indicator feature's SQL: the catalogue, values, profiles and polygon estimates (this file and
/// <c>IndicatorStore.Estimates.cs</c>), and the writes with aggregation and disclosure control
/// (<c>IndicatorStore.Writes.cs</c>). Values are read only from <c>indicator_values_public</c> (disclosure control applied).
/// </summary>
public sealed partial class IndicatorStore(NpgsqlDataSource db, Accounts.ICurrentUser user)
{
    /// <summary>Catalogue with the levels and periods that have values.</summary>
    private const string CatalogueSql = """
        SELECT i.code, i.name_da, i.name_en, i.unit, i.polarity, i.decimals, i.definition, i.source, i.count_based, i.illustrative,
               i.owner_municipality, i.source_name, i.source_licence, i.version, i.state,
               COALESCE(array_agg(DISTINCT a.level) FILTER (WHERE a.level IS NOT NULL), ARRAY[]::text[]) AS levels,
               COALESCE(array_agg(DISTINCT v.period) FILTER (WHERE v.period IS NOT NULL), ARRAY[]::text[]) AS periods
          FROM indicators i
          LEFT JOIN indicator_values v ON v.indicator_code = i.code
          LEFT JOIN areas a ON a.id = v.area_id
         GROUP BY i.code
         ORDER BY i.code
        """;

    /// <summary>The latest period with values at a level. Params: code, level.</summary>
    private const string LatestPeriodSql = """
        SELECT max(v.period) AS period FROM indicator_values v JOIN areas a ON a.id = v.area_id
         WHERE v.indicator_code = @code AND a.level = @level
        """;

    /// <summary>Values for one indicator, level and period (optionally one municipality's areas). Params: code, level, period, municipality, simplify, geometry, everyArea (downloads list areas without a value, empty).</summary>
    private static readonly string ValuesSql = $"""
        SELECT a.level, a.code, a.name, a.municipality_code, v.value, v.numerator, v.denominator, v.ci_low, v.ci_high, v.note,
               CASE WHEN @geometry THEN ST_AsGeoJSON(ST_ForcePolygonCCW(ST_Transform(CASE WHEN @simplify > 0 THEN ST_Simplify(a.geom, @simplify, true) ELSE a.geom END, 4326)), 6) END AS geometry
          FROM areas a LEFT JOIN indicator_values_public v ON v.area_id = a.id AND v.indicator_code = @code AND v.period = @period
         WHERE a.level = @level
           AND {Publication.VisibleSql("a", "municipality_code")}
           AND (@municipality::text IS NULL OR a.municipality_code = @municipality)
           AND (@everyArea OR v.area_id IS NOT NULL)
         ORDER BY a.code
        """;

    /// <summary>
    /// Every value of every indicator for an area, its primary parish (own levels only), its municipality and Denmark, all
    /// periods: the profile's raw material.
    /// Params: level, code.
    /// </summary>
    private const string ProfileSql = """
        WITH target AS (SELECT id, level, code, name, municipality_code FROM areas WHERE level = @level AND code = @code),
             scope AS (
               SELECT 'area' AS role, t.id FROM target t
               UNION ALL SELECT 'parish', ap.parent_id FROM target t JOIN area_parents ap ON ap.child_id = t.id AND ap.is_primary AND ap.parent_level = 'parish'
                WHERE t.level IN ('housing_department', 'local_community', 'custom')
               UNION ALL SELECT 'municipality', m.id FROM target t JOIN areas m ON m.level = 'municipality' AND m.code = t.municipality_code WHERE t.level <> 'municipality'
               UNION ALL SELECT 'denmark', d.id FROM areas d WHERE d.level = 'country' AND d.code = 'DK' AND @level <> 'country')
        SELECT s.role, v.indicator_code, v.period, v.value, v.numerator, v.denominator, v.ci_low, v.ci_high, v.note
          FROM scope s JOIN indicator_values_public v ON v.area_id = s.id
         ORDER BY v.indicator_code, v.period
        """;

    /// <summary>The area of a profile: published, or an own draft the caller may read (else the profile is a 404).</summary>
    private static readonly string AreaHeaderSql =
        $"SELECT a.level, a.code, a.name, a.municipality_code FROM areas a WHERE a.level = @level AND a.code = @code AND {Publication.VisibleSql("a", "municipality_code")}";

    /// <summary>The primary parish of an own area (housing department, local community, custom). Params: level, code.</summary>
    private const string PrimaryParishSql = """
        SELECT p.level, p.code, p.name, p.municipality_code
          FROM areas a JOIN area_parents ap ON ap.child_id = a.id AND ap.is_primary AND ap.parent_level = 'parish' JOIN areas p ON p.id = ap.parent_id
         WHERE a.level = @level AND a.code = @code
        """;

    private const string UnitsSql = "SELECT code, unit, owner_municipality FROM indicators";

    private const string AreaKeysSql = "SELECT level, code, municipality_code FROM areas";

    /// <summary>An indicator definition with the levels and periods that hold values, as stored.</summary>
    public sealed record CatalogueRow(
        string Code, string NameDa, string NameEn, string Unit, string Polarity, int Decimals, string Definition, string Source,
        bool CountBased, bool Illustrative, string[] Levels, string[] Periods,
        string? OwnerMunicipality = null, string? SourceName = null, string? SourceLicence = null, int Version = 1,
        string State = Publication.Published);

    /// <summary>One row of the profile's raw material: whose value (area, municipality, denmark) for which indicator and period.</summary>
    public sealed record ProfileRow(string Role, string Indicator, string Period, double? Value, double? Numerator, double? Denominator, double? CiLow, double? CiHigh, string? Note);

    public async Task<IReadOnlyList<CatalogueRow>> CatalogueAsync(CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(CatalogueSql);
        var list = new List<CatalogueRow>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            list.Add(new CatalogueRow(r.Get<string>("code"), r.Get<string>("name_da"), r.Get<string>("name_en"), r.Get<string>("unit"), r.Get<string>("polarity"),
                r.Get<int>("decimals"), r.Get<string>("definition"), r.Get<string>("source"), r.Get<bool>("count_based"), r.Get<bool>("illustrative"),
                r.Get<string[]>("levels"), r.Get<string[]>("periods"), r.Get<string?>("owner_municipality"), r.Get<string?>("source_name"),
                r.Get<string?>("source_licence"), r.Get<int>("version"), r.Get<string>("state")));
        }
        return list;
    }

    public async Task<string?> LatestPeriodAsync(string code, string level, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(LatestPeriodSql);
        cmd.Parameters.AddWithValue("code", code);
        cmd.Parameters.AddWithValue("level", level);
        return await cmd.ExecuteScalarAsync(ct) as string;
    }

    /// <summary>Values of one indicator at one level and period, with each area's GeoJSON geometry when <paramref name="geometry"/>.</summary>
    public async Task<IReadOnlyList<(AreaValue Value, string? Geometry)>> ValuesAsync(
        string code, string level, string period, string? municipality, double simplify, bool geometry, CancellationToken ct, bool everyArea = false)
    {
        await using var cmd = db.CreateCommand(ValuesSql);
        cmd.Parameters.AddWithValue("everyArea", everyArea);
        cmd.Parameters.AddWithValue("code", code);
        cmd.Parameters.AddWithValue("level", level);
        cmd.Parameters.AddWithValue("period", period);
        cmd.Parameters.Add(new NpgsqlParameter("municipality", NpgsqlDbType.Text) { Value = (object?)municipality ?? DBNull.Value });
        cmd.Parameters.AddWithValue("simplify", simplify);
        cmd.Parameters.AddWithValue("geometry", geometry);
        cmd.Parameters.AddDraftParameters(user);
        var list = new List<(AreaValue, string?)>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            list.Add((new AreaValue(r.Get<string>("level"), r.Get<string>("code"), r.Get<string>("name"), r.Get<string?>("municipality_code"),
                r.Get<double?>("value"), r.Get<double?>("numerator"), r.Get<double?>("denominator"), r.Get<double?>("ci_low"), r.Get<double?>("ci_high"),
                r.Get<string?>("note")), r.Get<string?>("geometry")));
        }
        return list;
    }

    public async Task<AreaRefDto?> AreaAsync(string level, string code, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(AreaHeaderSql);
        cmd.Parameters.AddWithValue("level", level);
        cmd.Parameters.AddWithValue("code", code);
        cmd.Parameters.AddDraftParameters(user);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        return await r.ReadAsync(ct)
            ? new AreaRefDto(r.Get<string>("level"), r.Get<string>("code"), r.Get<string>("name"), r.Get<string?>("municipality_code"))
            : null;
    }

    public async Task<AreaRefDto?> PrimaryParishAsync(string level, string code, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(PrimaryParishSql);
        cmd.Parameters.AddWithValue("level", level);
        cmd.Parameters.AddWithValue("code", code);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        return await r.ReadAsync(ct)
            ? new AreaRefDto(r.Get<string>("level"), r.Get<string>("code"), r.Get<string>("name"), r.Get<string?>("municipality_code"))
            : null;
    }

    public async Task<IReadOnlyList<ProfileRow>> ProfileRowsAsync(string level, string code, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(ProfileSql);
        cmd.Parameters.AddWithValue("level", level);
        cmd.Parameters.AddWithValue("code", code);
        var rows = new List<ProfileRow>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            rows.Add(new ProfileRow(r.Get<string>("role"), r.Get<string>("indicator_code"), r.Get<string>("period"), r.Get<double?>("value"),
                r.Get<double?>("numerator"), r.Get<double?>("denominator"), r.Get<double?>("ci_low"), r.Get<double?>("ci_high"), r.Get<string?>("note")));
        }
        return rows;
    }

    /// <summary>An indicator as an upload is checked against: its unit, and its owner (null = national).</summary>
    public sealed record UploadTarget(string Unit, string? OwnerMunicipality);

    /// <summary>Every indicator's unit and owner by code, for validating and authorising an upload.</summary>
    public async Task<IReadOnlyDictionary<string, UploadTarget>> UploadTargetsAsync(CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(UnitsSql);
        var targets = new Dictionary<string, UploadTarget>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) targets[r.Get<string>("code")] = new UploadTarget(r.Get<string>("unit"), r.Get<string?>("owner_municipality"));
        return targets;
    }

    /// <summary>The municipality (kommunekode, null for Denmark and regions) of every loaded area by (level, code), for validating an upload.</summary>
    public async Task<IReadOnlyDictionary<(string Level, string Code), string?>> AreaMunicipalitiesAsync(CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(AreaKeysSql);
        var areas = new Dictionary<(string, string), string?>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) areas[(r.Get<string>("level"), r.Get<string>("code"))] = r.Get<string?>("municipality_code");
        return areas;
    }
}
