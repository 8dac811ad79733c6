using System.Globalization;
using System.Text.Json;
using Kortlaegning.Api.Infrastructure.Localisation;
using Kortlaegning.Api.Infrastructure.Validation;
using Kortlaegning.Domain.Followup;

namespace Kortlaegning.Api.Followup;

/// <summary>Request bodies → checked values, with every problem named by its field (422 when the content is refused).</summary>
public static class FollowupValidation
{
    public static readonly JsonSerializerOptions Json = JsonSerializerOptions.Web;

    public static DateOnly? Date(FieldErrors errors, string field, string? text, bool required)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required) errors.Add(field, Texts.DateRequired.Format(field));
            return null;
        }
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        errors.Add(field, Texts.NotADate.Format(text));
        return null;
    }

    public static DateOnly? Month(FieldErrors errors, string field, string? text)
    {
        if (DateOnly.TryParseExact((text ?? "").Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        errors.Add(field, Texts.NotAMonth.Format(text));
        return null;
    }

    public static bool IsMunicipality(string? code) => code is { Length: 4 } && code.All(char.IsAsciiDigit);

    /// <summary>Kommunekode with its leading zero (561 → 0561), as Planning and the areas store it; null when not 1–4 digits.</summary>
    public static string? Municipality(string? code) =>
        code?.Trim() is { Length: >= 1 and <= 4 } c && c.All(char.IsAsciiDigit) && c.TrimStart('0').Length > 0 ? c.PadLeft(4, '0') : null;

    /// <summary>Checks a project body; <c>Focus</c> keys are "level:code" for the store to look up.</summary>
    public static (ProjectEntity? Entity, IReadOnlyList<(string Field, string Key)> FocusKeys) Project(ProjectBody? body, FieldErrors errors)
    {
        if (body is null)
        {
            errors.Add("", "A JSON body is required.");
            return (null, []);
        }
        errors.Text("title", body.Title, FollowupLimits.Title, required: true);
        var municipality = Municipality(body.Municipality);
        if (municipality is null) errors.Add("municipality", Texts.MunicipalityRule.Get());
        var start = Date(errors, "start", body.Start, true);
        var end = Date(errors, "end", body.End, true);
        if (start is { } s && end is { } e && e < s) errors.Add("end", Texts.EndBeforeStart.Get());
        var keys = new List<(string, string)>();
        var focus = body.Focus ?? new FocusBody(null, null, null);
        void Codes(string name, string level, IReadOnlyList<string?>? codes)
        {
            for (int i = 0; i < (codes?.Count ?? 0); i++)
            {
                var c = codes![i];
                if (string.IsNullOrWhiteSpace(c) || c.Length > 40 || FieldErrors.HasControlCharacters(c)) errors.Add($"focus.{name}[{i}]", Texts.FocusCodeRule.Get());
                else keys.Add(($"focus.{name}[{i}]", $"{level}:{c.Trim()}"));
            }
        }
        Codes("parishes", "parish", focus.Parishes);
        Codes("housingDepartments", "housing_department", focus.HousingDepartments);
        Codes("localCommunities", "local_community", focus.LocalCommunities);
        if (keys.Count > FollowupLimits.MaxFocusPlaces) errors.Add("focus", Texts.AtMostFocusPlaces.Format(FollowupLimits.MaxFocusPlaces));
        var partners = new List<PartnerDto>();
        if ((body.Partners?.Count ?? 0) > FollowupLimits.MaxPartners) errors.Add("partners", Texts.AtMostPartners.Format(FollowupLimits.MaxPartners));
        for (int i = 0; i < (body.Partners?.Count ?? 0); i++)
        {
            var p = body.Partners![i];
            errors.Text($"partners[{i}].name", p?.Name, FollowupLimits.ShortText, required: true);
            errors.Text($"partners[{i}].role", p?.Role, FollowupLimits.ShortText);
            var kind = errors.Enum<PartnerKind>($"partners[{i}].kind", p?.Kind, PartnerKind.Other);
            if (p?.Name is not null && p.Role?.Contains('@') == true) errors.Add($"partners[{i}].role", Texts.ContactRoleRule.Get());
            partners.Add(new PartnerDto(p?.Name?.Trim() ?? "", EnumNames.Name(kind ?? PartnerKind.Other), p?.Role?.Trim()));
        }
        if (errors.Any) return (null, keys);
        var dto = Focus(keys.Select(k => k.Item2));
        return (new ProjectEntity
        {
            Title = body.Title!.Trim(),
            Municipality = municipality!,
            Start = start!.Value,
            End = end!.Value,
            Focus = JsonSerializer.Serialize(dto, Json),
            Partners = JsonSerializer.Serialize(partners, Json),
        }, keys);
    }

    public static FocusDto Focus(IEnumerable<string> keys)
    {
        var list = keys.Distinct(StringComparer.Ordinal).ToList();
        IReadOnlyList<string> Of(string level) => list.Where(k => k.StartsWith(level + ":", StringComparison.Ordinal)).Select(k => k[(level.Length + 1)..]).ToList();
        return new FocusDto(Of("parish"), Of("housing_department"), Of("local_community"));
    }

    public static IReadOnlyList<string> FocusKeys(FocusDto f) =>
        [.. f.Parishes.Select(c => $"parish:{c}"), .. f.HousingDepartments.Select(c => $"housing_department:{c}"), .. f.LocalCommunities.Select(c => $"local_community:{c}")];

    /// <summary>Checks an activity body except the place's existence (the store resolves it).</summary>
    public static ActivityEntity? Activity(ActivityBody? body, ProjectEntity project, FieldErrors errors)
    {
        if (body is null)
        {
            errors.Add("", "A JSON body is required.");
            return null;
        }
        errors.Text("title", body.Title, FollowupLimits.Title, required: true);
        var kind = errors.Enum<ActivityKind>("kind", body.Kind);
        if (body.Kind is null) errors.Add("kind", Texts.RequiredAs.Format("kind", EnumNames.List<ActivityKind>()));
        var status = errors.Enum<ActivityStatus>("status", body.Status, ActivityStatus.Planned);
        var start = Date(errors, "start", body.Start, true);
        var end = Date(errors, "end", body.End, false);
        if (start is { } s && end is { } e && e < s) errors.Add("end", Texts.EndBeforeStart.Get());
        if (start is { } s2 && (s2 < project.Start || s2 > project.End)) errors.Add("start", Texts.StartOutsideProject.Format(Iso(project.Start), Iso(project.End)));
        errors.Text("recurrence", body.Recurrence, FollowupLimits.ShortText);
        errors.Text("organiser", body.Organiser, FollowupLimits.ShortText);
        errors.Text("targetGroup", body.TargetGroup, FollowupLimits.ShortText);
        errors.Text("track", body.Track, 40);
        Place(body.Place, errors);
        if (errors.Any) return null;
        return new ActivityEntity
        {
            Municipality = project.Municipality,
            ProjectId = project.Id,
            Title = body.Title!.Trim(),
            Kind = EnumNames.Name(kind!.Value),
            PlaceType = EnumNames.Name(errors.Enum<PlaceType>("place.type", body.Place!.Type)!.Value),
            FacilityId = body.Place.FacilityId,
            PlaceCode = body.Place.Code?.Trim(),
            Geometry = null!, // resolved by the store
            Start = start!.Value,
            End = end,
            Recurrence = body.Recurrence?.Trim(),
            Organiser = body.Organiser?.Trim(),
            TargetGroup = body.TargetGroup?.Trim(),
            Status = EnumNames.Name(status!.Value),
            IsNew = body.IsNew ?? false,
            Track = string.IsNullOrWhiteSpace(body.Track) ? null : body.Track.Trim(),
        };
    }

    public static void Place(PlaceBody? place, FieldErrors errors)
    {
        if (place is null)
        {
            errors.Add("place", Texts.PlaceRequired.Get());
            return;
        }
        var type = errors.Enum<PlaceType>("place.type", place.Type);
        if (place.Type is null) errors.Add("place.type", Texts.RequiredAs.Format("place.type", EnumNames.List<PlaceType>()));
        switch (type)
        {
            case PlaceType.Facility when place.FacilityId is null: errors.Add("place.facilityId", Texts.FacilityIdRequired.Get()); break;
            case PlaceType.Department: errors.Text("place.code", place.Code, 40, required: true); break;
            case PlaceType.Point:
                errors.Range("place.lon", place.Lon, 7.5, 15.5, required: true);
                errors.Range("place.lat", place.Lat, 54.4, 58.0, required: true);
                break;
        }
    }

    /// <summary>Checks counts, dates against the activity's dates, and breakdowns. <paramref name="prefix"/> names rows of an import.</summary>
    public static RegistrationEntity? Registration(RegistrationBody? body, ActivityEntity activity, FieldErrors errors, string prefix = "")
    {
        string F(string field) => FieldErrors.Prefixed(prefix, field);
        if (body is null)
        {
            errors.Add(F(""), "A JSON body is required.");
            return null;
        }
        int before = errors.Count;
        DateOnly? date = null;
        string granularity = "day";
        if (!string.IsNullOrWhiteSpace(body.Date) && !string.IsNullOrWhiteSpace(body.Month)) errors.Add(F("date"), Texts.DateOrMonth.Get());
        else if (!string.IsNullOrWhiteSpace(body.Month))
        {
            date = Month(errors, F("month"), body.Month);
            granularity = "month";
            if (date is { } m && (m.AddMonths(1) <= activity.Start || (activity.End is { } end && m > end)))
                errors.Add(F("month"), Texts.MonthOutsideActivity.Format(m.ToString("yyyy-MM", CultureInfo.InvariantCulture), Dates(activity)));
        }
        else
        {
            date = Date(errors, F("date"), body.Date, true);
            if (date is { } d && (d < activity.Start || (activity.End is { } end && d > end)))
                errors.Add(F("date"), Texts.MonthOutsideActivity.Format(Iso(d), Dates(activity)));
        }
        if (body.Participants is null && body.Contacts is null && body.Ambassadors is null && body.NewParticipants is null)
            errors.Add(F("participants"), Texts.CountRequired.Get());
        void Count(string field, int? v)
        {
            if (v is < 0) errors.Add(F(field), Texts.NotNegative.Format(field));
            else if (v > FollowupLimits.MaxCount) errors.Add(F(field), Texts.AtMost.Format(field, FollowupLimits.MaxCount));
        }
        Count("participants", body.Participants);
        Count("newParticipants", body.NewParticipants);
        Count("ambassadors", body.Ambassadors);
        Count("contacts", body.Contacts);
        if (body.NewParticipants > (body.Participants ?? 0)) errors.Add(F("newParticipants"), Texts.NewAboveParticipants.Get());
        Breakdown(errors, F("byAgeBand"), body.ByAgeBand, body.Participants ?? 0, FollowupLimits.AgeBands);
        Breakdown(errors, F("bySex"), body.BySex, body.Participants ?? 0, FollowupLimits.Sexes);
        Breakdown(errors, F("byTopic"), body.ByTopic, body.Contacts ?? 0, null);
        Breakdown(errors, F("byReferral"), body.ByReferral, body.Contacts ?? 0, null);
        if (errors.Count > before) return null;
        var b = new Breakdowns(body.ByAgeBand, body.BySex, body.ByTopic, body.ByReferral);
        return new RegistrationEntity
        {
            ActivityId = activity.Id,
            ProjectId = activity.ProjectId,
            Municipality = activity.Municipality,
            Date = date!.Value,
            Granularity = granularity,
            Participants = body.Participants ?? 0,
            NewParticipants = body.NewParticipants ?? 0,
            Ambassadors = body.Ambassadors ?? 0,
            Contacts = body.Contacts ?? 0,
            Breakdown = b is { ByAgeBand: null, BySex: null, ByTopic: null, ByReferral: null } ? null : JsonSerializer.Serialize(b, Json),
        };
    }

    private static string Dates(ActivityEntity a) => $"{Iso(a.Start)} – {(a.End is { } e ? Iso(e) : Texts.OpenEnded.Get())}";

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void Breakdown(FieldErrors errors, string field, IReadOnlyDictionary<string, int>? counts, int total, IReadOnlyList<string>? allowed)
    {
        if (counts is null) return;
        if (counts.Count > FollowupLimits.MaxBreakdownKeys) errors.Add(field, Texts.AtMostCategories.Format(FollowupLimits.MaxBreakdownKeys));
        foreach (var (key, n) in counts)
        {
            if (allowed is not null && !allowed.Contains(key)) errors.Add($"{field}.{key}", Texts.NotOneOf.Format(key, string.Join(", ", allowed)));
            if (allowed is null && (key.Length is 0 or > FollowupLimits.BreakdownKeyLength || FieldErrors.HasControlCharacters(key)))
                errors.Add(field, Texts.CategoryLength.Format(FollowupLimits.BreakdownKeyLength));
            if (n < 0) errors.Add($"{field}.{key}", Texts.CountsNotNegative.Get());
        }
        if (counts.Values.Where(v => v > 0).Sum(v => (long)v) > total) errors.Add(field, Texts.CategoriesAboveTotal.Format(total));
    }

    /// <summary>Checks a target; the period is the calendar <c>year</c> or <c>from</c>–<c>to</c>.</summary>
    public static TargetEntity? Target(TargetBody? body, ProjectEntity project, FieldErrors errors, string prefix = "")
    {
        string F(string field) => FieldErrors.Prefixed(prefix, field);
        if (body is null)
        {
            errors.Add(F(""), "A JSON body is required.");
            return null;
        }
        int before = errors.Count;
        var metric = errors.Enum<Metric>(F("metric"), body.Metric);
        if (body.Metric is null) errors.Add(F("metric"), Texts.RequiredAs.Format("metric", EnumNames.List<Metric>()));
        errors.Range(F("value"), body.Value, 0, 1e7, required: true);
        DateOnly? from = null, to = null;
        if (body.Year is { } y)
        {
            if (y is < 2000 or > 2100) errors.Add(F("year"), Texts.YearRange.Get());
            else (from, to) = (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
            if (body.From is not null || body.To is not null) errors.Add(F("year"), Texts.YearOrFromTo.Get());
        }
        else if (body.From is null && body.To is null)
        {
            errors.Add(F("year"), Texts.TargetNeedsPeriod.Get());
        }
        else
        {
            from = Date(errors, F("from"), body.From, true);
            to = Date(errors, F("to"), body.To, true);
            if (from is { } f && to is { } t && t < f) errors.Add(F("to"), Texts.ToBeforeFrom.Get());
        }
        if (to is { } t2 && from is { } f2 && (t2 < project.Start || f2 > project.End)) errors.Add(F(body.Year is null ? "from" : "year"), Texts.PeriodOutsideProject.Get());
        errors.Text(F("place"), body.Place, 80);
        errors.Text(F("track"), body.Track, 40);
        errors.Text(F("source"), body.Source, FollowupLimits.Source);
        if (errors.Count > before) return null;
        return new TargetEntity
        {
            ProjectId = project.Id,
            Metric = EnumNames.Name(metric!.Value),
            Year = body.Year,
            PeriodFrom = from!.Value,
            PeriodTo = to!.Value,
            Value = body.Value!.Value,
            Place = string.IsNullOrWhiteSpace(body.Place) ? null : body.Place.Trim(),
            Track = string.IsNullOrWhiteSpace(body.Track) ? null : body.Track.Trim(),
            Source = body.Source,
        };
    }
}
