using Kortlaegning.Api.Infrastructure.Localisation;
using Kortlaegning.Api.Infrastructure.Validation;
using Kortlaegning.Domain.Allocation;
using Kortlaegning.Domain.Boundaries;
using Kortlaegning.Domain.Distance;
using Kortlaegning.Domain.Network;
using Kortlaegning.Domain.Spatial;

namespace Kortlaegning.Api.Planning;

/// <summary>
/// A domain problem built from request parts, or every bad field (and whether the input was simply too large, HTTP 413).
/// <see cref="Problem"/> is set exactly when <see cref="Errors"/> is empty.
/// </summary>
public sealed record PlanProblem(AllocationProblem? Problem, FieldErrors Errors, bool TooLarge)
{
    /// <summary>Which distance the radius is measured in (<see cref="PlanParameters.Distance"/>).</summary>
    public DistanceMode Distance { get; init; }

    public bool IsValid => Problem is not null;
}

/// <summary>
/// Request bodies → <see cref="AllocationProblem"/>: lon/lat projected to EPSG:25832 (ProjNet), string enums parsed by
/// <see cref="EnumNames"/>, then the domain's own validator, its problems named as the client sent them.
/// </summary>
public static class PlanInputs
{
    /// <summary>The one-off solve: the whole problem is in the body.</summary>
    public static PlanProblem FromBody(SolveBody body)
    {
        var errors = new FieldErrors();
        var demand = Demand(body.Demand, "demand", errors);
        var candidates = Candidates(body.Candidates, "candidates", errors);
        return Checked(body.Parameters, demand, candidates, body.Fixed, errors, "");
    }

    /// <summary>
    /// Projected demand and candidates with the given settings, checked by the domain. <paramref name="errors"/> may already
    /// hold problems found upstream; they are reported together with the domain's. <paramref name="prefix"/> goes before
    /// parameter fields ("parameters" for scenarios, whose settings are nested).
    /// </summary>
    public static PlanProblem Checked(PlanParameters parameters, IReadOnlyList<DemandPoint> demand, IReadOnlyList<CandidateSite> candidates,
        IReadOnlyList<string?>? fixedIds, FieldErrors errors, string prefix)
    {
        var problem = Problem(parameters.Normalised(), demand, candidates, fixedIds, errors, prefix);
        var distance = errors.Enum<DistanceMode>(FieldErrors.Prefixed(prefix, "distance"), parameters.Distance, DistanceMode.Straight) ?? DistanceMode.Straight;
        try
        {
            LocationAllocation.Validate(problem);
        }
        catch (AllocationValidationException e)
        {
            if (e.TooLarge)
            {
                // Over the size limits nothing else is worth reading: the answer is 413 with these alone.
                var tooLarge = new FieldErrors();
                foreach (var error in e.Errors) tooLarge.Add(Field(error.Field, prefix), DomainMessages.Localise(error.Message));
                return new PlanProblem(null, tooLarge, TooLarge: true);
            }
            foreach (var error in e.Errors) errors.Add(Field(error.Field, prefix), DomainMessages.Localise(error.Message));
        }
        return errors.Any ? new PlanProblem(null, errors, false) : new PlanProblem(problem, errors, false) { Distance = distance };
    }

    /// <summary>Municipality code normalised (0561), or an error under <c>municipality</c>.</summary>
    public static string? Municipality(string? raw, FieldErrors errors)
    {
        var code = AreaCodes.Normalise(AreaLevel.Municipality, raw);
        if (code is null) errors.Add("municipality", Texts.NotAreaCode.Format(raw, Texts.AreaCodeRule(AreaLevel.Municipality)));
        return code;
    }

    /// <summary>
    /// Projects lon/lat demand to EPSG:25832. A point with a missing or out-of-Denmark coordinate is reported by field and
    /// kept at the origin, so the domain can still check everything else in the same answer.
    /// </summary>
    public static List<DemandPoint> Demand(IReadOnlyList<DemandBody?>? body, string field, FieldErrors errors)
    {
        if (body is null)
        {
            errors.Add(field, Texts.DemandListRequired.Get());
            return [];
        }
        // Too many: the domain answers 413 on the count alone, so the points are not worth projecting.
        if (body.Count > AllocationProblem.MaxDemand) return body.Select((d, i) => new DemandPoint(d?.Id ?? $"#{i}", default, 0)).ToList();
        var points = new List<DemandPoint>(body.Count);
        for (int i = 0; i < body.Count; i++)
        {
            var d = body[i];
            if (d is null)
            {
                errors.Add($"{field}[{i}]", Texts.DemandObject.Get());
                points.Add(new DemandPoint("", default, 0));
                continue;
            }
            var location = Project(d.Lon, d.Lat, $"{field}[{i}]", errors);
            if (d.Weight is null) errors.Add($"{field}[{i}].weight", Texts.WeightRequired.Get());
            points.Add(new DemandPoint(d.Id ?? "", location, d.Weight ?? 0));
        }
        return points;
    }

    public static List<CandidateSite> Candidates(IReadOnlyList<CandidateBody?>? body, string field, FieldErrors errors)
    {
        if (body is null)
        {
            errors.Add(field, Texts.CandidateListRequired.Get());
            return [];
        }
        if (body.Count > AllocationProblem.MaxCandidates) return body.Select((c, i) => new CandidateSite(c?.Id ?? $"#{i}", default)).ToList();
        var sites = new List<CandidateSite>(body.Count);
        for (int j = 0; j < body.Count; j++)
        {
            var c = body[j];
            if (c is null)
            {
                errors.Add($"{field}[{j}]", Texts.CandidateObject.Get());
                sites.Add(new CandidateSite("", default));
                continue;
            }
            sites.Add(new CandidateSite(c.Id ?? "", Project(c.Lon, c.Lat, $"{field}[{j}]", errors), c.Capacity, c.AreaId));
        }
        return sites;
    }

    /// <summary>The domain names settings as the solve body does; scenarios keep them under <c>parameters</c>.</summary>
    private static string Field(string field, string prefix) =>
        prefix.Length == 0 || field.StartsWith("demand", StringComparison.Ordinal) || field.StartsWith("candidates", StringComparison.Ordinal) || field.StartsWith("fixed", StringComparison.Ordinal)
            ? field : FieldErrors.Prefixed(prefix, field);

    private static AllocationProblem Problem(PlanParameters p, IReadOnlyList<DemandPoint> demand, IReadOnlyList<CandidateSite> candidates,
        IReadOnlyList<string?>? fixedIds, FieldErrors errors, string prefix)
    {
        string objectiveField = FieldErrors.Prefixed(prefix, "objective");
        var objective = errors.Enum<AllocationObjective>(objectiveField, p.Objective);
        if (string.IsNullOrWhiteSpace(p.Objective)) errors.Add(objectiveField, Texts.RequiredOneOf.Format(EnumNames.List<AllocationObjective>()));
        var solver = errors.Enum<SolverChoice>(FieldErrors.Prefixed(prefix, "solver"), p.Solver, SolverChoice.Auto);
        if (p.K is null && objective is not AllocationObjective.Lscp) errors.Add(FieldErrors.Prefixed(prefix, "k"), Texts.KRequired.Get());
        var fixedList = new List<string>();
        for (int f = 0; f < (fixedIds?.Count ?? 0); f++)
        {
            if (string.IsNullOrEmpty(fixedIds![f])) errors.Add($"fixed[{f}]", Texts.CandidateId.Get());
            else fixedList.Add(fixedIds[f]!);
        }
        return new AllocationProblem
        {
            Objective = objective ?? AllocationObjective.Mclp,
            K = p.K ?? 1,
            RadiusMetres = p.RadiusMetres,
            Demand = demand,
            Candidates = candidates,
            Fixed = fixedList,
            MinPerArea = p.MinPerArea ?? new Dictionary<string, int>(),
            CoverageTarget = p.CoverageTarget,
            TimeLimitSeconds = p.TimeLimitSeconds ?? 10,
            Solver = solver ?? SolverChoice.Auto,
        };
    }

    private static PlanarPoint Project(double? lon, double? lat, string field, FieldErrors errors)
    {
        bool ok = true;
        if (lon is not { } x || !double.IsFinite(x)) { errors.Add($"{field}.lon", Texts.LongitudeRequired.Get()); ok = false; }
        if (lat is not { } y || !double.IsFinite(y)) { errors.Add($"{field}.lat", Texts.LatitudeRequired.Get()); ok = false; }
        if (!ok) return default;
        if (!Crs.InDenmark(lon!.Value, lat!.Value))
        {
            var (minLon, minLat, maxLon, maxLat) = Crs.DenmarkLonLat;
            if (lon < minLon || lon > maxLon) errors.Add($"{field}.lon", Texts.LongitudeOutside.Format(minLon, maxLon));
            if (lat < minLat || lat > maxLat) errors.Add($"{field}.lat", Texts.LatitudeOutside.Format(minLat, maxLat));
            return default;
        }
        return Crs.ToUtm32(lon.Value, lat.Value);
    }
}
