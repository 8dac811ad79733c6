using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Kortlaegning.Api.Infrastructure.Localisation;

namespace Kortlaegning.Api.Followup;

/// <summary>
/// The status report as one HTML page with a print stylesheet (A4, no navigation, tables kept whole) so the
/// browser's print gives the PDF. No script; every text from data is HTML-encoded. The map is a static SVG of the
/// focus areas (EPSG:25832, north up) with the activities as dots and a legend; the chart is an SVG bar chart.
/// </summary>
public static class ReportHtml
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Default;

    private const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;color:#1b1b1b;max-width:60rem;margin:1.5rem auto;padding:0 1rem;line-height:1.4}
        h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.15rem;margin:1.5rem 0 .5rem;border-bottom:1px solid #ccc}
        table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #bbb;padding:.25rem .45rem;text-align:left}
        td.n{text-align:right;font-variant-numeric:tabular-nums}.muted{color:#555;font-size:.9rem}
        .bar{display:inline-block;height:.7rem;background:#2b6cb0;vertical-align:middle}.bar.exp{background:none;border-right:2px solid #c53030;height:.9rem}
        .legend span{display:inline-block;margin-right:1rem}.sw{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:middle}
        svg{max-width:100%;height:auto}
        @page{size:A4;margin:15mm}
        @media print{body{margin:0;max-width:none}h2{break-after:avoid}table,figure,svg{break-inside:avoid}a{color:inherit;text-decoration:none}}
        """;

    public static string Write(FollowupReportModel m)
    {
        var p = m.Progress;
        var sb = new StringBuilder();
        string E(string? s) => Html.Encode(s ?? "");
        sb.Append($"<!doctype html><html lang=\"{Language.Current}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        sb.Append($"<title>{E(Texts.ReportTitle.Format(m.Project.Title, m.Period.Label))}</title><style>{Style}</style></head><body>");
        sb.Append($"<h1>{E(m.Project.Title)}</h1><p class=\"muted\">{E(Texts.ReportFor.Format(ReportText.PeriodName(m.Period), m.Project.Municipality))} · ");
        sb.Append(E($"{Texts.ProjectPeriod.Format(D(m.Project.Start), D(m.Project.End))} · {Texts.FiguresThrough.Format(D(p.FiguresThrough))} · {Texts.Generated.Format(m.Generated.ToString("dd-MM-yyyy HH:mm", CultureInfo.InvariantCulture))}")).Append("</p>");
        sb.Append($"<p class=\"muted\">{E(p.RawCounts ? Texts.RawCounts.Get() : Texts.Published.Format(p.DisclosureThreshold, ReportText.Withheld))}</p>");

        sb.Append($"<h2>{Texts.MapHeading}</h2>").Append(Map(m));

        sb.Append($"<h2>{Texts.TargetsHeading}</h2>");
        if (p.Targets.Count == 0) sb.Append($"<p>{Texts.NoTargets}</p>");
        else
        {
            sb.Append($"<table><thead><tr><th>{Texts.ColTarget}</th><th>{Texts.ColPeriod}</th><th>{Texts.ColTarget}</th><th>{Texts.ColAchieved}</th><th>{Texts.ColExpectedByDate}</th><th>{Texts.ColStatus}</th><th>{Texts.ColProgress}</th></tr></thead><tbody>");
            foreach (var t in p.Targets)
            {
                double width = t.Achieved is { } a && t.Target > 0 ? Math.Min(100, 100 * a / t.Target) : 0;
                double exp = t.Target > 0 ? Math.Min(100, 100 * t.Expected / t.Target) : 0;
                sb.Append($"<tr><td>{E(ReportText.Target(t))}</td><td>{E(ReportText.Period(t))}</td><td class=\"n\">{E(ReportText.Number(t.Target))}</td>");
                sb.Append($"<td class=\"n\">{E(ReportText.Number(t.Achieved))}</td><td class=\"n\">{E(ReportText.Number(t.Expected))}</td><td>{E(ReportText.Status(t.Status))}</td>");
                sb.Append($"<td><svg width=\"120\" height=\"12\" role=\"img\" aria-label=\"{E(Texts.OfTarget.Format(Math.Round(width)))}\"><rect width=\"120\" height=\"12\" fill=\"#edf2f7\"/><rect width=\"{1.2 * width:0.#}\" height=\"12\" fill=\"#2b6cb0\"/><rect x=\"{1.2 * exp:0.#}\" width=\"2\" height=\"12\" fill=\"#c53030\"/></svg></td></tr>");
            }
            sb.Append($"</tbody></table><p class=\"muted\">{E(Texts.ExpectedNote.Get())}</p>");
        }

        sb.Append($"<h2>{Texts.FiguresHeading}</h2><table><tbody>");
        sb.Append($"<tr><th>{Texts.ActivitiesRunning}</th><td class=\"n\">{m.ActivitiesRunning}</td></tr><tr><th>{Texts.ActivitiesStarted}</th><td class=\"n\">{m.ActivitiesStarted}</td></tr>");
        foreach (var (k, v) in m.Totals) sb.Append($"<tr><th>{E(ReportText.Metric(k))}</th><td class=\"n\">{E(ReportText.Number(v))}</td></tr>");
        sb.Append("</tbody></table>");

        sb.Append($"<h2>{Texts.MonthlyHeading}</h2>").Append(Chart(p.Monthly));

        sb.Append($"<h2>{Texts.PlacesHeading}</h2><table><thead><tr><th>{Texts.ColPlace}</th><th>{Texts.ColActivities}</th><th>{Texts.ColParticipants}</th></tr></thead><tbody>");
        foreach (var pl in p.Places) sb.Append($"<tr><td>{E(pl.Name)}</td><td class=\"n\">{pl.Activities}</td><td class=\"n\">{E(ReportText.Number(pl.Participants))}</td></tr>");
        sb.Append("</tbody></table>");

        sb.Append($"<h2>{Texts.EquityHeading}</h2>");
        if (p.Equity is { } eq)
        {
            sb.Append("<p>").Append(E(Texts.EquityText.Format(eq.Ranking, eq.TopQuintileParishes.Count, ReportText.Share(eq.ActivityShare), eq.ActivitiesInTop, eq.Activities, ReportText.Share(eq.ParticipantShare)))).Append("</p>");
        }
        else sb.Append($"<p class=\"muted\">{Texts.NoRankingHint}</p>");

        sb.Append($"<h2>{Texts.WorkshopsHeading}</h2>");
        if (m.Workshops.Count == 0) sb.Append($"<p class=\"muted\">{Texts.NoWorkshops}</p>");
        else
        {
            sb.Append($"<table><thead><tr><th>{Texts.ColWorkshop}</th><th>{Texts.ColDate}</th><th>{Texts.ColCategory}</th><th>{Texts.ColPublishedNotes}</th></tr></thead><tbody>");
            foreach (var w in m.Workshops) sb.Append($"<tr><td>{E(w.Title)}</td><td>{w.Date:dd-MM-yyyy}</td><td>{E(w.Category ?? "–")}</td><td class=\"n\">{w.Notes}</td></tr>");
            sb.Append("</tbody></table>");
        }

        sb.Append($"<h2>{Texts.ActivitiesHeading}</h2><table><thead><tr><th>{Texts.ColActivity}</th><th>{Texts.ColType}</th><th>{Texts.ColStart}</th><th>{Texts.ColEnd}</th><th>{Texts.ColStatus}</th></tr></thead><tbody>");
        foreach (var a in m.Activities) sb.Append($"<tr><td>{E(a.Title)}</td><td>{E(a.Kind)}</td><td>{a.Start:dd-MM-yyyy}</td><td>{(a.End is { } end ? end.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture) : "–")}</td><td>{E(a.Status)}</td></tr>");
        sb.Append("</tbody></table>");

        sb.Append($"<h2>{Texts.SourcesHeading}</h2><ul>");
        foreach (var s in m.Sources) sb.Append($"<li>{E(s)}</li>");
        sb.Append("</ul></body></html>");
        return sb.ToString();
    }

    /// <summary>Focus areas as SVG paths (ST_AsSVG: y already negated) with the activities as dots and a legend.</summary>
    private static string Map(FollowupReportModel m)
    {
        if (m.Shapes.Count == 0) return $"<p class=\"muted\">{Texts.NoShapes}</p>";
        double xmin = m.Shapes.Min(s => s.XMin), xmax = m.Shapes.Max(s => s.XMax), ymin = m.Shapes.Min(s => s.YMin), ymax = m.Shapes.Max(s => s.YMax);
        var points = m.Activities.Select(a => Project(a.Place.Lon, a.Place.Lat)).ToList();
        foreach (var (x, y) in points)
        {
            (xmin, xmax, ymin, ymax) = (Math.Min(xmin, x), Math.Max(xmax, x), Math.Min(ymin, y), Math.Max(ymax, y));
        }
        double pad = Math.Max(xmax - xmin, ymax - ymin) * 0.05 + 50;
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.Append(string.Create(inv, $"<figure><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"{xmin - pad:0} {-(ymax + pad):0} {xmax - xmin + 2 * pad:0} {ymax - ymin + 2 * pad:0}\" width=\"640\" role=\"img\" aria-label=\"{Texts.MapLabel}\">"));
        double stroke = (xmax - xmin + 2 * pad) / 400;
        foreach (var s in m.Shapes) sb.Append(string.Create(inv, $"<path d=\"{Html.Encode(s.Path)}\" fill=\"#bee3f8\" fill-opacity=\"0.7\" stroke=\"#2c5282\" stroke-width=\"{stroke:0.#}\"><title>{Html.Encode(s.Name)}</title></path>"));
        foreach (var (x, y) in points) sb.Append(string.Create(inv, $"<circle cx=\"{x:0}\" cy=\"{-y:0}\" r=\"{stroke * 4:0.#}\" fill=\"#dd6b20\" stroke=\"#fff\" stroke-width=\"{stroke:0.#}\"/>"));
        sb.Append($"</svg><figcaption class=\"legend\"><span><i class=\"sw\" style=\"background:#bee3f8;border:1px solid #2c5282\"></i>{Texts.LegendFocus}</span>");
        sb.Append($"<span><i class=\"sw\" style=\"background:#dd6b20;border-radius:50%\"></i>{Texts.LegendActivity}</span><span class=\"muted\">{Texts.LegendCrs}</span></figcaption></figure>");
        return sb.ToString();
    }

    private static string D(DateOnly d) => d.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

    /// <summary>WGS 84 → EPSG:25832 (UTM zone 32N), accurate to well under a metre in Denmark; the map needs no more.</summary>
    internal static (double X, double Y) Project(double lon, double lat)
    {
        var p = Domain.Spatial.Crs.ToUtm32(lon, lat);
        return (p.X, p.Y);
    }

    private static string Chart(IReadOnlyList<MonthDto> months)
    {
        if (months.Count == 0) return $"<p class=\"muted\">{Texts.NoMonths}</p>";
        long max = Math.Max(1, months.Max(m => m.Participants ?? 0));
        const int w = 40, h = 160;
        var sb = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {months.Count * w + 10} {h + 40}\" width=\"{Math.Min(640, months.Count * w + 10)}\" role=\"img\" aria-label=\"{Texts.MonthlyHeading}\">"));
        for (int i = 0; i < months.Count; i++)
        {
            var m = months[i];
            double bh = (m.Participants ?? 0) * (double)h / max;
            sb.Append(string.Create(CultureInfo.InvariantCulture, $"<rect x=\"{i * w + 8}\" y=\"{h - bh + 10:0.#}\" width=\"{w - 8}\" height=\"{bh:0.#}\" fill=\"#2b6cb0\"/>"));
            sb.Append(string.Create(CultureInfo.InvariantCulture, $"<text x=\"{i * w + 8 + (w - 8) / 2}\" y=\"{h + 24}\" font-size=\"10\" text-anchor=\"middle\">{m.Month[5..]}</text>"));
            sb.Append(string.Create(CultureInfo.InvariantCulture, $"<text x=\"{i * w + 8 + (w - 8) / 2}\" y=\"{h - bh + 6:0.#}\" font-size=\"9\" text-anchor=\"middle\">{(m.Participants is { } n ? n.ToString(CultureInfo.InvariantCulture) : ReportText.Withheld)}</text>"));
        }
        return sb.Append("</svg>").ToString();
    }
}
