using System.Text;
using System.Text.RegularExpressions;
using Kortlaegning.Api.Areas;
using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Domain.Boundaries;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;
using NpgsqlTypes;

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
        group.MapPost("/import", Import).WithName("ImportIndicatorValues")
            .WithSummary("Upload values as long CSV (indicator,level,area_code,period,value,numerator,denominator,ci_low,ci_high[,note]); all-or-nothing.")
            .Accepts<string>("text/csv")
            .RequireAuthorization(Policies.Analyst)
            .DisableAntiforgery();
    }

    internal static async Task<Ok<IndicatorList>> List(IndicatorCatalogue catalogue, CancellationToken ct) =>
        TypedResults.Ok(new IndicatorList(await catalogue.ListAsync(null, ct)));

    internal static async Task<Results<Ok<IndicatorInfo>, ProblemHttpResult>> One(string code, IndicatorCatalogue catalogue, CancellationToken ct)
    {
        if (!IndicatorCode().IsMatch(code)) return Problems.BadParameter("code", $"'{code}' is not an indicator code (lower-case letters, digits, '.', '_', '-').");
        return await catalogue.FindAsync(code, ct) is { } info ? TypedResults.Ok(info) : Problems.NotFound($"No indicator '{code}'. GET /api/indicators lists them.");
    }

    internal static async Task<Results<Ok<IndicatorValues>, ContentHttpResult, ProblemHttpResult>> Values(
        string code, string? level, string? municipality, string? period, string? format, string? delimiter, string? simplify,
        NpgsqlDataSource db, IndicatorCatalogue catalogue, CancellationToken ct)
    {
        if (!IndicatorCode().IsMatch(code)) return Problems.BadParameter("code", $"'{code}' is not an indicator code.");
        if (await catalogue.FindAsync(code, ct) is not { } info) return Problems.NotFound($"No indicator '{code}'.");
        var lvl = AreaLevel.Municipality;
        ProblemHttpResult? problem = null;
        if (level is not null && !AreaQueryParameters.TryLevel(level, out lvl, out problem)) return problem!;
        string? muni = null;
        if (municipality is not null && !AreaQueryParameters.TryCode(AreaLevel.Municipality, municipality, "municipality", out muni, out problem)) return problem!;
        format ??= "json";
        if (format is not ("json" or "csv" or "geojson")) return Problems.BadParameter("format", $"'{format}' is not json, csv or geojson.");
        if (delimiter is not (null or "comma" or "semicolon")) return Problems.BadParameter("delimiter", "Use comma or semicolon.");
        double tolerance = format == "geojson" ? 50 : 0;
        if (simplify is not null && !AreaQueryParameters.TryNumber(simplify, "simplify", 0, 10_000, out tolerance, out problem)) return problem!;
        if (period is not null && !info.Periods.Contains(period))
        {
            return Problems.BadParameter("period", $"{code} has no period '{period}'; it has: {string.Join(", ", info.Periods)}.");
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        if (period is null)
        {
            await using var latest = new NpgsqlCommand(IndicatorQueries.LatestPeriod, conn);
            latest.Parameters.AddWithValue("code", code);
            latest.Parameters.AddWithValue("level", lvl.Name());
            if (await latest.ExecuteScalarAsync(ct) is not string p)
            {
                return Problems.Status(404, "No values at this level", $"{code} has no values at level {lvl.Name()}; it has values at: {string.Join(", ", info.Levels)}.");
            }
            period = p;
        }
        var values = new List<AreaValue>();
        var geometries = new List<string?>();
        await using (var cmd = new NpgsqlCommand(IndicatorQueries.Values, conn))
        {
            cmd.Parameters.AddWithValue("code", code);
            cmd.Parameters.AddWithValue("level", lvl.Name());
            cmd.Parameters.AddWithValue("period", period);
            cmd.Parameters.Add(new NpgsqlParameter("municipality", NpgsqlDbType.Text) { Value = (object?)muni ?? DBNull.Value });
            cmd.Parameters.AddWithValue("simplify", tolerance);
            cmd.Parameters.AddWithValue("geometry", format == "geojson");
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
            {
                double? D(int i) => r.IsDBNull(i) ? null : r.GetDouble(i);
                values.Add(new AreaValue(r.GetString(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3),
                    D(4), D(5), D(6), D(7), D(8), r.IsDBNull(9) ? null : r.GetString(9)));
                geometries.Add(r.IsDBNull(11) ? null : r.GetString(11));
            }
        }
        var data = new IndicatorValues(info, lvl.Name(), period, values.Count, values, [info.Source]);
        return format switch
        {
            "csv" => TypedResults.Text(ValuesExport.Csv(data, delimiter == "semicolon"), "text/csv", Encoding.UTF8),
            "geojson" => GeoJsonText.Ok(ValuesExport.GeoJson(data, geometries)),
            _ => TypedResults.Ok(data),
        };
    }

    internal static async Task<Results<Ok<ImportResult>, ProblemHttpResult>> Import(HttpRequest request, string? source, IndicatorImport import, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync(ct);
        var (written, errors) = await import.ImportAsync(text, string.IsNullOrWhiteSpace(source) ? "upload" : source.Trim(), ct);
        if (errors.Count > 0)
        {
            return Problems.Status(400, "Rows rejected; nothing was written",
                $"{errors.Count} problem(s) in the file. Each is listed with its line number (the header is line 1).",
                new Dictionary<string, object?> { ["errors"] = errors });
        }
        return TypedResults.Ok(new ImportResult(written));
    }
}

public sealed record IndicatorList(IReadOnlyList<IndicatorInfo> Indicators);
public sealed record ImportResult(int Written);
