namespace Kortlaegning.Api.Indicators;

/// <summary>An indicator definition (data/indicators.json, or registered by an import): what is measured, in what unit, which way is good.</summary>
public sealed class Indicator
{
    public required string Code { get; set; }
    public required string NameDa { get; set; }
    public required string NameEn { get; set; }

    /// <summary>percent, per_1000, count, years, persons_per_km2, metres, score.</summary>
    public required string Unit { get; set; }

    /// <summary>high_is_good, low_is_good or no_judgement.</summary>
    public required string Polarity { get; set; }
    public int Decimals { get; set; } = 1;
    public required string Definition { get; set; }

    /// <summary>Catalogue dataset id, or "seed:&lt;file&gt;" for facts quoted from an application.</summary>
    public required string Source { get; set; }

    /// <summary>Values carry numerator/denominator counts and are subject to disclosure control.</summary>
    public bool CountBased { get; set; }

    /// <summary>Made-up or demonstration values: labelled so wherever they appear.</summary>
    public bool Illustrative { get; set; }

    /// <summary>The municipality (kommunekode) that defined it (POST /api/indicators); null for a national definition (data/indicators.json, access).</summary>
    public string? OwnerMunicipality { get; set; }

    /// <summary>Who publishes the figures of an own indicator (its source.name), and under what licence; national ones take both from the catalogue.</summary>
    public string? SourceName { get; set; }

    public string? SourceLicence { get; set; }

    /// <summary>The ETag of an own definition (PUT/DELETE under If-Match).</summary>
    public int Version { get; set; } = 1;

    /// <summary>
    /// <see cref="Infrastructure.Publication.Published"/> for national data (the column default); own data starts as a
    /// draft that only the owner's planners see (DESIGN.md §1).
    /// </summary>
    public string State { get; set; } = Infrastructure.Publication.Published;
}

/// <summary>
/// One value of an indicator for an area and period. Raw counts are stored so that parents can be
/// recomputed; <see cref="Suppressed"/> marks what disclosure control withholds, and every read path
/// goes through <c>indicator_values_public</c>, which nulls those numbers.
/// </summary>
public sealed class IndicatorValue
{
    public long Id { get; set; }
    public required string IndicatorCode { get; set; }
    public int AreaId { get; set; }
    public required string Period { get; set; }
    public double? Value { get; set; }
    public double? Numerator { get; set; }
    public double? Denominator { get; set; }
    public double? CiLow { get; set; }
    public double? CiHigh { get; set; }

    /// <summary>estimated, provisional, missing … (suppressed is set by disclosure control, not by imports).</summary>
    public string? Note { get; set; }
    public bool Suppressed { get; set; }
    public required string Source { get; set; }
}
