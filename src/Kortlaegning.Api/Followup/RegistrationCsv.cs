using System.Globalization;
using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Api.Infrastructure.Localisation;
using Kortlaegning.Api.Infrastructure.Validation;
using Kortlaegning.Domain.Followup;

namespace Kortlaegning.Api.Followup;

/// <summary>
/// Registrations from CSV as Danish Excel saves it (semicolons, decimal comma, BOM) or plain comma CSV. Columns, Danish
/// or English, any order: <c>dato</c>/<c>date</c> (yyyy-mm-dd, dd-mm-yyyy or dd.mm.yyyy) or <c>måned</c>/<c>month</c>
/// (yyyy-mm), <c>deltagere</c>/<c>participants</c>, <c>nye_deltagere</c>/<c>new_participants</c>,
/// <c>ambassadører</c>/<c>ambassadors</c>, <c>kontakter</c>/<c>contacts</c>. Counts are whole numbers ("12,0" is 12).
/// Problems are named <c>rows[line].field</c> with the file's line number.
/// </summary>
public static class RegistrationCsv
{
    private static readonly Dictionary<string, string> Columns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dato"] = "date",
        ["date"] = "date",
        ["måned"] = "month",
        ["maaned"] = "month",
        ["month"] = "month",
        ["deltagere"] = "participants",
        ["participants"] = "participants",
        ["nye_deltagere"] = "newParticipants",
        ["nye deltagere"] = "newParticipants",
        ["new_participants"] = "newParticipants",
        ["newparticipants"] = "newParticipants",
        ["ambassadører"] = "ambassadors",
        ["ambassadorer"] = "ambassadors",
        ["ambassadors"] = "ambassadors",
        ["kontakter"] = "contacts",
        ["contacts"] = "contacts",
    };

    public static List<(int Line, RegistrationBody Body)> Read(string text, FieldErrors errors)
    {
        var rows = new List<(int, RegistrationBody)>();
        var (csv, decimalComma) = UploadCsv.Open(text);
        using (csv)
        {
            if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { } header)
            {
                errors.Add("file", Texts.RegistrationFileEmpty.Get());
                return rows;
            }
            var map = new Dictionary<string, int>();
            for (int i = 0; i < header.Length; i++)
            {
                var name = header[i].Trim().TrimStart('\uFEFF');
                if (Columns.TryGetValue(name, out var field)) map.TryAdd(field, i);
                else errors.Add($"columns.{name}", Texts.UnknownColumnUse.Format(name, string.Join(", ", Columns.Keys.Take(10))));
            }
            if (!map.ContainsKey("date") && !map.ContainsKey("month")) errors.Add("columns", Texts.DateOrMonthColumn.Get());
            if (errors.Any) return rows;
            while (csv.Read())
            {
                int line = csv.Parser.RawRow;
                string? Cell(string field) => map.TryGetValue(field, out var i) ? csv.GetField(i)?.Trim() : null;
                int? Count(string field)
                {
                    var s = Cell(field);
                    if (string.IsNullOrEmpty(s)) return null;
                    if (DanishNumbers.TryParse(s, decimalComma, out var v) && v == Math.Floor(v) && Math.Abs(v) <= FollowupLimits.MaxCount * 10.0) return (int)v;
                    errors.AddRow(line, field, Texts.NotAWholeNumber.Format(s));
                    return null;
                }
                if (Enumerable.Range(0, csv.Parser.Count).All(i => string.IsNullOrWhiteSpace(csv.GetField(i)))) continue;
                rows.Add((line, new RegistrationBody(DanishDate(Cell("date")), Cell("month"), Count("participants"), Count("newParticipants"), Count("ambassadors"), Count("contacts"))));
                if (rows.Count > FollowupLimits.MaxImportRows)
                {
                    errors.Add("file", Texts.AtMostRowsPerImport.Format(FollowupLimits.MaxImportRows));
                    break;
                }
            }
        }
        return rows;
    }

    /// <summary>dd-mm-yyyy and dd.mm.yyyy (Danish Excel) as yyyy-mm-dd; anything else is passed on for the usual check.</summary>
    private static string? DanishDate(string? s)
    {
        if (string.IsNullOrEmpty(s)) return s;
        return DateOnly.TryParseExact(s, ["dd-MM-yyyy", "d-M-yyyy", "dd.MM.yyyy", "d.M.yyyy", "dd/MM/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : s;
    }
}
