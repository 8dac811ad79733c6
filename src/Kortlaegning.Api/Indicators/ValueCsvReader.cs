using System.Globalization;
using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Api.Infrastructure.Localisation;
using Kortlaegning.Api.Infrastructure.Validation;
using Kortlaegning.Domain.Boundaries;

namespace Kortlaegning.Api.Indicators;

/// <summary>
/// Parses and validates a long-format value CSV:
/// <c>indicator,level,area_code,period,value,numerator,denominator,ci_low,ci_high[,note]</c>, or the same columns under
/// the Danish names of the download (<c>indikator,niveau,områdekode,…</c>).
/// Comma or semicolon separated; with semicolons, numbers may use a decimal comma (Danish Excel). Every bad row
/// is reported, not just the first, so the uploader can fix the file in one go: as <c>rows[line].field</c> with the
/// line number in the file (header = line 1), or <c>header</c> for the header itself.
/// </summary>
public static class ValueCsvReader
{
    public static readonly string[] RequiredColumns = ["indicator", "level", "area_code", "period", "value", "numerator", "denominator", "ci_low", "ci_high"];

    /// <summary>The Danish header of the download (<see cref="Texts.ValuesCsvHeader"/>) names the same columns.</summary>
    private static readonly Dictionary<string, string> DanishColumns = Texts.ValuesCsvHeader.ToDictionary(t => t.Da, t => t.En);

    /// <summary>
    /// <paramref name="areaCheck"/> (indicator, level, area code) may refuse an otherwise good row's area with a reason,
    /// e.g. an own indicator's value outside its municipality.
    /// </summary>
    public static (List<ValueRow> Rows, FieldErrors Errors) Parse(
        string text, IReadOnlyDictionary<string, string> indicatorUnits, IReadOnlySet<(string Level, string Code)> areas, string source,
        Func<string, string, string, string?>? areaCheck = null)
    {
        var rows = new List<ValueRow>();
        var errors = new FieldErrors();
        var (csv, decimalComma) = UploadCsv.Open(text);
        using var _ = csv;
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is null)
        {
            errors.Add("header", Texts.FileEmpty.Get());
            return (rows, errors);
        }
        var header = csv.HeaderRecord.Select(h => h.Trim().ToLowerInvariant()).Select(h => DanishColumns.GetValueOrDefault(h, h)).ToArray();
        var missing = RequiredColumns.Except(header).ToList();
        if (missing.Count > 0)
        {
            errors.Add("header", Texts.MissingColumnsExpected.Format(string.Join(", ", missing), string.Join(",", RequiredColumns) + "[,note]"));
            return (rows, errors);
        }
        int Col(string name) => Array.IndexOf(header, name);
        var seen = new Dictionary<(string, string, string, string), int>();
        while (csv.Read())
        {
            int line = csv.Parser.RawRow;
            string Field(string name) => Col(name) is var c and >= 0 ? (csv.GetField(c) ?? "").Trim() : "";
            bool bad = false;
            void Bad(string field, string reason)
            {
                errors.AddRow(line, field, reason);
                bad = true;
            }

            var indicator = Field("indicator");
            if (!indicatorUnits.TryGetValue(indicator, out var unit))
            {
                Bad("indicator", Texts.UnknownIndicatorRow.Format(indicator));
            }
            var levelText = Field("level");
            string? code = null;
            if (!AreaLevels.TryParse(levelText, out var level)) Bad("level", Texts.UnknownLevel.Format(levelText));
            else if ((code = AreaCodes.Normalise(level, Field("area_code"))) is null) Bad("area_code", Texts.NotAreaCode.Format(Field("area_code"), Texts.AreaCodeRule(level)));
            else if (!areas.Contains((level.Name(), code))) Bad("area_code", Texts.NotLoaded.Format(level.Name(), code));
            else if (unit is not null && areaCheck?.Invoke(indicator, level.Name(), code) is { } refused) Bad("area_code", refused);
            var period = Field("period");
            if (period.Length is 0 or > 20) Bad("period", Texts.PeriodRequiredRow.Get());

            double? Number(string name)
            {
                var t = Field(name);
                if (t.Length == 0) return null;
                if (DanishNumbers.TryParse(t, decimalComma, out var d)) return d;
                Bad(name, Texts.NotANumber.Format(t));
                return null;
            }
            var (value, num, den, lo, hi) = (Number("value"), Number("numerator"), Number("denominator"), Number("ci_low"), Number("ci_high"));
            if (!bad && unit is not null)
            {
                value ??= Domain.Indicators.Units.FromCounts(unit, num, den);
                // A count is its own numerator: disclosure control sees it whether it came as value or as numerator.
                if (unit == "count") num ??= value;
                if (value is null) Bad("value", Texts.GiveValue.Get());
                if (unit == "percent" && value is < 0 or > 100) Bad("value", Texts.PercentRange.Format(value));
                if (num < 0) Bad(unit == "count" && Field("numerator").Length == 0 ? "value" : "numerator", Texts.CountNotNegative.Get());
                if (den <= 0) Bad("denominator", Texts.DenominatorPositive.Get());
                if (num > den) Bad("numerator", Texts.NumeratorAboveDenominator.Format(num, den));
                if (lo > hi) Bad("ci_low", Texts.IntervalReversed.Format(lo, hi));
                if (lo is not null && value < lo || hi is not null && value > hi) Bad("value", Texts.OutsideInterval.Format(value, lo, hi));
            }
            if (bad) continue;
            var key = (indicator, level.Name(), code!, period);
            if (seen.TryGetValue(key, out var first))
            {
                Bad("area_code", Texts.DuplicateLine.Format(first));
                continue;
            }
            seen[key] = line;
            var note = Col("note") >= 0 && Field("note").Length > 0 ? Field("note") : null;
            rows.Add(new ValueRow(indicator, level.Name(), code!, period, value, num, den, lo, hi, note, source));
        }
        return (rows, errors);
    }
}
