namespace Kortlaegning.Api.Planning;

/// <summary>
/// A stored what-if: where (municipality), whose demand (source, optional need preset, uploaded points), which candidate
/// sites (drawn points and/or facilities), which existing spots are fixed, the model settings, and the last result.
/// JSON columns hold the request parts exactly as given, so a scenario re-runs the same way.
/// </summary>
public sealed class PlanScenario : Infrastructure.IPublishable
{
    public int Id { get; set; }
    public required string Name { get; set; }

    /// <summary>Kommunekode, e.g. 0561.</summary>
    public required string Municipality { get; set; }

    /// <summary>grid, parishes, housing_departments or points.</summary>
    public required string DemandSource { get; set; }

    /// <summary>Ranking preset (parish level) whose need score scales the weights; null for plain population.</summary>
    public int? NeedPresetId { get; set; }

    /// <summary>Uploaded demand [{id, lon, lat, weight}] when the source is "points"; otherwise null.</summary>
    public string? DemandPoints { get; set; }

    /// <summary><see cref="PlanParameters"/> as JSON.</summary>
    public required string Parameters { get; set; }

    /// <summary>Drawn candidate points [{id, lon, lat, capacity?, name?}] as JSON.</summary>
    public required string Candidates { get; set; }

    /// <summary>Use the municipality's facilities flagged candidate_spot as candidates too (ids "facility:{id}").</summary>
    public bool CandidateFacilities { get; set; }

    /// <summary>Candidate ids that must be selected (existing spots), e.g. "c2" or "facility:17".</summary>
    public string[] Fixed { get; set; } = [];

    /// <summary>Last <see cref="ScenarioResult"/> as JSON; null until the scenario is run.</summary>
    public string? Result { get; set; }

    /// <summary><see cref="Infrastructure.Publication.Draft"/> until a planner of the owner publishes it.</summary>
    public string State { get; set; } = Infrastructure.Publication.Draft;

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>
    /// 1 when created, +1 on every edit and every run (a run replaces <see cref="Result"/>); the ETag for optimistic
    /// concurrency, as for facilities.
    /// </summary>
    public int Version { get; set; }
}
