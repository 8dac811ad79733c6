using System.Text;
using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Api.Infrastructure.Localisation;
using Kortlaegning.Api.Infrastructure.Validation;
using Kortlaegning.Domain.Followup;
using Kortlaegning.Domain.Indicators;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Kortlaegning.Api.Followup;

/// <summary>Progress against targets (GET …/progress?at=) and the steering group's status report (GET …/report).</summary>
public static class ProgressEndpoints
{
    public static void Map(RouteGroupBuilder g)
    {
        g.MapGet("/{id:int}/progress", Progress).WithSummary("Per target achieved, expected pro rata and status; per focus place; monthly participants; equity");
        g.MapGet("/{id:int}/report", Report).WithSummary("Status report for a year or quarter: html (print stylesheet), md or csv");
    }

    private static async Task<Results<Ok<ProgressDto>, ProblemHttpResult>> Progress(
        int id, [AsParameters] ProgressQuery q, FollowupStore store, NeedRanking need, IOptions<KortlaegningOptions> options, HttpContext http, CancellationToken ct)
    {
        if (await store.ProjectAsync(id, ct) is not { } p) return Problems.NotFound(Texts.NoProject.Format(id));
        var errors = new FieldErrors();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var at = q.At is null ? today : FollowupValidation.Date(errors, "at", q.At, false);
        var scores = q.Ranking is { } r ? await need.ScoresAsync(r, errors, ct) : null;
        if (errors.Any) return errors.ToProblem("Progress cannot be computed", StatusCodes.Status400BadRequest);
        var model = await FollowupReportModel.BuildAsync(p, store, at!.Value, today, Audience.RawCounts(http, p.Municipality),
            new DisclosureOptions { Threshold = options.Value.DisclosureThreshold }, null, scores is { } s ? (q.Ranking!.Value, s.Name, s.Scores) : null, ct);
        return TypedResults.Ok(model.Progress);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Report(
        int id, [AsParameters] ReportQuery q, FollowupStore store, NeedRanking need, IOptions<KortlaegningOptions> options, HttpContext http, CancellationToken ct)
    {
        if (await store.ProjectAsync(id, ct) is not { } p) return Problems.NotFound(Texts.NoProject.Format(id));
        var errors = new FieldErrors();
        if (!ReportingPeriod.TryParse(q.Period, out var period)) errors.Add("period", Texts.PeriodRule.Get());
        var format = errors.Enum<ReportFormat>("format", q.Format, ReportFormat.Html);
        bool semicolon = q.Delimiter?.Trim().ToLowerInvariant() switch
        {
            null or "comma" or "," => false,
            "semicolon" or ";" => true,
            _ => Fail(errors),
        };
        var scores = q.Ranking is { } r ? await need.ScoresAsync(r, errors, ct) : null;
        if (errors.Any) return errors.ToProblem("The report cannot be made", StatusCodes.Status400BadRequest);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var model = await FollowupReportModel.BuildAsync(p, store, period.To < today ? period.To : today, today, Audience.RawCounts(http, p.Municipality),
            new DisclosureOptions { Threshold = options.Value.DisclosureThreshold }, period, scores is { } s ? (q.Ranking!.Value, s.Name, s.Scores) : null, ct);
        var name = $"statusrapport-{p.Id}-{period.Label}";
        return format switch
        {
            ReportFormat.Md => TypedResults.File(Encoding.UTF8.GetBytes(ReportMarkdown.Write(model)), "text/markdown; charset=utf-8", $"{name}.md"),
            ReportFormat.Csv => TypedResults.File(ReportCsv.Write(model, semicolon), "text/csv; charset=utf-8", $"{name}.csv"),
            _ => TypedResults.File(Encoding.UTF8.GetBytes(ReportHtml.Write(model)), "text/html; charset=utf-8"),
        };
    }

    private static bool Fail(FieldErrors errors)
    {
        errors.Add("delimiter", Texts.DelimiterField.Get());
        return false;
    }
}
