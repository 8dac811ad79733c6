using Kortlaegning.Api.Infrastructure.Validation;
using Kortlaegning.Domain.Followup;
using Kortlaegning.Domain.Indicators;

namespace Kortlaegning.Api.Followup;

/// <summary>
/// Everything the progress answer and the status report show, computed once by the domain's
/// <see cref="FollowupFigures"/> (so the dashboard, the report and its three formats agree, withheld cells included).
/// </summary>
public sealed class FollowupReportModel
{
    public required ProjectDto Project { get; init; }
    public required ProgressDto Progress { get; init; }
    public required ReportingPeriod Period { get; init; }
    public required IReadOnlyDictionary<string, long?> Totals { get; init; }
    public required int ActivitiesRunning { get; init; }
    public required int ActivitiesStarted { get; init; }
    public required IReadOnlyList<ActivityDto> Activities { get; init; }
    public required IReadOnlyList<FollowupStore.FocusShape> Shapes { get; init; }
    public required IReadOnlyList<FollowupStore.WorkshopOutcome> Workshops { get; init; }
    public required IReadOnlyList<string> Sources { get; init; }
    public required DateTimeOffset Generated { get; init; }

    public static async Task<FollowupReportModel> BuildAsync(
        ProjectEntity project, FollowupStore store, DateOnly at, DateOnly today, bool rawCounts, DisclosureOptions options,
        ReportingPeriod? period, (int Id, string Name, Dictionary<string, double> Scores)? ranking, CancellationToken ct)
    {
        var focus = FollowupMapping.Focus(project);
        var (data, activities, places, targets) = await store.ProjectDataAsync(project, focus, ct);
        var figures = new FollowupFigures(data, today, rawCounts, options, ct);
        if (!rawCounts && at > today) at = today;
        var limit = figures.Limit(at);
        // The progress answer's places and chart cover the year of `at`; the report its period.
        var from = period?.From ?? new DateOnly(at.Year, 1, 1);
        if (from < project.Start) from = project.Start;
        var to = period is null ? limit : Min(period.To.AddDays(1), limit);
        var names = await store.KnownAreasAsync(data.FocusPlaces, ct);
        var targetDtos = targets.Select(t => (Entity: t, Domain: FollowupMapping.Target(t)))
            .Where(t => period is null || (t.Entity.PeriodFrom <= period.To && t.Entity.PeriodTo >= period.From))
            .Select(t =>
            {
                var e = figures.Evaluate(t.Domain, at);
                return new TargetProgressDto(t.Entity.Id, t.Entity.Metric, t.Entity.Year, t.Entity.PeriodFrom, t.Entity.PeriodTo, t.Entity.Place, t.Entity.Track,
                    e.Target, e.Achieved, Math.Round(e.Expected, 2), Math.Round(e.Elapsed, 4), e.Status is { } s ? EnumNames.Name(s) : null, e.Achieved is null, t.Entity.Source);
            }).ToList();
        var placeDtos = figures.Places(from, to).Select(x => new PlaceProgressDto(x.Place, x.Place.Length == 0 ? "Uden for fokusområderne" : names.GetValueOrDefault(x.Place, x.Place), x.Activities, x.Participants)).ToList();
        var monthly = figures.Monthly(Metric.Participants, from, period is null ? limit : period.To.AddDays(1)).Select(m => new MonthDto($"{m.Month:yyyy-MM}", m.Count)).ToList();
        EquityDto? equity = null;
        if (ranking is { } r)
        {
            var eq = figures.Equity(r.Scores, from, to);
            equity = new EquityDto(r.Id, r.Name, eq.TopQuintileAreas, eq.Activities, eq.ActivitiesInTop, Round(eq.ActivityShare), eq.Participants, eq.ParticipantsInTop, Round(eq.ParticipantShare));
        }
        var note = rawCounts
            ? "Raw counts (planner of the municipality). Do not publish as they are."
            : $"Published figures: counts below {options.Threshold}, and totals whose differences would reveal one, are withheld (null); figures stand at the last complete month ({figures.PublishedThrough.AddDays(-1):yyyy-MM-dd}).";
        var progress = new ProgressDto(project.Id, project.Title, project.Municipality, at, rawCounts ? at : figures.Limit(at).AddDays(-1), rawCounts, options.Threshold,
            TargetProgress.DefaultTolerance, targetDtos, placeDtos, monthly, equity, note);
        var p = period ?? ReportingPeriod.Year(at.Year);
        var end = Min(p.To.AddDays(1), limit);
        var totals = new Dictionary<string, long?>
        {
            ["participants"] = figures.Total(Metric.Participants, p.From, end),
            ["new_participants"] = figures.Total(Metric.NewParticipants, p.From, end),
            ["ambassadors"] = figures.Total(Metric.Ambassadors, p.From, end),
            ["conversations"] = figures.Total(Metric.Conversations, p.From, end),
        };
        var dtos = activities.Select(a => FollowupMapping.Dto(a, places[a.Id])).ToList();
        return new FollowupReportModel
        {
            Project = FollowupMapping.Dto(project),
            Progress = progress,
            Period = p,
            Totals = totals,
            ActivitiesRunning = data.Activities.Count(a => a.RunsIn(p.From, p.To.AddDays(1))),
            ActivitiesStarted = data.Activities.Count(a => a.Start >= p.From && a.Start <= p.To),
            Activities = dtos.Where(a => a.Start <= p.To && (a.End is null || a.End >= p.From)).ToList(),
            Shapes = period is null ? [] : await store.FocusShapesAsync(data.FocusPlaces.Count > 0 ? data.FocusPlaces : [$"municipality:{project.Municipality}"], ct),
            Workshops = period is null ? [] : await store.WorkshopOutcomesAsync(project.Municipality, ct),
            Sources =
            [
                $"Kortlægning: registreringer for projekt {project.Id} «{project.Title}» (antal, ingen personer), udtrukket {DateTime.UtcNow:yyyy-MM-dd}.",
                "Områder: DAGI (Klimadatastyrelsen) og kommunens egne afgrænsninger af boligafdelinger og lokalsamfund.",
                .. targets.Where(t => t.Source is not null).Select(t => $"Mål: {t.Source}").Distinct(),
                .. ranking is { } rr ? [$"Behovsrangering: forudindstilling {rr.Id} «{rr.Name}» (sogne; øverste femtedel)."] : Array.Empty<string>(),
            ],
            Generated = DateTimeOffset.UtcNow,
        };
    }

    private static double? Round(double? x) => x is { } v ? Math.Round(v, 4) : null;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
