using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Api.Infrastructure.Localisation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kortlaegning.Api.Workshops;

/// <summary>
/// Exports for the facilitator: GeoJSON (all fields), CSV for Danish Excel (semicolons, UTF-8 with BOM, cells that
/// would start a formula prefixed with an apostrophe), and a summary in HTML or Markdown. Text is stored as given and
/// escaped here, on the way out. Published items only unless <c>include=all</c>.
/// </summary>
internal static class WorkshopExports
{
    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> GeoJson(Guid id, string? include, HttpContext http, WorkshopStore store, CancellationToken ct)
    {
        if (!TryInclude(include, out var all, out var problem)) return problem!;
        var features = await store.FeaturesAsync(id, null, all, ct);
        Attachment(http, id, "geojson");
        return GeoJsonText.Ok(GeoJsonText.Collection([], features));
    }

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> Csv(Guid id, string? include, HttpContext http, WorkshopStore store, CancellationToken ct)
    {
        if (!TryInclude(include, out var all, out var problem)) return problem!;
        var sb = new StringBuilder("\uFEFF");
        sb.AppendJoin(';', Texts.WorkshopCsvHeader.Select(h => h.Get())).Append("\r\n");
        foreach (var r in await store.ExportRowsAsync(id, all, ct))
        {
            string[] cells =
            [
                r.Id.ToString(CultureInfo.InvariantCulture), r.Category, r.Label, r.Text, r.Status, r.GeometryType,
                r.Votes.ToString(CultureInfo.InvariantCulture), Decimal(r.Lon), Decimal(r.Lat), r.Areas, r.Blurred ? Texts.Yes.Get() : Texts.No.Get(),
                r.MergedInto?.ToString(CultureInfo.InvariantCulture) ?? "", r.CreatedAt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            ];
            sb.AppendJoin(';', cells.Select(Cell)).Append("\r\n");
        }
        Attachment(http, id, "csv");
        return TypedResults.Text(sb.ToString(), "text/csv", Encoding.UTF8);
    }

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> Summary(Guid id, string format, WorkshopStore store, CancellationToken ct)
    {
        var details = await store.DetailsAsync(id, false, ct);
        if (details is null) return Problems.NotFound("No such workshop.");
        var counts = await store.CountsAsync(id, ct);
        var top = (await store.ExportRowsAsync(id, false, ct)).OrderByDescending(r => r.Votes).ThenBy(r => r.Id).Take(10).ToList();
        var names = details.Areas.ToDictionary(a => a.Code, a => a.Name);
        return format == "html"
            ? TypedResults.Text(WorkshopSummary.Html(details, counts, top, names), "text/html", Encoding.UTF8)
            : TypedResults.Text(WorkshopSummary.Markdown(details, counts, top, names), "text/markdown", Encoding.UTF8);
    }

    internal static bool TryInclude(string? include, out bool all, out ProblemHttpResult? problem)
    {
        all = include == "all";
        problem = include is null or "all" or "published" ? null : Problems.BadParameter("include", Texts.IncludeRule.Get());
        return problem is null;
    }

    /// <summary>Quotes a cell when needed; a leading = + - @ would make Excel run it as a formula (CSV injection).</summary>
    private static string Cell(string value) => CsvCell.Field(value, ';');

    /// <summary>Danish Excel reads a decimal comma.</summary>
    private static string Decimal(double v) => v.ToString("0.000000", CultureInfo.InvariantCulture).Replace('.', ',');

    private static void Attachment(HttpContext http, Guid id, string ext) =>
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"workshop-{id:N}.{ext}\"";
}

/// <summary>The summary document: counts by category and area, top-voted items. Every user text is escaped.</summary>
public static class WorkshopSummary
{
    // Escapes markup characters (< > & " ') but leaves Danish letters readable in the source.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Html(WorkshopDetails d, WorkshopCounts c, List<ExportRow> top, Dictionary<string, string> names)
    {
        static string H(string s) => Encoder.Encode(s);
        var sb = new StringBuilder();
        sb.Append("<!doctype html>\n<html lang=\"").Append(Language.Current).Append("\"><head><meta charset=\"utf-8\"><title>").Append(H(d.Title)).Append("</title></head><body>\n");
        sb.Append("<h1>").Append(H(d.Title)).Append("</h1>\n<p>").Append(H(Line(d, c))).Append("</p>\n");
        sb.Append($"<h2>{Texts.SummaryByCategory}</h2>\n<table><tr><th>{Texts.SummaryCategory}</th><th>{Texts.SummaryCount}</th></tr>\n");
        foreach (var k in c.ByCategory) sb.Append("<tr><td>").Append(H(k.Label)).Append("</td><td>").Append(k.Count).Append("</td></tr>\n");
        sb.Append($"</table>\n<h2>{Texts.SummaryByArea}</h2>\n<table><tr><th>{Texts.SummaryArea}</th><th>{Texts.SummaryCategory}</th><th>{Texts.SummaryCount}</th></tr>\n");
        foreach (var a in c.ByAreaAndCategory)
        {
            sb.Append("<tr><td>").Append(H($"{a.Name} ({a.Area})")).Append("</td><td>").Append(H(Label(d, a.Category))).Append("</td><td>").Append(a.Count).Append("</td></tr>\n");
        }
        sb.Append($"</table>\n<h2>{Texts.SummaryTopVoted}</h2>\n<ol>\n");
        foreach (var r in top)
        {
            sb.Append("<li><strong>").Append(H(r.Label)).Append("</strong> (").Append(Texts.SummaryDots.Format(r.Votes)).Append(", ")
              .Append(H(AreaNames(r.Areas, names))).Append("): ").Append(H(r.Text)).Append("</li>\n");
        }
        sb.Append("</ol>\n");
        if (c.AreaVotes.Count > 0)
        {
            sb.Append($"<h2>{Texts.SummaryAreaVotes}</h2>\n<ul>\n");
            foreach (var v in c.AreaVotes) sb.Append("<li>").Append(H(AreaNames(v.Area, names))).Append(": ").Append(v.Votes).Append("</li>\n");
            sb.Append("</ul>\n");
        }
        return sb.Append("</body></html>\n").ToString();
    }

    public static string Markdown(WorkshopDetails d, WorkshopCounts c, List<ExportRow> top, Dictionary<string, string> names)
    {
        var sb = new StringBuilder();
        sb.Append("# ").Append(Md(d.Title)).Append("\n\n").Append(Md(Line(d, c))).Append("\n\n");
        sb.Append($"## {Texts.SummaryByCategory}\n\n| {Texts.SummaryCategory} | {Texts.SummaryCount} |\n|---|---:|\n");
        foreach (var k in c.ByCategory) sb.Append("| ").Append(Md(k.Label)).Append(" | ").Append(k.Count).Append(" |\n");
        sb.Append($"\n## {Texts.SummaryByArea}\n\n| {Texts.SummaryArea} | {Texts.SummaryCategory} | {Texts.SummaryCount} |\n|---|---|---:|\n");
        foreach (var a in c.ByAreaAndCategory) sb.Append("| ").Append(Md($"{a.Name} ({a.Area})")).Append(" | ").Append(Md(Label(d, a.Category))).Append(" | ").Append(a.Count).Append(" |\n");
        sb.Append($"\n## {Texts.SummaryTopVoted}\n\n");
        int i = 1;
        foreach (var r in top) sb.Append(i++).Append(". **").Append(Md(r.Label)).Append("** (").Append(Texts.SummaryDots.Format(r.Votes)).Append(", ").Append(Md(AreaNames(r.Areas, names))).Append("): ").Append(Md(r.Text)).Append('\n');
        if (c.AreaVotes.Count > 0)
        {
            sb.Append($"\n## {Texts.SummaryAreaVotes}\n\n");
            foreach (var v in c.AreaVotes) sb.Append("- ").Append(Md(AreaNames(v.Area, names))).Append(": ").Append(v.Votes).Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>
    /// Markdown renderers pass raw HTML through, so &lt; &gt; &amp; become entities; Markdown punctuation is
    /// backslash-escaped and line breaks flattened so a comment cannot start a heading, list or table row.
    /// </summary>
    public static string Md(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var ch in s)
        {
            switch (ch)
            {
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '&': sb.Append("&amp;"); break;
                case '\n' or '\r': sb.Append(' '); break;
                case '\\' or '`' or '*' or '_' or '{' or '}' or '[' or ']' or '(' or ')' or '#' or '+' or '-' or '!' or '|':
                    sb.Append('\\').Append(ch); break;
                default: sb.Append(ch); break;
            }
        }
        return sb.ToString();
    }

    private static string Line(WorkshopDetails d, WorkshopCounts c) =>
        Texts.SummaryLine.Format(d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d.Municipality, c.Total);

    private static string Label(WorkshopDetails d, string key) => d.Categories.FirstOrDefault(k => k.Key == key)?.Label ?? key;

    private static string AreaNames(string codes, Dictionary<string, string> names) =>
        codes.Length == 0 ? Texts.SummaryOutside.Get() : string.Join(", ", codes.Split(',').Select(c => names.TryGetValue(c, out var n) ? n : c));
}
