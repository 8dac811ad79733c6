using System.Text;

namespace Kortlaegning.Api.Followup;

/// <summary>The status report as Markdown (for the steering group's minutes); the same figures as the HTML.</summary>
public static class ReportMarkdown
{
    public static string Write(FollowupReportModel m)
    {
        var p = m.Progress;
        var sb = new StringBuilder();
        sb.AppendLine($"# {Cell(m.Project.Title)}").AppendLine();
        sb.AppendLine($"Statusrapport for {ReportText.PeriodName(m.Period)} · kommune {m.Project.Municipality} · tal til og med {p.FiguresThrough:dd-MM-yyyy}").AppendLine();
        sb.AppendLine(p.RawCounts ? "_Rå tal – må ikke offentliggøres som de er._" : $"_Antal under {p.DisclosureThreshold} og totaler, hvis forskel ville afsløre et sådant, er skjult._").AppendLine();
        sb.AppendLine("## Mål og fremdrift").AppendLine();
        sb.AppendLine("| Mål | Periode | Mål | Opnået | Forventet | Status |").AppendLine("|---|---|---:|---:|---:|---|");
        foreach (var t in p.Targets)
        {
            sb.AppendLine($"| {Cell(ReportText.Target(t))} | {ReportText.Period(t)} | {ReportText.Number(t.Target)} | {ReportText.Number(t.Achieved)} | {ReportText.Number(t.Expected)} | {ReportText.Status(t.Status)} |");
        }
        sb.AppendLine().AppendLine("## Perioden i tal").AppendLine().AppendLine("| | |").AppendLine("|---|---:|");
        sb.AppendLine($"| Aktiviteter i gang | {m.ActivitiesRunning} |").AppendLine($"| Aktiviteter startet | {m.ActivitiesStarted} |");
        foreach (var (k, v) in m.Totals) sb.AppendLine($"| {ReportText.Metric(k)} | {ReportText.Number(v)} |");
        sb.AppendLine().AppendLine("## Deltagere pr. måned").AppendLine().AppendLine("| Måned | Deltagere |").AppendLine("|---|---:|");
        foreach (var mo in p.Monthly) sb.AppendLine($"| {mo.Month} | {ReportText.Number(mo.Participants)} |");
        sb.AppendLine().AppendLine("## Fokusområder").AppendLine().AppendLine("| Sted | Aktiviteter | Deltagere |").AppendLine("|---|---:|---:|");
        foreach (var pl in p.Places) sb.AppendLine($"| {Cell(pl.Name)} | {pl.Activities} | {ReportText.Number(pl.Participants)} |");
        sb.AppendLine().AppendLine("## Lighed").AppendLine();
        sb.AppendLine(p.Equity is { } eq
            ? $"Øverste femtedel af «{Cell(eq.Ranking)}»: aktiviteter {ReportText.Share(eq.ActivityShare)} ({eq.ActivitiesInTop} af {eq.Activities}), deltagere {ReportText.Share(eq.ParticipantShare)}."
            : "Ingen behovsrangering valgt.");
        if (m.Workshops.Count > 0)
        {
            sb.AppendLine().AppendLine("## Workshops").AppendLine().AppendLine("| Workshop | Dato | Kategori | Noter |").AppendLine("|---|---|---|---:|");
            foreach (var w in m.Workshops) sb.AppendLine($"| {Cell(w.Title)} | {w.Date:dd-MM-yyyy} | {Cell(w.Category ?? "–")} | {w.Notes} |");
        }
        sb.AppendLine().AppendLine("## Kilder").AppendLine();
        foreach (var s in m.Sources) sb.AppendLine($"- {Cell(s)}");
        return sb.ToString();
    }

    /// <summary>Text from data inside a table cell: pipes and line breaks would break the table, markup is escaped.</summary>
    private static string Cell(string s) => s.Replace("\\", "\\\\").Replace("|", "\\|").Replace("<", "&lt;").Replace("\r", " ").Replace("\n", " ");
}
