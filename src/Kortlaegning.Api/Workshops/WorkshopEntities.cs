using NetTopologySuite.Geometries;

namespace Kortlaegning.Api.Workshops;

/// <summary>
/// A phase-1 mapping workshop. <see cref="Extent"/> is the union of the focus areas (or the drawn polygon) in
/// EPSG:25832; <see cref="Bounds"/> is that extent buffered by <see cref="WorkshopOptions.ExtentBufferMetres"/>,
/// precomputed so every write checks ST_Covers against a ready polygon. The facilitator key is stored only as
/// its SHA-256 hash.
/// </summary>
public sealed class Workshop
{
    public Guid Id { get; set; }
    public required string Title { get; set; }
    public required string MunicipalityCode { get; set; }
    public DateOnly WorkshopDate { get; set; }
    public required string Status { get; set; }
    public bool Locked { get; set; }
    public required string JoinCode { get; set; }
    public required byte[] FacilitatorKeyHash { get; set; }

    /// <summary>Area level used for counts and area votes: parish, housing_department (or parish for a drawn polygon).</summary>
    public required string AreaLevel { get; set; }

    /// <summary>Codes of the focus areas; empty when the focus is a drawn polygon.</summary>
    public string[] FocusCodes { get; set; } = [];
    public required MultiPolygon Extent { get; set; }
    public required MultiPolygon Bounds { get; set; }
    public int VoteLimit { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A category participants mark with. <see cref="BlurMetres"/> &gt; 0 stores items as a point snapped to that grid.</summary>
public sealed class WorkshopCategory
{
    public Guid WorkshopId { get; set; }
    public required string Key { get; set; }
    public required string Label { get; set; }
    public int BlurMetres { get; set; }
    public int SortOrder { get; set; }
}

/// <summary>Someone who joined with the code: a random token (stored hashed) and an optional nickname. No e-mail, no IP.</summary>
public sealed class WorkshopParticipant
{
    public long Id { get; set; }
    public Guid WorkshopId { get; set; }
    public required byte[] TokenHash { get; set; }
    public string? Nickname { get; set; }
    public DateTimeOffset JoinedAt { get; set; }

    /// <summary>
    /// SHA-256 of the device cookie set at join (a random secret, no personal data): re-joining from the same browser
    /// answers the same participant with a new token, so dots and the write limit stay with the device (issue 18).
    /// </summary>
    public byte[]? DeviceHash { get; set; }
}

/// <summary>A point, line or polygon with a category and text. Status: published, under_review or hidden.</summary>
public sealed class WorkshopAnnotation
{
    public long Id { get; set; }
    public Guid WorkshopId { get; set; }

    /// <summary>Null when the participant row is gone (the item stays; authorship is forgotten).</summary>
    public long? ParticipantId { get; set; }
    public required string Category { get; set; }
    public required string Text { get; set; }
    public required Geometry Geometry { get; set; }
    public required string Status { get; set; }
    public bool Blurred { get; set; }

    /// <summary>Set when a facilitator merged this item into another (it is then hidden).</summary>
    public long? MergedIntoId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>One dot: on an annotation or on an area (by code, at the workshop's area level). One dot per target.</summary>
public sealed class WorkshopVote
{
    public long Id { get; set; }
    public Guid WorkshopId { get; set; }
    public long ParticipantId { get; set; }
    public long? AnnotationId { get; set; }
    public string? AreaCode { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
