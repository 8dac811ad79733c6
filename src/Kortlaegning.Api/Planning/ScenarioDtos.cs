using System.Text.Json;
using System.Text.Json.Serialization;
using Kortlaegning.Domain.Allocation;

namespace Kortlaegning.Api.Planning;

/// <summary>Body of POST /api/plans/scenarios and PUT /api/plans/scenarios/{id}.</summary>
public sealed record ScenarioBody(
    string? Name,
    string? Municipality,
    ScenarioDemandBody? Demand,
    IReadOnlyList<CandidateBody?>? Candidates,
    bool? CandidateFacilities,
    IReadOnlyList<string?>? Fixed,
    PlanParameters? Parameters);

/// <summary>
/// Where demand comes from: <c>grid</c>, <c>parishes</c>, <c>housing_departments</c> (built in PostGIS for the
/// municipality) or <c>points</c> (uploaded); <c>needPresetId</c> scales weights by a parish ranking's need.
/// </summary>
public sealed record ScenarioDemandBody(string? Source, int? NeedPresetId, IReadOnlyList<DemandBody?>? Points);

public sealed record ScenarioDemandDto(string Source, int? NeedPresetId, int? PointCount);

public sealed record ScenarioDto(
    int Id, string Name, string Municipality, ScenarioDemandDto Demand, JsonElement Candidates, bool CandidateFacilities,
    IReadOnlyList<string> Fixed, PlanParameters Parameters, ScenarioResult? Result, string State, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, int Version);

/// <summary>A selected site with where it is, so a result can be drawn and compared without looking candidates up again.</summary>
public sealed record PlanSite(string Id, double Lon, double Lat, string? Name);

/// <summary>
/// The solve result as POST /api/plans/solve returns it, plus what a stored run needs: the selected sites' positions,
/// the radius used, how many demand points the run saw, and when it ran.
/// </summary>
public sealed record ScenarioResult(
    IReadOnlyList<string> Selected,
    double CoveredWeight,
    double TotalWeight,
    double UncoverableWeight,
    double ObjectiveValue,
    bool Optimal,
    double? Bound,
    double? Gap,
    string Solver,
    double Seconds,
    IReadOnlyList<SiteAllocation> PerSite,
    IReadOnlyList<MarginalStep> Marginal,
    string Distance,
    IReadOnlyList<PlanSite> Sites,
    double? RadiusMetres,
    int DemandCount,
    DateTimeOffset RanAt)
{
    /// <summary>The radius under its old name in results stored before the rename; read, folded in by <see cref="Normalised"/>, never written.</summary>
    [JsonPropertyName("radiusMeters")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? RadiusMeters { get; init; }

    public ScenarioResult Normalised() => this with { RadiusMetres = RadiusMetres ?? RadiusMeters, RadiusMeters = null };

    public static ScenarioResult From(AllocationResult r, IReadOnlyList<PlanSite> sites, double? radius, int demandCount) => new(
        r.Selected, r.CoveredWeight, r.TotalWeight, r.UncoverableWeight, r.ObjectiveValue, r.Optimal, r.Bound, r.Gap, r.Solver,
        r.Seconds, r.PerSite, r.Marginal, r.Distance, sites, radius, demandCount, DateTimeOffset.UtcNow);
}

/// <summary>One side of a comparison.</summary>
public sealed record ComparedScenario(int Id, string Name, IReadOnlyList<PlanSite> Sites, double CoveredWeight, double TotalWeight, double CoveredShare, double? RadiusMetres);

/// <summary>
/// Two scenarios side by side. <c>Shared</c>: sites of A with a site of B within 1 m (ids may differ between scenarios).
/// <c>NewlyCoveredWeight</c>: weight of A's demand points (rebuilt now) within B's radius of a site of B and not within A's
/// radius of a site of A; <c>NoLongerCoveredWeight</c> the reverse. Both on A's demand, so they answer "what does B add
/// for the people A was planned for".
/// </summary>
public sealed record ScenarioComparison(
    ComparedScenario A, ComparedScenario B, IReadOnlyList<string> Shared, IReadOnlyList<string> OnlyA, IReadOnlyList<string> OnlyB,
    double NewlyCoveredWeight, int NewlyCoveredPoints, double NoLongerCoveredWeight, int NoLongerCoveredPoints, string Rule);
