using System.Globalization;
using System.Text;
using System.Text.Json;
using Kortlaegning.Api.Data;
using Kortlaegning.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Kortlaegning.Api.Rankings;

public static class RankingsEndpoints
{
    public static void MapRankings(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/rankings").WithTags("Rankings");
        group.MapPost("/", Rank).WithName("Rank")
            .WithSummary("Rank areas by a composite need index with chosen indicators and weights, with a weight-sensitivity view.")
            .WithDescription("Method and formulas: docs/ranking.md. A higher score always means more need (polarity from the catalogue).");
        group.MapGet("/presets", ListPresets).WithName("ListRankingPresets");
        group.MapGet("/presets/{id:int}", GetPreset).WithName("GetRankingPreset");
        group.MapPost("/presets", SavePreset).WithName("SaveRankingPreset")
            .WithSummary("Save a ranking body under a name; it is run once first, so a saved preset always works.")
            .RequireAuthorization(Policies.Planner);
        group.MapGet("/presets/{id:int}/result", PresetResult).WithName("RankingPresetResult")
            .WithSummary("Run a preset: JSON, or choropleth-ready GeoJSON/CSV with score, rank and quintile (format=json|geojson|csv).");
    }

    public sealed record PresetDto(int Id, string Name, string Description, string Author, DateTimeOffset CreatedAt, bool BuiltIn, JsonElement Body);

    public sealed record NewPreset(string? Name, string? Description, string? Author, RankingBody? Body);

    internal static async Task<Results<Ok<RankingResponse>, ValidationProblem>> Rank(RankingBody body, RankingService rankings, CancellationToken ct)
    {
        var (result, errors) = await rankings.RankAsync(body, ct);
        return result is null ? TypedResults.ValidationProblem(errors, title: "The ranking request has errors") : TypedResults.Ok(result);
    }

    internal static async Task<Ok<PresetDto[]>> ListPresets(IDbContextFactory<KortlaegningDb> dbs, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var presets = await db.RankingPresets.AsNoTracking().OrderByDescending(p => p.BuiltIn).ThenBy(p => p.Name).ToListAsync(ct);
        return TypedResults.Ok(presets.Select(Dto).ToArray());
    }

    internal static async Task<Results<Ok<PresetDto>, ProblemHttpResult>> GetPreset(int id, IDbContextFactory<KortlaegningDb> dbs, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.RankingPresets.FindAsync([id], ct) is { } p ? TypedResults.Ok(Dto(p)) : Problems.NotFound($"No ranking preset {id}.");
    }

    internal static async Task<Results<Created<PresetDto>, ValidationProblem, ProblemHttpResult>> SavePreset(
        NewPreset preset, RankingService rankings, IDbContextFactory<KortlaegningDb> dbs, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(preset.Name) || preset.Name.Length > 120) errors["name"] = ["1–120 characters."];
        if (preset.Description?.Length > 2000) errors["description"] = ["At most 2,000 characters."];
        if (string.IsNullOrWhiteSpace(preset.Author) || preset.Author.Length > 120) errors["author"] = ["Who saved it: 1–120 characters (a name or a team; no e-mail needed)."];
        if (preset.Body is null) errors["body"] = ["The ranking body to save."];
        else
        {
            var (_, bodyErrors) = await rankings.RankAsync(preset.Body, ct);
            foreach (var (k, v) in bodyErrors) errors[$"body.{k}"] = v;
        }
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "The preset has errors");

        await using var db = await dbs.CreateDbContextAsync(ct);
        var name = preset.Name!.Trim();
        if (await db.RankingPresets.AnyAsync(p => p.Name == name, ct)) return Problems.Status(409, "Name taken", $"A preset called '{name}' exists; choose another name.");
        var entity = new RankingPreset
        {
            Name = name,
            Description = preset.Description?.Trim() ?? "",
            Author = preset.Author!.Trim(),
            Body = JsonSerializer.Serialize(preset.Body, JsonSerializerOptions.Web),
            CreatedAt = DateTimeOffset.UtcNow,
        };
        db.RankingPresets.Add(entity);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/rankings/presets/{entity.Id}", Dto(entity));
    }

    internal static async Task<Results<Ok<RankingResponse>, ContentHttpResult, ValidationProblem, ProblemHttpResult>> PresetResult(
        int id, string? format, RankingService rankings, IDbContextFactory<KortlaegningDb> dbs, NpgsqlDataSource pg, CancellationToken ct)
    {
        if (format is not (null or "json" or "geojson" or "csv")) return Problems.BadParameter("format", "json, geojson or csv.");
        await using var db = await dbs.CreateDbContextAsync(ct);
        if (await db.RankingPresets.FindAsync([id], ct) is not { } preset) return Problems.NotFound($"No ranking preset {id}.");
        var body = JsonSerializer.Deserialize<RankingBody>(preset.Body, JsonSerializerOptions.Web)!;
        var (result, errors) = await rankings.RankAsync(body, ct);
        if (result is null) return TypedResults.ValidationProblem(errors, title: "The preset no longer runs on the data loaded");
        return format switch
        {
            "csv" => TypedResults.Text(Csv(result), "text/csv", Encoding.UTF8),
            "geojson" => GeoJsonText.Ok(await GeoJsonAsync(result, preset, pg, ct)),
            _ => TypedResults.Ok(result),
        };
    }

    private static PresetDto Dto(RankingPreset p) => new(p.Id, p.Name, p.Description, p.Author, p.CreatedAt, p.BuiltIn, JsonDocument.Parse(p.Body).RootElement.Clone());

    private static string Csv(RankingResponse r)
    {
        var sb = new StringBuilder("level,code,name,municipality_code,score,rank,quintile,rank_p5,rank_p95,top_n_share,flags\r\n");
        foreach (var a in r.Areas)
        {
            string N(double? d) => d?.ToString("0.######", CultureInfo.InvariantCulture) ?? "";
            sb.AppendJoin(',', a.Level, a.Code, '"' + a.Name.Replace("\"", "\"\"") + '"', a.MunicipalityCode ?? "", N(a.Score), N(a.Rank), N(a.Quintile),
                N(a.RankInterval?[0]), N(a.RankInterval?[1]), N(a.TopNShare), string.Join(' ', a.Flags)).Append("\r\n");
        }
        return sb.ToString();
    }

    private static async Task<string> GeoJsonAsync(RankingResponse r, RankingPreset preset, NpgsqlDataSource pg, CancellationToken ct)
    {
        var geometry = new Dictionary<string, string>();
        await using (var cmd = pg.CreateCommand("SELECT code, ST_AsGeoJSON(ST_Transform(ST_Simplify(geom, 50, true), 4326), 6) FROM areas WHERE level = @level AND code = ANY(@codes)"))
        {
            cmd.Parameters.AddWithValue("level", r.Level);
            cmd.Parameters.AddWithValue("codes", r.Areas.Select(a => a.Code).ToArray());
            await using var rd = await cmd.ExecuteReaderAsync(ct);
            while (await rd.ReadAsync(ct)) geometry[rd.GetString(0)] = rd.GetString(1);
        }
        return GeoJsonText.Collection(
            [new("preset", preset.Name), new("weights", r.Weights), new("notes", r.Notes), new("sources", r.Sources)],
            r.Areas.Select(a => new FeatureText($"{a.Level}:{a.Code}", geometry.GetValueOrDefault(a.Code), a)));
    }
}
