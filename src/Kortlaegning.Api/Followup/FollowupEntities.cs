using NetTopologySuite.Geometries;

namespace Kortlaegning.Api.Followup;

/// <summary>A follow-up project: what a municipality committed to, where (focus places) and with whom (organisations, never persons).</summary>
public sealed class ProjectEntity : Infrastructure.IPublishable
{
    public int Id { get; set; }
    public required string Title { get; set; }

    /// <summary>Kommunekode of the owning municipality, e.g. 0561.</summary>
    public required string Municipality { get; set; }

    public DateOnly Start { get; set; }
    public DateOnly End { get; set; }

    /// <summary><see cref="FocusBody"/> as JSON: parish, housing-department and local-community codes.</summary>
    public required string Focus { get; set; }

    /// <summary>[<see cref="PartnerBody"/>] as JSON.</summary>
    public required string Partners { get; set; }

    /// <summary><see cref="Infrastructure.Publication.Draft"/> until a planner of the owner publishes it.</summary>
    public string State { get; set; } = Infrastructure.Publication.Draft;

    public int Version { get; set; } = 1;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>An activity at a place (a facility, a housing department or a point; always stored as a point in EPSG:25832).</summary>
public sealed class ActivityEntity
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public required string Municipality { get; set; }
    public required string Title { get; set; }
    public required string Kind { get; set; }
    public required string PlaceType { get; set; }
    public int? FacilityId { get; set; }
    public string? PlaceCode { get; set; }
    public required Point Geometry { get; set; }

    /// <summary>The parish the point lies in, fixed when the place is set (for the equity figure).</summary>
    public string? ParishCode { get; set; }

    public DateOnly Start { get; set; }
    public DateOnly? End { get; set; }
    public string? Recurrence { get; set; }
    public string? Organiser { get; set; }
    public string? TargetGroup { get; set; }
    public required string Status { get; set; }
    public bool IsNew { get; set; }
    public string? Track { get; set; }
    public int Version { get; set; } = 1;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>Counts for one activity on a day or in a month. Numbers only: no person is ever stored.</summary>
public sealed class RegistrationEntity
{
    public long Id { get; set; }
    public int ActivityId { get; set; }
    public int ProjectId { get; set; }
    public required string Municipality { get; set; }

    /// <summary>The day, or the first day of the month when <see cref="Granularity"/> is <c>month</c>.</summary>
    public DateOnly Date { get; set; }

    public required string Granularity { get; set; }
    public int Participants { get; set; }
    public int NewParticipants { get; set; }
    public int Ambassadors { get; set; }
    public int Contacts { get; set; }

    /// <summary><see cref="Breakdowns"/> as JSON (age band, sex, topic, referral source → count), or null.</summary>
    public string? Breakdown { get; set; }

    public int Version { get; set; } = 1;
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A target of a project: metric, period, value, optionally a place or track, and where it comes from.</summary>
public sealed class TargetEntity
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public required string Metric { get; set; }
    public int? Year { get; set; }
    public DateOnly PeriodFrom { get; set; }
    public DateOnly PeriodTo { get; set; }
    public double Value { get; set; }
    public string? Place { get; set; }
    public string? Track { get; set; }
    public string? Source { get; set; }
    public int Version { get; set; } = 1;
}
