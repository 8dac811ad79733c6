using System.Globalization;

namespace Kortlaegning.Api.Followup;

/// <summary>The report's Danish words and number formats, shared by the HTML, Markdown and CSV writers.</summary>
public static class ReportText
{
    public const string Withheld = "skjult";

    public static string Metric(string metric) => metric switch
    {
        "participants" => "Deltagere",
        "new_participants" => "Nye deltagere",
        "ambassadors" => "Ambassadører",
        "conversations" => "Samtaler (kontakter)",
        "new_activities" => "Nye aktiviteter",
        "activities_in_each_place" => "Fokussteder med mindst én aktivitet",
        "health_spots" => "Sundhedspunkter",
        _ => metric,
    };

    public static string Status(string? status) => status switch
    {
        "ahead" => "foran",
        "on_track" => "på sporet",
        "behind" => "bagud",
        _ => "–",
    };

    public static string Number(double? value, bool decimalComma = true)
    {
        if (value is not { } v) return Withheld;
        var s = Math.Round(v, 1).ToString("0.#", CultureInfo.InvariantCulture);
        return decimalComma ? s.Replace('.', ',') : s;
    }

    public static string Share(double? share) => share is { } s ? $"{Math.Round(s * 100, 1).ToString("0.#", CultureInfo.InvariantCulture).Replace('.', ',')} %" : Withheld;

    public static string Period(TargetProgressDto t) => t.Year is { } y ? y.ToString(CultureInfo.InvariantCulture) : $"{t.From:dd-MM-yyyy} – {t.To:dd-MM-yyyy}";

    public static string Target(TargetProgressDto t) =>
        Metric(t.Metric) + (t.Track is null ? "" : $" ({t.Track})") + (t.Place is null ? "" : $", {t.Place}");

    public static string PeriodName(Domain.Followup.ReportingPeriod p) => p.IsYear ? $"året {p.Label}" : $"{p.Label[5..]}. kvartal {p.Label[..4]}";
}
