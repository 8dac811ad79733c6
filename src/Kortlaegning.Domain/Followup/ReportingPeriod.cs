using System.Globalization;
using System.Text.RegularExpressions;

namespace Kortlaegning.Domain.Followup;

/// <summary>A reporting period: a calendar year (<c>2026</c>) or quarter (<c>2026Q2</c>), both ends inclusive.</summary>
public sealed partial record ReportingPeriod(string Label, DateOnly From, DateOnly To)
{
    public bool IsYear => Label.Length == 4;

    public static bool TryParse(string? text, out ReportingPeriod period)
    {
        period = null!;
        var m = Pattern().Match(text?.Trim() ?? "");
        if (!m.Success) return false;
        int year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (year is < 2000 or > 2100) return false;
        if (!m.Groups["q"].Success)
        {
            period = Year(year);
            return true;
        }
        int q = m.Groups["q"].Value[0] - '0';
        var from = new DateOnly(year, 3 * (q - 1) + 1, 1);
        period = new ReportingPeriod($"{year}Q{q}", from, from.AddMonths(3).AddDays(-1));
        return true;
    }

    public static ReportingPeriod Year(int year) => new(year.ToString(CultureInfo.InvariantCulture), new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    [GeneratedRegex(@"^(?<y>\d{4})(?:[Qq](?<q>[1-4]))?$")]
    private static partial Regex Pattern();
}
