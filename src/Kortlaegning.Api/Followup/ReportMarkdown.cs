using System.Text;
using Kortlaegning.Api.Infrastructure.Localisation;

namespace Kortlaegning.Api.Followup;

/// <summary>The status report as Markdown (for the steering group's minutes); the same figures as the HTML.</summary>
public static class ReportMarkdown
{
    public static string Write(FollowupReportModel m)
    {
        var p = m.Progress;
        var sb = new StringBuilder();
        sb.AppendLine($"# {Cell(m.Project.Title)}").AppendLine();
        sb.AppendLine($"{Texts.ReportFor.Format(ReportText.PeriodName(m.Period), m.Project.Municipality)} · {Texts.FiguresThrough.Format(D(p.FiguresThrough))}").AppendLine();
        sb.AppendLine($"_{(p.RawCounts ? Texts.RawCountsShort.Get() : Texts.PublishedShort.Format(p.DisclosureThreshold))}_").AppendLine();
        sb.AppendLine($"## {Texts.TargetsHeading}").AppendLine();
        sb.AppendLine($"| {Texts.ColTarget} | {Texts.ColPeriod} | {Texts.ColTarget} | {Texts.ColAchieved} | {Texts.ColExpected} | {Texts.ColStatus} |").AppendLine("|---|---|---:|---:|---:|---|");
        foreach (var t in p.Targets)
        {
            sb.AppendLine($"| {Cell(ReportText.Target(t))} | {ReportText.Period(t)} | {ReportText.Number(t.Target)} | {ReportText.Number(t.Achieved)} | {ReportText.Number(t.Expected)} | {ReportText.Status(t.Status)} |");
        }
        sb.AppendLine().AppendLine($"## {Texts.FiguresHeading}").AppendLine().AppendLine("| | |").AppendLine("|---|---:|");
        sb.AppendLine($"| {Texts.ActivitiesRunning} | {m.ActivitiesRunning} |").AppendLine($"| {Texts.ActivitiesStarted} | {m.ActivitiesStarted} |");
        foreach (var (k, v) in m.Totals) sb.AppendLine($"| {ReportText.Metric(k)} | {ReportText.Number(v)} |");
        sb.AppendLine().AppendLine($"## {Texts.MonthlyHeading}").AppendLine().AppendLine($"| {Texts.ColMonth} | {Texts.ColParticipants} |").AppendLine("|---|---:|");
        foreach (var mo in p.Monthly) sb.AppendLine($"| {mo.Month} | {ReportText.Number(mo.Participants)} |");
        sb.AppendLine().AppendLine($"## {Texts.PlacesHeading}").AppendLine().AppendLine($"| {Texts.ColPlace} | {Texts.ColActivities} | {Texts.ColParticipants} |").AppendLine("|---|---:|---:|");
        foreach (var pl in p.Places) sb.AppendLine($"| {Cell(pl.Name)} | {pl.Activities} | {ReportText.Number(pl.Participants)} |");
        sb.AppendLine().AppendLine($"## {Texts.EquityHeading}").AppendLine();
        sb.AppendLine(p.Equity is { } eq
            ? Texts.EquityShort.Format(Cell(eq.Ranking), ReportText.Share(eq.ActivityShare), eq.ActivitiesInTop, eq.Activities, ReportText.Share(eq.ParticipantShare))
            : Texts.NoRankingChosen.Get());
        if (m.Workshops.Count > 0)
        {
            sb.AppendLine().AppendLine($"## {Texts.WorkshopsHeading}").AppendLine().AppendLine($"| {Texts.ColWorkshop} | {Texts.ColDate} | {Texts.ColCategory} | {Texts.ColNotes} |").AppendLine("|---|---|---|---:|");
            foreach (var w in m.Workshops) sb.AppendLine($"| {Cell(w.Title)} | {w.Date:dd-MM-yyyy} | {Cell(w.Category ?? "–")} | {w.Notes} |");
        }
        sb.AppendLine().AppendLine($"## {Texts.SourcesHeading}").AppendLine();
        foreach (var s in m.Sources) sb.AppendLine($"- {Cell(s)}");
        return sb.ToString();
    }

    private static string D(DateOnly d) => d.ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Text from data inside a table cell: pipes and line breaks would break the table, markup is escaped.</summary>
    private static string Cell(string s) => s.Replace("\\", "\\\\").Replace("|", "\\|").Replace("<", "&lt;").Replace("\r", " ").Replace("\n", " ");
}
