using System.Globalization;
using Kortlaegning.Api.Infrastructure.Localisation;

namespace Kortlaegning.Api.Followup;

/// <summary>The report's words (in the request's language) and number formats, shared by the HTML, Markdown and CSV writers.</summary>
public static class ReportText
{
    public static string Withheld => Texts.Withheld.Get();

    public static string Metric(string metric) => metric switch
    {
        "participants" => Texts.MetricParticipants.Get(),
        "new_participants" => Texts.MetricNewParticipants.Get(),
        "ambassadors" => Texts.MetricAmbassadors.Get(),
        "conversations" => Texts.MetricConversations.Get(),
        "new_activities" => Texts.MetricNewActivities.Get(),
        "activities_in_each_place" => Texts.MetricEachPlace.Get(),
        "health_spots" => Texts.MetricHealthSpots.Get(),
        _ => metric,
    };

    public static string Status(string? status) => status switch
    {
        "ahead" => Texts.StatusAhead.Get(),
        "on_track" => Texts.StatusOnTrack.Get(),
        "behind" => Texts.StatusBehind.Get(),
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

    public static string PeriodName(Domain.Followup.ReportingPeriod p) => p.IsYear ? Texts.PeriodYear.Format(p.Label) : Texts.PeriodQuarter.Format(p.Label[5..], p.Label[..4]);
}
