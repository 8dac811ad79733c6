using System.Globalization;
using System.Text;
using System.Text.Json;
using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Api.Infrastructure.Localisation;

namespace Kortlaegning.Api.Indicators;

/// <summary>
/// Values as CSV (comma + decimal point, or semicolon + decimal comma for Danish Excel) and as a GeoJSON
/// FeatureCollection. Suppressed values arrive here already NULL (the public view), so none can leak. The CSV names the
/// unit on every row (last, so scripts that read the earlier columns by position keep working). The header is in the
/// request's language (Danish unless Accept-Language prefers English, whose names are the import's column names); the
/// import reads either, so a downloaded file goes back up as it is.
/// </summary>
internal static class ValuesExport
{
    public static string Csv(IndicatorValues data, bool danishExcel)
    {
        char sep = danishExcel ? ';' : ',';
        IFormatProvider culture = danishExcel ? DanishNumbers.Format : CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendJoin(sep, Texts.ValuesCsvHeader.Select(h => h.Get())).Append("\r\n");
        foreach (var v in data.Values)
        {
            string N(double? d) => d?.ToString("0.######", culture) ?? "";
            string[] fields = [data.Indicator.Code, v.Level, v.Code, v.Name, v.MunicipalityCode ?? "", data.Period, N(v.Value), N(v.Numerator), N(v.Denominator), N(v.CiLow), N(v.CiHigh), v.Note ?? "", data.Indicator.Source.Id, data.Indicator.Unit];
            sb.AppendJoin(sep, fields.Select(f => Quote(f, sep))).Append("\r\n");
        }
        return sb.ToString();
    }

    /// <summary>RFC 4180 quoting; a leading =, +, - or @ is prefixed with ' so spreadsheets do not run it as a formula.</summary>
    private static string Quote(string field, char sep) => CsvCell.Field(field, sep);

    public static string GeoJson(IndicatorValues data, IReadOnlyList<string?> geometries) =>
        GeoJsonText.Collection(
            [new("indicator", data.Indicator), new("period", data.Period), new("sources", data.Sources)],
            data.Values.Select((v, i) => new FeatureText($"{v.Level}:{v.Code}", geometries[i], v)));
}
