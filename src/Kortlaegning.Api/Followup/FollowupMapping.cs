using System.Text.Json;
using Kortlaegning.Api.Infrastructure.Validation;
using Kortlaegning.Domain.Followup;

namespace Kortlaegning.Api.Followup;

/// <summary>Rows → answers and domain records.</summary>
public static class FollowupMapping
{
    public static FocusDto Focus(ProjectEntity p) => JsonSerializer.Deserialize<FocusDto>(p.Focus, FollowupValidation.Json) ?? new FocusDto([], [], []);

    public static ProjectDto Dto(ProjectEntity p) => new(p.Id, p.Title, p.Municipality, p.Start, p.End, Focus(p),
        JsonSerializer.Deserialize<List<PartnerDto>>(p.Partners, FollowupValidation.Json) ?? [], p.State, p.Version);

    public static ActivityDto Dto(ActivityEntity a, (double Lon, double Lat, string? FocusPlace) place) => new(
        a.Id, a.ProjectId, a.Municipality, a.Title, a.Kind, new PlaceDto(a.PlaceType, a.FacilityId, a.PlaceCode, Math.Round(place.Lon, 6), Math.Round(place.Lat, 6)),
        place.FocusPlace, a.ParishCode, a.Start, a.End, a.Recurrence, a.Organiser, a.TargetGroup, a.Status, a.IsNew, a.Track, a.Version);

    /// <param name="r">The row.</param>
    /// <param name="rawCounts">False (published): the counts of a single registration are withheld, since any of them may be small.</param>
    public static RegistrationDto Dto(RegistrationEntity r, bool rawCounts) => new(
        r.Id, r.ActivityId, r.Municipality, r.Granularity == "day" ? r.Date : null, r.Granularity == "month" ? $"{r.Date:yyyy-MM}" : null,
        rawCounts ? r.Participants : null, rawCounts ? r.NewParticipants : null, rawCounts ? r.Ambassadors : null, rawCounts ? r.Contacts : null,
        rawCounts && r.Breakdown is not null ? JsonSerializer.Deserialize<Breakdowns>(r.Breakdown, FollowupValidation.Json) : null, r.Version);

    public static TargetDto Dto(TargetEntity t) => new(t.Id, t.ProjectId, t.Metric, t.Year, t.PeriodFrom, t.PeriodTo, t.Value, t.Place, t.Track, t.Source, t.Version);

    public static FollowupTarget Target(TargetEntity t) =>
        new(t.Id, EnumNames.TryParse<Metric>(t.Metric, out var m) ? m : Metric.Participants, t.PeriodFrom, t.PeriodTo, t.Value, t.Place, t.Track);
}
