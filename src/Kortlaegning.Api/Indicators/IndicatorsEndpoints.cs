using System.Text;
using System.Text.RegularExpressions;
using Kortlaegning.Api.Areas;
using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Api.Infrastructure.Localisation;
using Kortlaegning.Api.Infrastructure.Security;
using Kortlaegning.Domain.Boundaries;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kortlaegning.Api.Indicators;

public static partial class IndicatorsEndpoints
{
    [GeneratedRegex(@"^[a-z0-9_.-]{1,80}$")]
    private static partial Regex IndicatorCode();

    public static void MapIndicators(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/indicators").WithTags("Indicators");
        group.MapGet("/", List).WithName("ListIndicators")
            .WithSummary("The indicator catalogue: names (da/en), unit, polarity, definition, source, and the levels and periods with values.");
        group.MapGet("/{code}", One).WithName("GetIndicator");
        group.MapGet("/{code}/values", Values).WithName("IndicatorValues")
            .WithSummary("Values of one indicator at one level and period (default: the latest).")
            .WithDescription("format=json (default), csv or geojson; delimiter=semicolon gives Danish-Excel CSV (decimal comma). Suppressed values are null with note 'suppressed'.");
        group.MapPost("/import", Import).WithName("ImportIndicatorValues").RequireRateLimiting(RateLimitPolicies.Imports)
            .WithSummary("Upload values as long CSV (indicator,level,area_code,period,value,numerator,denominator,ci_low,ci_high[,note]); all-or-nothing.")
            .WithDescription("National indicators' values need a national admin; an own indicator's need an analyst of its municipality, in whose areas they must lie (else 403 / 422). Bad rows → 422 naming rows[line].field. Values are stored with source upload:<who>[ (source)].")
            .Accepts<string>("text/csv")
            .RequireAuthorization(Policies.Analyst)
            .DisableAntiforgery();
    }

    internal static async Task<Ok<IndicatorList>> List(IndicatorCatalogue catalogue, CancellationToken ct) =>
        TypedResults.Ok(new IndicatorList(await catalogue.ListAsync(null, ct)));

    internal static async Task<Results<Ok<IndicatorInfo>, ProblemHttpResult>> One(string code, HttpResponse response, IndicatorCatalogue catalogue, CancellationToken ct)
    {
        if (!IndicatorCode().IsMatch(code)) return Problems.BadParameter("code", Texts.NotIndicatorCodeRule.Format(code));
        if (await catalogue.FindAsync(code, ct) is not { } info) return Problems.NotFound(Texts.NoIndicatorListed.Format(code));
        // The ETag an own definition's PUT and DELETE need in If-Match.
        response.Headers.ETag = Preconditions.ETag(info.Version);
        response.Headers.CacheControl = "no-cache";
        return TypedResults.Ok(info);
    }

    /// <summary>The query string of GET /api/indicators/{code}/values.</summary>
    public sealed record ValuesQuery(string Code, string? Level, string? Municipality, string? Period, string? Format, string? Delimiter, string? Simplify);

    internal static async Task<Results<Ok<IndicatorValues>, ContentHttpResult, ProblemHttpResult>> Values(
        [AsParameters] ValuesQuery q, IndicatorStore store, IndicatorCatalogue catalogue, CancellationToken ct)
    {
        var code = q.Code;
        if (!IndicatorCode().IsMatch(code)) return Problems.BadParameter("code", Texts.NotIndicatorCode.Format(code));
        if (await catalogue.FindAsync(code, ct) is not { } info) return Problems.NotFound(Texts.NoIndicator.Format(code));
        var lvl = AreaLevel.Municipality;
        ProblemHttpResult? problem = null;
        if (q.Level is not null && !AreaQueryParameters.TryLevel(q.Level, out lvl, out problem)) return problem!;
        string? muni = null;
        if (q.Municipality is not null && !AreaQueryParameters.TryCode(AreaLevel.Municipality, q.Municipality, "municipality", out muni, out problem)) return problem!;
        var format = q.Format ?? "json";
        if (format is not ("json" or "csv" or "geojson")) return Problems.BadParameter("format", Texts.NotJsonCsvGeoJson.Format(format));
        if (q.Delimiter is not (null or "comma" or "semicolon")) return Problems.BadParameter("delimiter", Texts.DelimiterRule.Get());
        double tolerance = format == "geojson" ? 50 : 0;
        if (q.Simplify is not null && !AreaQueryParameters.TryNumber(q.Simplify, "simplify", 0, 10_000, out tolerance, out problem)) return problem!;
        var period = q.Period;
        if (period is not null && !info.Periods.Contains(period))
        {
            return Problems.BadParameter("period", Texts.NoSuchPeriod.Format(code, Texts.Pick(info.Name.Da, info.Name.En), period, string.Join(", ", info.Periods)));
        }
        if (period is null)
        {
            if (await store.LatestPeriodAsync(code, lvl.Name(), ct) is not { } latest)
            {
                return Problems.Status(404, "No values at this level", Texts.NoValuesAtLevelHas.Format(code, Texts.Pick(info.Name.Da, info.Name.En), lvl.Name(), string.Join(", ", info.Levels)));
            }
            period = latest;
        }
        var rows = await store.ValuesAsync(code, lvl.Name(), period, muni, tolerance, format == "geojson", ct, everyArea: format != "json");
        var values = rows.Select(r => r.Value).ToList();
        var data = new IndicatorValues(info, lvl.Name(), period, values.Count, values, [info.Source]);
        return format switch
        {
            "csv" => TypedResults.Text(CsvText.WithBom(ValuesExport.Csv(data, q.Delimiter == "semicolon"), q.Delimiter == "semicolon"), "text/csv", Encoding.UTF8),
            "geojson" => GeoJsonText.Ok(ValuesExport.GeoJson(data, rows.Select(r => r.Geometry).ToList())),
            _ => TypedResults.Ok(data),
        };
    }

    internal static async Task<Results<Ok<ImportResult>, ProblemHttpResult>> Import(HttpRequest request, string? source, IndicatorImport import, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync(ct);
        var (written, errors) = await import.ImportAsync(text, source, ct);
        // Each problem is keyed rows[line].field, with the file's line number (the header is line 1): 422, the rows are
        // refused; a file that is not a value file at all (header, no rows) is 400.
        if (errors.Any)
        {
            bool rows = errors.ToDictionary().Keys.Any(k => k.StartsWith("rows[", StringComparison.Ordinal));
            return errors.ToProblem("Rows rejected; nothing was written", rows ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status400BadRequest);
        }
        return TypedResults.Ok(new ImportResult(written));
    }
}

public sealed record IndicatorList(IReadOnlyList<IndicatorInfo> Indicators);
public sealed record ImportResult(int Written);
