using System.Text.Json.Serialization;

namespace Kortlaegning.Api.Planning;

/// <summary>
/// The body of POST /api/plans/solve. Strings and nullable numbers rather than enums and required members, so every bad
/// field is answered by name in one 400 (as <c>RankingBody</c> does), not by a JSON binding failure.
/// </summary>
public sealed record SolveBody(
    string? Objective,
    int? K,
    double? RadiusMetres,
    IReadOnlyList<DemandBody?>? Demand,
    IReadOnlyList<CandidateBody?>? Candidates,
    IReadOnlyList<string?>? Fixed,
    IReadOnlyDictionary<string, int>? MinPerArea,
    double? CoverageTarget,
    double? TimeLimitSeconds,
    string? Solver)
{
    /// <summary>Deprecated spelling of <c>radiusMetres</c>, still read for one release (docs/allocation.md); never written.</summary>
    [JsonPropertyName("radiusMeters")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? RadiusMeters { get; init; }

    /// <summary><c>straight</c> (default), <c>walk</c> or <c>bike</c>: the distance behind the radius (issue 19).</summary>
    public string? Distance { get; init; }

    public PlanParameters Parameters => new(Objective, K, RadiusMetres ?? RadiusMeters, MinPerArea, CoverageTarget, TimeLimitSeconds, Solver) { Distance = Distance };
}

/// <summary>Model settings shared by a one-off solve and a stored scenario (its <c>parameters</c> column).</summary>
public sealed record PlanParameters(
    string? Objective,
    int? K,
    double? RadiusMetres,
    IReadOnlyDictionary<string, int>? MinPerArea,
    double? CoverageTarget,
    double? TimeLimitSeconds,
    string? Solver)
{
    /// <summary>
    /// Deprecated spelling of <c>radiusMetres</c>, read for one release from bodies and from rows stored before the
    /// rename (docs/allocation.md); <see cref="Normalised"/> folds it in, so it is never written.
    /// </summary>
    [JsonPropertyName("radiusMeters")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? RadiusMeters { get; init; }

    /// <summary>
    /// <c>straight</c> (default: straight line in EPSG:25832), <c>walk</c> or <c>bike</c> (along the imported street
    /// network, docs/network.md; 409 naming the import command when none is loaded).
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Distance { get; init; }

    /// <summary>The same settings with the radius under its one name.</summary>
    public PlanParameters Normalised() => this with { RadiusMetres = RadiusMetres ?? RadiusMeters, RadiusMeters = null };
}

/// <summary>A demand point in longitude/latitude (EPSG:4326). "NaN" and "Infinity" bind, so they are rejected by name.</summary>
public sealed record DemandBody(
    string? Id,
    [property: JsonNumberHandling(JsonNumberHandling.AllowNamedFloatingPointLiterals)] double? Lon,
    [property: JsonNumberHandling(JsonNumberHandling.AllowNamedFloatingPointLiterals)] double? Lat,
    [property: JsonNumberHandling(JsonNumberHandling.AllowNamedFloatingPointLiterals)] double? Weight);

/// <summary>A candidate site in longitude/latitude; <c>areaId</c> is the key for <c>minPerArea</c>.</summary>
public sealed record CandidateBody(
    string? Id,
    [property: JsonNumberHandling(JsonNumberHandling.AllowNamedFloatingPointLiterals)] double? Lon,
    [property: JsonNumberHandling(JsonNumberHandling.AllowNamedFloatingPointLiterals)] double? Lat,
    [property: JsonNumberHandling(JsonNumberHandling.AllowNamedFloatingPointLiterals)] double? Capacity,
    string? AreaId = null,
    string? Name = null);
