using Kortlaegning.Api.Accounts;
using Kortlaegning.Api.Audit;
using Kortlaegning.Api.Data;
using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Api.Infrastructure.Data;
using Kortlaegning.Domain.Ranking;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Kortlaegning.Api.Rankings;

/// <summary>
/// The rankings feature's storage: the areas and published values a ranking is computed from, area geometry for the
/// GeoJSON result, and the saved presets (EF). Values come only from <c>indicator_values_public</c>. A preset is a
/// shared weighting that holds no municipality's data: any planner may save one (the endpoint policy); it is audited.
/// </summary>
public sealed class RankingStore(NpgsqlDataSource db, IDbContextFactory<KortlaegningDb> dbs, AuditLog audit, ICurrentUser user)
{
    /// <summary>The areas a ranking may cover: published ones and the own drafts the caller may read.</summary>
    private static readonly string AreasInScopeSql = $"""
        SELECT a.code, a.name, a.municipality_code FROM areas a
         WHERE a.level = @level
           AND {Publication.VisibleSql("a", "municipality_code")}
           AND (@municipalities::text[] IS NULL OR a.municipality_code = ANY(@municipalities))
           AND (@codes::text[] IS NULL OR a.code = ANY(@codes))
         ORDER BY a.code
        """;

    /// <summary>Every published value of the indicators at the level, all periods (the areas in scope are picked later).</summary>
    private const string ValuesAtLevelSql = """
        SELECT a.code AS area_code, v.indicator_code, v.period, v.value, v.note
          FROM indicator_values_public v JOIN areas a ON a.id = v.area_id
         WHERE a.level = @level AND v.indicator_code = ANY(@codes)
        """;

    private const string GeometriesSql =
        "SELECT code, ST_AsGeoJSON(ST_ForcePolygonCCW(ST_Transform(ST_Simplify(geom, 50, true), 4326)), 6) AS geometry FROM areas WHERE level = @level AND code = ANY(@codes)";

    /// <summary>An area a ranking may cover.</summary>
    public sealed record ScopedArea(string Code, string Name, string? MunicipalityCode);

    /// <summary>
    /// The areas of <paramref name="level"/> in scope (of these municipalities, with these codes, or all when null) and
    /// every published value of <paramref name="indicators"/> at the level.
    /// </summary>
    public async Task<(IReadOnlyList<ScopedArea> Areas, IReadOnlyList<LevelValue> Values)> MatrixAsync(
        string level, string[]? municipalities, string[]? codes, string[] indicators, CancellationToken ct)
    {
        var areas = new List<ScopedArea>();
        await using (var cmd = db.CreateCommand(AreasInScopeSql))
        {
            cmd.Parameters.AddWithValue("level", level);
            cmd.Parameters.Add(new NpgsqlParameter("municipalities", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = (object?)municipalities ?? DBNull.Value });
            cmd.Parameters.Add(new NpgsqlParameter("codes", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = (object?)codes ?? DBNull.Value });
            cmd.Parameters.AddDraftParameters(user);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct)) areas.Add(new ScopedArea(r.Get<string>("code"), r.Get<string>("name"), r.Get<string?>("municipality_code")));
        }
        var values = new List<LevelValue>();
        if (areas.Count == 0) return (areas, values);
        await using (var cmd = db.CreateCommand(ValuesAtLevelSql))
        {
            cmd.Parameters.AddWithValue("level", level);
            cmd.Parameters.AddWithValue("codes", indicators);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
            {
                values.Add(new LevelValue(r.Get<string>("area_code"), r.Get<string>("indicator_code"), r.Get<string>("period"), r.Get<double?>("value"),
                    r.Get<string?>("note") == "suppressed"));
            }
        }
        return (areas, values);
    }

    /// <summary>Simplified (50 m) GeoJSON geometry in EPSG:4326 of the areas, by code.</summary>
    public async Task<IReadOnlyDictionary<string, string>> GeometriesAsync(string level, string[] codes, CancellationToken ct)
    {
        var geometry = new Dictionary<string, string>();
        await using var cmd = db.CreateCommand(GeometriesSql);
        cmd.Parameters.AddWithValue("level", level);
        cmd.Parameters.AddWithValue("codes", codes);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) geometry[r.Get<string>("code")] = r.Get<string>("geometry");
        return geometry;
    }

    private const string WkbSql =
        "SELECT code, ST_AsBinary(ST_Multi(ST_ForcePolygonCCW(geom))) AS wkb FROM areas WHERE level = @level AND code = ANY(@codes)";

    /// <summary>The areas' full geometry in EPSG:25832 as WKB (right-hand rule), by code: for the GIS files of a ranking.</summary>
    public async Task<IReadOnlyDictionary<string, byte[]>> WkbAsync(string level, string[] codes, CancellationToken ct)
    {
        var geometry = new Dictionary<string, byte[]>();
        await using var cmd = db.CreateCommand(WkbSql);
        cmd.Parameters.AddWithValue("level", level);
        cmd.Parameters.AddWithValue("codes", codes);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) geometry[r.Get<string>("code")] = r.Get<byte[]>("wkb");
        return geometry;
    }

    /// <summary>Built-in presets first, then by name.</summary>
    public async Task<IReadOnlyList<RankingPreset>> PresetsAsync(CancellationToken ct)
    {
        await using var context = await dbs.CreateDbContextAsync(ct);
        return await context.Set<RankingPreset>().AsNoTracking().OrderByDescending(p => p.BuiltIn).ThenBy(p => p.Name).ToListAsync(ct);
    }

    public async Task<RankingPreset?> PresetAsync(int id, CancellationToken ct)
    {
        await using var context = await dbs.CreateDbContextAsync(ct);
        return await context.Set<RankingPreset>().FindAsync([id], ct);
    }

    /// <summary>Saves a new preset; false (and nothing saved) when the name is taken.</summary>
    public async Task<bool> TryAddPresetAsync(RankingPreset preset, CancellationToken ct)
    {
        await using var context = await dbs.CreateDbContextAsync(ct);
        if (await context.Set<RankingPreset>().AnyAsync(p => p.Name == preset.Name, ct)) return false;
        await using var tx = await context.Database.BeginTransactionAsync(ct);
        context.Set<RankingPreset>().Add(preset);
        try
        {
            await context.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
        {
            return false; // the same name saved at the same moment by another request: the unique index decides
        }
        audit.Append(context, new AuditEntry("ranking_preset", preset.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "create"));
        await context.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return true;
    }

    /// <summary>Upserts the shipped presets by name (description and body follow the file; id, author and date stay).</summary>
    public async Task SyncBuiltInAsync(IReadOnlyList<(string Name, string Description, string Body)> presets, CancellationToken ct)
    {
        await using var context = await dbs.CreateDbContextAsync(ct);
        var existing = await context.Set<RankingPreset>().Where(p => p.BuiltIn).ToDictionaryAsync(p => p.Name, ct);
        foreach (var (name, description, body) in presets)
        {
            if (!existing.TryGetValue(name, out var preset))
            {
                preset = new RankingPreset { Name = name, Description = description, Body = "{}", Author = "Kortlægning (from the applications)", CreatedAt = DateTimeOffset.UtcNow, BuiltIn = true };
                context.Set<RankingPreset>().Add(preset);
            }
            (preset.Description, preset.Body) = (description, body);
        }
        await context.SaveChangesAsync(ct);
    }
}
