using Kortlaegning.Domain.Allocation;
using Kortlaegning.Domain.Distance;
using Kortlaegning.Domain.Spatial;

namespace Kortlaegning.Api.Planning;

/// <summary>What a solve came to: a result, or every bad field (and whether the input was simply too large, HTTP 413).</summary>
public sealed record SolveOutcome(AllocationResult? Result, Dictionary<string, string[]> Errors, bool TooLarge)
{
    public static SolveOutcome Invalid(Dictionary<string, string[]> errors, bool tooLarge = false) => new(null, errors, tooLarge);
}

/// <summary>
/// Turns request bodies into an <see cref="AllocationProblem"/> (lon/lat → EPSG:25832 with ProjNet), checks them with the
/// domain's validator, and solves with the registered <see cref="IDistanceProvider"/> (straight line today).
/// </summary>
public sealed class PlanSolver(IDistanceProvider distances)
{
    public IDistanceProvider Distances => distances;

    public SolveOutcome Solve(SolveBody body, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var demand = Demand(body.Demand, "demand", errors);
        var candidates = Candidates(body.Candidates, "candidates", errors);
        return Solve(body.Parameters, demand, candidates, body.Fixed, errors, "", ct);
    }

    /// <summary>
    /// Solves projected demand and candidates with the given settings. <paramref name="errors"/> may already hold problems
    /// found upstream; they are reported together with the domain's. <paramref name="prefix"/> goes before parameter
    /// fields ("parameters." for scenarios). With <paramref name="checkOnly"/> it stops after validation (Result null, no errors).
    /// </summary>
    public SolveOutcome Solve(PlanParameters parameters, IReadOnlyList<DemandPoint> demand, IReadOnlyList<CandidateSite> candidates,
        IReadOnlyList<string?>? fixedIds, FieldErrors errors, string prefix, CancellationToken ct, bool checkOnly = false)
    {
        var problem = Problem(parameters, demand, candidates, fixedIds, errors, prefix);
        try
        {
            LocationAllocation.Validate(problem);
        }
        catch (AllocationValidationException e)
        {
            if (e.TooLarge) return SolveOutcome.Invalid(FieldErrors.From(e.Errors, prefix).ToDictionary(), tooLarge: true);
            foreach (var error in e.Errors) errors.Add(Field(error.Field, prefix), error.Message);
        }
        if (errors.Any) return SolveOutcome.Invalid(errors.ToDictionary());
        if (checkOnly) return new SolveOutcome(null, [], false);
        try
        {
            return new SolveOutcome(LocationAllocation.Solve(problem, distances, ct), [], false);
        }
        catch (AllocationValidationException e)
        {
            return SolveOutcome.Invalid(FieldErrors.From(e.Errors, prefix).ToDictionary(), e.TooLarge);
        }
    }

    /// <summary>The domain names settings as the solve body does; scenarios keep them under "parameters".</summary>
    internal static string Field(string field, string prefix) =>
        prefix.Length == 0 || field.StartsWith("demand", StringComparison.Ordinal) || field.StartsWith("candidates", StringComparison.Ordinal) || field.StartsWith("fixed", StringComparison.Ordinal)
            ? field : prefix + field;

    private static AllocationProblem Problem(PlanParameters p, IReadOnlyList<DemandPoint> demand, IReadOnlyList<CandidateSite> candidates,
        IReadOnlyList<string?>? fixedIds, FieldErrors errors, string prefix)
    {
        var objective = p.Objective switch
        {
            "mclp" => AllocationObjective.Mclp,
            "pmedian" => AllocationObjective.PMedian,
            "lscp" => AllocationObjective.Lscp,
            _ => (AllocationObjective?)null,
        };
        if (objective is null) errors.Add(prefix + "objective", "One of: mclp, pmedian, lscp.");
        var solver = (p.Solver ?? "auto") switch
        {
            "auto" => SolverChoice.Auto,
            "exact" => SolverChoice.Exact,
            "heuristic" => SolverChoice.Heuristic,
            _ => (SolverChoice?)null,
        };
        if (solver is null) errors.Add(prefix + "solver", "One of: auto, exact, heuristic.");
        if (p.K is null && objective is not AllocationObjective.Lscp) errors.Add(prefix + "k", "Required: the number of sites to open.");
        var fixedList = new List<string>();
        for (int f = 0; f < (fixedIds?.Count ?? 0); f++)
        {
            if (string.IsNullOrEmpty(fixedIds![f])) errors.Add($"fixed[{f}]", "A candidate id.");
            else fixedList.Add(fixedIds[f]!);
        }
        return new AllocationProblem
        {
            Objective = objective ?? AllocationObjective.Mclp,
            K = p.K ?? 1,
            RadiusMetres = p.RadiusMeters,
            Demand = demand,
            Candidates = candidates,
            Fixed = fixedList,
            MinPerArea = p.MinPerArea ?? new Dictionary<string, int>(),
            CoverageTarget = p.CoverageTarget,
            TimeLimitSeconds = p.TimeLimitSeconds ?? 10,
            Solver = solver ?? SolverChoice.Auto,
        };
    }

    /// <summary>
    /// Projects lon/lat demand to EPSG:25832. A point with a missing or out-of-Denmark coordinate is reported by field and
    /// kept at the origin, so the domain can still check everything else in the same answer.
    /// </summary>
    public static List<DemandPoint> Demand(IReadOnlyList<DemandBody?>? body, string field, FieldErrors errors)
    {
        if (body is null)
        {
            errors.Add(field, "Required: a list of {id, lon, lat, weight}.");
            return [];
        }
        if (body.Count > AllocationProblem.MaxDemand) return body.Select((d, i) => new DemandPoint(d?.Id ?? $"#{i}", default, 0)).ToList();
        var points = new List<DemandPoint>(body.Count);
        for (int i = 0; i < body.Count; i++)
        {
            var d = body[i];
            if (d is null)
            {
                errors.Add($"{field}[{i}]", "Must be an object {id, lon, lat, weight}.");
                points.Add(new DemandPoint("", default, 0));
                continue;
            }
            var location = Project(d.Lon, d.Lat, $"{field}[{i}]", errors);
            if (d.Weight is null) errors.Add($"{field}[{i}].weight", "Required: a finite number ≥ 0.");
            points.Add(new DemandPoint(d.Id ?? "", location, d.Weight ?? 0));
        }
        return points;
    }

    public static List<CandidateSite> Candidates(IReadOnlyList<CandidateBody?>? body, string field, FieldErrors errors)
    {
        if (body is null)
        {
            errors.Add(field, "Required: a list of {id, lon, lat, capacity?}.");
            return [];
        }
        if (body.Count > AllocationProblem.MaxCandidates) return body.Select((c, i) => new CandidateSite(c?.Id ?? $"#{i}", default)).ToList();
        var sites = new List<CandidateSite>(body.Count);
        for (int j = 0; j < body.Count; j++)
        {
            var c = body[j];
            if (c is null)
            {
                errors.Add($"{field}[{j}]", "Must be an object {id, lon, lat, capacity?}.");
                sites.Add(new CandidateSite("", default));
                continue;
            }
            sites.Add(new CandidateSite(c.Id ?? "", Project(c.Lon, c.Lat, $"{field}[{j}]", errors), c.Capacity, c.AreaId));
        }
        return sites;
    }

    private static PlanarPoint Project(double? lon, double? lat, string field, FieldErrors errors)
    {
        bool ok = true;
        if (lon is not { } x || !double.IsFinite(x)) { errors.Add($"{field}.lon", "Required: a finite longitude in degrees (EPSG:4326)."); ok = false; }
        if (lat is not { } y || !double.IsFinite(y)) { errors.Add($"{field}.lat", "Required: a finite latitude in degrees (EPSG:4326)."); ok = false; }
        if (!ok) return default;
        if (!Crs.InDenmark(lon!.Value, lat!.Value))
        {
            var (minLon, minLat, maxLon, maxLat) = Crs.DenmarkLonLat;
            if (lon < minLon || lon > maxLon) errors.Add($"{field}.lon", $"Outside Denmark: longitude must be in [{minLon}, {maxLon}].");
            if (lat < minLat || lat > maxLat) errors.Add($"{field}.lat", $"Outside Denmark: latitude must be in [{minLat}, {maxLat}].");
            return default;
        }
        return Crs.ToUtm32(lon.Value, lat.Value);
    }
}

/// <summary>Field → messages, in the shape <c>TypedResults.ValidationProblem</c> takes.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list)) _errors[field] = list = [];
        list.Add(message);
    }

    public static FieldErrors From(IEnumerable<AllocationFieldError> errors, string prefix)
    {
        var result = new FieldErrors();
        foreach (var e in errors) result.Add(PlanSolver.Field(e.Field, prefix), e.Message);
        return result;
    }

    public Dictionary<string, string[]> ToDictionary() => _errors.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
}
