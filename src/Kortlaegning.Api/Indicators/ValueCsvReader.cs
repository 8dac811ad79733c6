using System.Globalization;
using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Api.Infrastructure.Validation;
using Kortlaegning.Domain.Boundaries;

namespace Kortlaegning.Api.Indicators;

/// <summary>
/// Parses and validates a long-format value CSV:
/// <c>indicator,level,area_code,period,value,numerator,denominator,ci_low,ci_high[,note]</c>.
/// Comma or semicolon separated; with semicolons, numbers may use a decimal comma (Danish Excel). Every bad row
/// is reported, not just the first, so the uploader can fix the file in one go: as <c>rows[line].field</c> with the
/// line number in the file (header = line 1), or <c>header</c> for the header itself.
/// </summary>
public static class ValueCsvReader
{
    public static readonly string[] RequiredColumns = ["indicator", "level", "area_code", "period", "value", "numerator", "denominator", "ci_low", "ci_high"];

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
            errors.Add("header", "The file is empty.");
            return (rows, errors);
        }
        var header = csv.HeaderRecord.Select(h => h.Trim().ToLowerInvariant()).ToArray();
        var missing = RequiredColumns.Except(header).ToList();
        if (missing.Count > 0)
        {
            errors.Add("header", $"Missing column(s): {string.Join(", ", missing)}. Expected: {string.Join(",", RequiredColumns)}[,note].");
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
                Bad("indicator", $"Unknown indicator '{indicator}': GET /api/indicators lists the definitions; define your own with POST /api/indicators.");
            }
            var levelText = Field("level");
            string? code = null;
            if (!AreaLevels.TryParse(levelText, out var level)) Bad("level", $"Unknown level '{levelText}'.");
            else if ((code = AreaCodes.Normalise(level, Field("area_code"))) is null) Bad("area_code", $"'{Field("area_code")}' is not {AreaCodes.Describe(level)}.");
            else if (!areas.Contains((level.Name(), code))) Bad("area_code", $"No {level.Name()} with code {code} is loaded.");
            else if (unit is not null && areaCheck?.Invoke(indicator, level.Name(), code) is { } refused) Bad("area_code", refused);
            var period = Field("period");
            if (period.Length is 0 or > 20) Bad("period", "A period (e.g. 2021 or 2015-2019) is required.");

            double? Number(string name)
            {
                var t = Field(name);
                if (t.Length == 0) return null;
                if (DanishNumbers.TryParse(t, decimalComma, out var d)) return d;
                Bad(name, $"'{t}' is not a number.");
                return null;
            }
            var (value, num, den, lo, hi) = (Number("value"), Number("numerator"), Number("denominator"), Number("ci_low"), Number("ci_high"));
            if (!bad && unit is not null)
            {
                value ??= Domain.Indicators.Units.FromCounts(unit, num, den);
                // A count is its own numerator: disclosure control sees it whether it came as value or as numerator.
                if (unit == "count") num ??= value;
                if (value is null) Bad("value", "Give a value, or numerator and denominator.");
                if (unit == "percent" && value is < 0 or > 100) Bad("value", $"{value} is outside 0–100 for a percentage.");
                if (num < 0) Bad(unit == "count" && Field("numerator").Length == 0 ? "value" : "numerator", "A count cannot be negative.");
                if (den <= 0) Bad("denominator", "The denominator must be positive.");
                if (num > den) Bad("numerator", $"Numerator {num} is larger than denominator {den}.");
                if (lo > hi) Bad("ci_low", $"ci_low {lo} is above ci_high {hi}.");
                if (lo is not null && value < lo || hi is not null && value > hi) Bad("value", $"{value} lies outside its interval [{lo}, {hi}].");
            }
            if (bad) continue;
            var key = (indicator, level.Name(), code!, period);
            if (seen.TryGetValue(key, out var first))
            {
                Bad("area_code", $"Duplicate of line {first} (same indicator, area and period).");
                continue;
            }
            seen[key] = line;
            var note = Col("note") >= 0 && Field("note").Length > 0 ? Field("note") : null;
            rows.Add(new ValueRow(indicator, level.Name(), code!, period, value, num, den, lo, hi, note, source));
        }
        return (rows, errors);
    }
}
