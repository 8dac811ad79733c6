using System.Globalization;
using System.Text;
using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Api.Infrastructure.Localisation;

namespace Kortlaegning.Api.Followup;

/// <summary>
/// The report's tables as one CSV: a <c>table</c> column names each (targets, totals, months, places, equity). With
/// <c>delimiter=semicolon</c> it is Danish Excel's dialect (semicolons, decimal comma, UTF-8 with BOM); otherwise
/// commas and decimal points without BOM. Cells starting with = + - @ (or a tab/CR) get a leading apostrophe so a
/// spreadsheet never runs them as formulas. Withheld figures are the word "skjult" ("withheld" in English); the header
/// row is in the request's language, the table names and codes in the rows are not (programs filter on them).
/// </summary>
public static class ReportCsv
{
    public static byte[] Write(FollowupReportModel m, bool semicolon)
    {
        var sb = new StringBuilder();
        string d = semicolon ? ";" : ",";
        void Row(params string?[] cells) => sb.Append(string.Join(d, cells.Select(c => Quote(Neutralise(c ?? ""), d)))).Append("\r\n");
        string N(double? v) => v is { } x ? (semicolon ? x.ToString("0.####", CultureInfo.InvariantCulture).Replace('.', ',') : x.ToString("0.####", CultureInfo.InvariantCulture)) : ReportText.Withheld;
        var p = m.Progress;
        Row([.. Texts.ReportCsvHeader.Select(h => h.Get())]);
        foreach (var t in p.Targets) Row("targets", t.Metric, ReportText.Period(t), N(t.Target), N(t.Achieved), N(t.Expected), t.Status ?? "", t.Place, t.Track);
        foreach (var (k, v) in m.Totals) Row("totals", k, m.Period.Label, "", N(v), "", "", "", "");
        Row("totals", "activities_running", m.Period.Label, "", N(m.ActivitiesRunning), "", "", "", "");
        Row("totals", "activities_started", m.Period.Label, "", N(m.ActivitiesStarted), "", "", "", "");
        foreach (var mo in p.Monthly) Row("months", "participants", mo.Month, "", N(mo.Participants), "", "", "", "");
        foreach (var pl in p.Places) Row("places", pl.Name, m.Period.Label, N(pl.Activities), N(pl.Participants), "", "", pl.Place, "");
        if (p.Equity is { } eq)
        {
            Row("equity", "activity_share", m.Period.Label, "", N(eq.ActivityShare), "", "", "", "");
            Row("equity", "participant_share", m.Period.Label, "", N(eq.ParticipantShare), "", "", "", "");
        }
        var body = Encoding.UTF8.GetBytes(sb.ToString());
        return semicolon ? [.. Encoding.UTF8.GetPreamble(), .. body] : body;
    }

    public static string Neutralise(string cell) => CsvCell.Neutralise(cell);

    private static string Quote(string cell, string delimiter) => CsvCell.Field(cell, delimiter[0]);
}
