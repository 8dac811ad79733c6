using Kortlaegning.Api.Infrastructure.Localisation;
using Kortlaegning.Api.Infrastructure.Validation;
using Kortlaegning.Domain.Allocation;

namespace Kortlaegning.Api.Planning;

/// <summary>A scenario's definition, checked: from a create or edit body, or from a stored row before a run.</summary>
public sealed record ScenarioSpec(
    string Name, string Municipality, DemandKind Source, int? NeedPresetId, IReadOnlyList<DemandBody?>? Points,
    IReadOnlyList<CandidateBody?> Candidates, bool CandidateFacilities, IReadOnlyList<string?> Fixed, PlanParameters Parameters);

/// <summary>A candidate ready for the solver, with its map position and label.</summary>
public sealed record PlanCandidate(CandidateSite Site, double Lon, double Lat, string? Name)
{
    public PlanSite ToSite() => new(Site.Id, Lon, Lat, Name);
}

/// <summary>A scenario turned into a domain problem, with what the result needs to be drawn: the candidates' positions.</summary>
public sealed record ScenarioProblem(PlanProblem Plan, IReadOnlyList<PlanPoint> Demand, IReadOnlyList<PlanCandidate> Candidates);

/// <summary>
/// Scenario bodies and stored definitions → domain problems: the body's own fields checked, demand built by
/// <see cref="DemandBuilder"/>, facilities looked up in <see cref="PlanningSource"/>, and the whole checked by the domain
/// as if it were solved (<see cref="PlanInputs"/>).
/// </summary>
public sealed class ScenarioInputs(DemandBuilder demand, PlanningSource source)
{
    /// <summary>Longest scenario name.</summary>
    public const int MaxNameLength = 120;

    /// <summary>
    /// The checks of create and edit alike: every bad field in one answer, then the scenario checked as if it were solved.
    /// The spec is set exactly when the errors are empty.
    /// </summary>
    public async Task<(ScenarioSpec? Spec, FieldErrors Errors, bool TooLarge)> CheckAsync(ScenarioBody body, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(body.Name) || body.Name.Trim().Length > MaxNameLength) errors.Add("name", Texts.LengthRange.Format(MaxNameLength));
        var municipality = PlanInputs.Municipality(body.Municipality, errors);
        if (municipality is not null && await source.MunicipalityNameAsync(municipality, ct) is null) errors.Add("municipality", Texts.NoMunicipality.Format(municipality));
        var kind = errors.Enum<DemandKind>("demand.source", body.Demand?.Source);
        if (string.IsNullOrWhiteSpace(body.Demand?.Source)) errors.Add("demand.source", Texts.RequiredOneOf.Format(EnumNames.List<DemandKind>()));
        if (kind == DemandKind.Points && body.Demand?.Points is null) errors.Add("demand.points", Texts.PointsRequired.Get());
        if (kind is not null && kind != DemandKind.Points && body.Demand?.Points is not null) errors.Add("demand.points", Texts.PointsOnly.Get());
        if (body.Demand?.Points is { Count: > AllocationProblem.MaxDemand } big)
        {
            var tooLarge = new FieldErrors();
            tooLarge.Add("demand.points", Texts.TooManyPoints.Format(big.Count, AllocationProblem.MaxDemand));
            return (null, tooLarge, true);
        }
        if (body.Parameters is null) errors.Add("parameters", Texts.ParametersRequired.Get());
        if (errors.Any) return (null, errors, false);

        var spec = new ScenarioSpec(body.Name!.Trim(), municipality!, kind!.Value, body.Demand!.NeedPresetId, body.Demand.Points, body.Candidates ?? [],
            body.CandidateFacilities ?? false, body.Fixed ?? [], body.Parameters!.Normalised());
        var check = await ProblemAsync(spec, ct);
        return check.Plan.IsValid ? (spec, check.Plan.Errors, false) : (null, check.Plan.Errors, check.Plan.TooLarge);
    }

    /// <summary>The scenario as the domain solves it, on the data loaded now.</summary>
    public async Task<ScenarioProblem> ProblemAsync(ScenarioSpec spec, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var points = await DemandAsync(spec, errors, ct);
        var candidates = await CandidatesAsync(spec, errors, ct);
        if (points.Count == 0 && !errors.Any) errors.Add("demand", Texts.NoDemandPoints.Format(EnumNames.Name(spec.Source), spec.Municipality));
        var problemDemand = points.Select(p => new DemandPoint(p.Id, p.Location, p.Weight, p.Parish)).ToList();
        var plan = PlanInputs.Checked(spec.Parameters, problemDemand, candidates.Select(c => c.Site).ToList(), spec.Fixed, errors, "parameters");
        return new ScenarioProblem(plan, points, candidates);
    }

    /// <summary>The scenario's demand as it would be solved now; problems go to <paramref name="errors"/>.</summary>
    public Task<List<PlanPoint>> DemandAsync(ScenarioSpec spec, FieldErrors errors, CancellationToken ct) =>
        demand.BuildAsync(spec.Municipality, spec.Source, spec.Points, spec.NeedPresetId, "demand", errors, ct);

    /// <summary>
    /// Drawn candidates, plus facilities: the municipality's candidate spots with <c>candidateFacilities</c>, and any
    /// <c>facility:{id}</c> named in <c>fixed</c>. The facilities table comes with migration Facilities, before this
    /// feature's own table, so it is there whenever scenarios are.
    /// </summary>
    private async Task<List<PlanCandidate>> CandidatesAsync(ScenarioSpec spec, FieldErrors errors, CancellationToken ct)
    {
        var drawn = PlanInputs.Candidates(spec.Candidates, "candidates", errors);
        var candidates = drawn.Select((c, j) => new PlanCandidate(c, spec.Candidates[j]?.Lon ?? 0, spec.Candidates[j]?.Lat ?? 0, spec.Candidates[j]?.Name)).ToList();
        var fixedFacilities = new List<int>();
        for (int f = 0; f < spec.Fixed.Count; f++)
        {
            if (spec.Fixed[f] is { } id && id.StartsWith(PlanningSource.FacilityPrefix, StringComparison.Ordinal))
            {
                if (int.TryParse(id.AsSpan(PlanningSource.FacilityPrefix.Length), out int n)) fixedFacilities.Add(n);
                else errors.Add($"fixed[{f}]", Texts.NotFacilityNumber.Format(id));
            }
        }
        if (spec.CandidateFacilities || fixedFacilities.Count > 0)
        {
            candidates.AddRange(await source.FacilityCandidatesAsync(spec.Municipality, fixedFacilities, spec.CandidateFacilities, candidates.Select(c => c.Site.Id), ct));
        }
        return candidates;
    }
}
