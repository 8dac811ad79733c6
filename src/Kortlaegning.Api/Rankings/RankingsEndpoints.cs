using System.Globalization;
using System.Text;
using System.Text.Json;
using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Api.Infrastructure.Localisation;
using Kortlaegning.Api.Infrastructure.Validation;
using Kortlaegning.Api.Ogc.Files;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kortlaegning.Api.Rankings;

public static class RankingsEndpoints
{
    public static void MapRankings(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/rankings").WithTags("Rankings");
        group.MapPost("/", Rank).WithName("Rank")
            .WithSummary("Rank areas by a composite need index with chosen indicators and weights, with a weight-sensitivity view.")
            .WithDescription("Method and formulas: docs/ranking.md. A higher score always means more need (polarity from the catalogue). " +
                             "With an Accept naming application/geopackage+sqlite3, application/flatgeobuf or application/zip the ranking comes as that GIS file " +
                             "(the CSV's columns on each area's geometry, EPSG:25832).")
            .Produces<RankingResponse>(200).ProducesGisFiles();
        group.MapGet("/presets", ListPresets).WithName("ListRankingPresets");
        group.MapGet("/presets/{id:int}", GetPreset).WithName("GetRankingPreset");
        group.MapPost("/presets", SavePreset).WithName("SaveRankingPreset")
            .WithSummary("Save a ranking body under a name; it is run once first, so a saved preset always works.")
            .RequireAuthorization(Policies.Planner);
        group.MapGet("/presets/{id:int}/result", PresetResult).WithName("RankingPresetResult")
            .WithSummary("Run a preset: JSON, or choropleth-ready GeoJSON/CSV with score, rank and quintile (format=json|geojson|csv), or a GIS file (format=gpkg|fgb|shp).")
            .WithDescription("The GIS files hold the CSV's columns on each area's full geometry in EPSG:25832: GeoPackage, FlatGeobuf or a zipped Shapefile.")
            .Produces<RankingResponse>(200).Produces(200, contentType: "text/csv").Produces(200, contentType: GeoJsonText.MediaType)
            .ProducesGisFiles();
    }

    public sealed record PresetDto(int Id, string Name, string Description, string Author, DateTimeOffset CreatedAt, bool BuiltIn, JsonElement Body);

    public sealed record NewPreset(string? Name, string? Description, string? Author, RankingBody? Body);

    internal static async Task<Results<Ok<RankingResponse>, FileContentHttpResult, ProblemHttpResult>> Rank(
        RankingBody body, HttpRequest request, RankingService rankings, RankingStore store, GisFiles files, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (await rankings.RankAsync(body, errors, ct) is not { } result) return errors.ToProblem("The ranking request has errors");
        // An Accept naming a GIS file type gets the ranking as that file (QGIS users style the score themselves).
        if (GisFormats.FromAccept(request) is { } format) return await files.FileAsync(format, await RankingLayer.BuildAsync(result, "ranking", store, ct), "ranking", ct);
        return TypedResults.Ok(result);
    }

    internal static async Task<Ok<PresetDto[]>> ListPresets(RankingStore store, CancellationToken ct) =>
        TypedResults.Ok((await store.PresetsAsync(ct)).Select(Dto).ToArray());

    internal static async Task<Results<Ok<PresetDto>, ProblemHttpResult>> GetPreset(int id, RankingStore store, CancellationToken ct) =>
        await store.PresetAsync(id, ct) is { } p ? TypedResults.Ok(Dto(p)) : Problems.NotFound(Texts.NoRankingPreset.Format(id));

    internal static async Task<Results<Created<PresetDto>, ProblemHttpResult>> SavePreset(
        NewPreset preset, RankingService rankings, RankingStore store, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(preset.Name) || preset.Name.Length > RankingPreset.MaxNameLength) errors.Add("name", Texts.LengthRange.Format(RankingPreset.MaxNameLength));
        else errors.Text("name", preset.Name, RankingPreset.MaxNameLength);
        errors.Text("description", preset.Description, RankingPreset.MaxDescriptionLength);
        if (string.IsNullOrWhiteSpace(preset.Author) || preset.Author.Length > RankingPreset.MaxAuthorLength)
        {
            errors.Add("author", Texts.AuthorRule.Format(RankingPreset.MaxAuthorLength));
        }
        else errors.Text("author", preset.Author, RankingPreset.MaxAuthorLength);
        if (preset.Body is null) errors.Add("body", Texts.RankingBodyRequired.Get());
        else
        {
            var bodyErrors = new FieldErrors();
            await rankings.RankAsync(preset.Body, bodyErrors, ct);
            errors.AddAll(bodyErrors, "body");
        }
        if (errors.Any) return errors.ToProblem("The preset has errors");

        var entity = new RankingPreset
        {
            Name = preset.Name!.Trim(),
            Description = preset.Description?.Trim() ?? "",
            Author = preset.Author!.Trim(),
            Body = JsonSerializer.Serialize(preset.Body, JsonSerializerOptions.Web),
            CreatedAt = DateTimeOffset.UtcNow,
        };
        if (!await store.TryAddPresetAsync(entity, ct)) return Problems.Status(409, "Name taken", Texts.PresetNameTaken.Format(entity.Name));
        return TypedResults.Created($"/api/rankings/presets/{entity.Id}", Dto(entity));
    }

    /// <summary>The route and query string of GET /api/rankings/presets/{id}/result.</summary>
    public sealed record PresetResultQuery(int Id, string? Format, string? Delimiter);

    internal static async Task<Results<Ok<RankingResponse>, ContentHttpResult, FileContentHttpResult, ProblemHttpResult>> PresetResult(
        [AsParameters] PresetResultQuery q, RankingService rankings, RankingStore store, GisFiles files, CancellationToken ct)
    {
        GisFormat? file = GisFormats.TryParse(q.Format, out var named) ? named : null;
        if (file is null && q.Format is not (null or "json" or "geojson" or "csv")) return Problems.BadParameter("format", Texts.RankingFormat.Get());
        if (q.Delimiter is not (null or "comma" or "semicolon")) return Problems.BadParameter("delimiter", Texts.DelimiterRule.Get());
        if (await store.PresetAsync(q.Id, ct) is not { } preset) return Problems.NotFound(Texts.NoRankingPreset.Format(q.Id));
        var body = JsonSerializer.Deserialize<RankingBody>(preset.Body, JsonSerializerOptions.Web)!;
        var errors = new FieldErrors();
        if (await rankings.RankAsync(body, errors, ct) is not { } result) return errors.ToProblem("The preset no longer runs on the data loaded");
        if (file is { } format) return await files.FileAsync(format, await RankingLayer.BuildAsync(result, preset.Name, store, ct), $"ranking-{preset.Id}", ct);
        return q.Format switch
        {
            "csv" => TypedResults.Text(CsvText.WithBom(Csv(result, q.Delimiter == "semicolon"), q.Delimiter == "semicolon"), "text/csv", Encoding.UTF8),
            "geojson" => GeoJsonText.Ok(await GeoJsonAsync(result, preset, store, ct)),
            _ => TypedResults.Ok(result),
        };
    }

    private static PresetDto Dto(RankingPreset p) => new(p.Id, p.Name, p.Description, p.Author, p.CreatedAt, p.BuiltIn, JsonDocument.Parse(p.Body).RootElement.Clone());

    /// <summary>Comma + decimal point, or (Danish Excel) semicolon + decimal comma; every text cell through <see cref="CsvCell"/>.</summary>
    internal static string Csv(RankingResponse r, bool danishExcel = false)
    {
        char sep = danishExcel ? ';' : ',';
        IFormatProvider culture = danishExcel ? DanishNumbers.Format : CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendJoin(sep, Texts.RankingCsvHeader.Select(h => h.Get())).Append("\r\n");
        // The period behind each indicator, on every row, so a file passed on still says which year it ranks.
        var periods = CsvCell.Field(string.Join(' ', r.Periods.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}")), sep);
        foreach (var a in r.Areas)
        {
            string N(double? d) => d?.ToString("0.######", culture) ?? "";
            sb.AppendJoin(sep, CsvCell.Field(a.Level, sep), CsvCell.Field(a.Code, sep), CsvCell.Field(a.Name, sep), CsvCell.Field(a.MunicipalityCode, sep), N(a.Score), N(a.Rank), N(a.Quintile),
                N(a.RankInterval?[0]), N(a.RankInterval?[1]), N(a.TopNShare), string.Join(' ', a.Flags), periods).Append("\r\n");
        }
        return sb.ToString();
    }

    private static async Task<string> GeoJsonAsync(RankingResponse r, RankingPreset preset, RankingStore store, CancellationToken ct)
    {
        var geometry = await store.GeometriesAsync(r.Level, r.Areas.Select(a => a.Code).ToArray(), ct);
        return GeoJsonText.Collection(
            [new("preset", preset.Name), new("weights", r.Weights), new("notes", r.Notes), new("sources", r.Sources)],
            r.Areas.Select(a => new FeatureText($"{a.Level}:{a.Code}", geometry.GetValueOrDefault(a.Code), a)));
    }
}
