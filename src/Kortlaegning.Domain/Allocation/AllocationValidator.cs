namespace Kortlaegning.Domain.Allocation;

/// <summary>Checks a request before any distance is computed; throws one exception listing every bad field.</summary>
internal static class AllocationValidator
{
    public const double MaxTimeLimitSeconds = 600;

    public static void Validate(AllocationProblem p)
    {
        var tooLarge = new List<AllocationFieldError>();
        if (p.Demand.Count > AllocationProblem.MaxDemand)
            tooLarge.Add(new("demand", $"Too large: {p.Demand.Count} demand points, at most {AllocationProblem.MaxDemand}."));
        if (p.Candidates.Count > AllocationProblem.MaxCandidates)
            tooLarge.Add(new("candidates", $"Too large: {p.Candidates.Count} candidates, at most {AllocationProblem.MaxCandidates}."));
        if (tooLarge.Count > 0) throw new AllocationValidationException(tooLarge, tooLarge: true);

        var errors = new List<AllocationFieldError>();
        CheckDemand(p, errors);
        CheckCandidates(p, errors);
        CheckSettings(p, errors);
        if (errors.Count > 0) throw new AllocationValidationException(errors);
    }

    private static void CheckDemand(AllocationProblem p, List<AllocationFieldError> errors)
    {
        if (p.Demand.Count == 0) errors.Add(new("demand", "At least one demand point is needed."));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < p.Demand.Count; i++)
        {
            var d = p.Demand[i];
            if (string.IsNullOrEmpty(d.Id)) errors.Add(new($"demand[{i}].id", "Id is required."));
            else if (!seen.Add(d.Id)) errors.Add(new($"demand[{i}].id", $"Duplicate id '{d.Id}'."));
            if (!double.IsFinite(d.Weight) || d.Weight < 0) errors.Add(new($"demand[{i}].weight", "Weight must be a finite number ≥ 0."));
            if (!double.IsFinite(d.Location.X) || !double.IsFinite(d.Location.Y)) errors.Add(new($"demand[{i}].location", "Coordinates must be finite."));
        }
    }

    private static void CheckCandidates(AllocationProblem p, List<AllocationFieldError> errors)
    {
        if (p.Candidates.Count == 0) errors.Add(new("candidates", "At least one candidate is needed."));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int j = 0; j < p.Candidates.Count; j++)
        {
            var c = p.Candidates[j];
            if (string.IsNullOrEmpty(c.Id)) errors.Add(new($"candidates[{j}].id", "Id is required."));
            else if (!seen.Add(c.Id)) errors.Add(new($"candidates[{j}].id", $"Duplicate id '{c.Id}'."));
            if (!double.IsFinite(c.Location.X) || !double.IsFinite(c.Location.Y)) errors.Add(new($"candidates[{j}].location", "Coordinates must be finite."));
            if (c.Capacity is { } cap)
            {
                if (!double.IsFinite(cap) || cap < 0) errors.Add(new($"candidates[{j}].capacity", "Capacity must be a finite number ≥ 0."));
                else if (p.Objective != AllocationObjective.Mclp) errors.Add(new($"candidates[{j}].capacity", "Capacities are supported for objective 'mclp' only."));
            }
        }
        for (int f = 0; f < p.Fixed.Count; f++)
        {
            if (!seen.Contains(p.Fixed[f])) errors.Add(new($"fixed[{f}]", $"Unknown candidate id '{p.Fixed[f]}'."));
        }
    }

    private static void CheckSettings(AllocationProblem p, List<AllocationFieldError> errors)
    {
        bool usesK = p.Objective != AllocationObjective.Lscp;
        int fixedCount = p.Fixed.Distinct(StringComparer.Ordinal).Count();
        if (usesK && (p.K < 1 || p.K > p.Candidates.Count))
            errors.Add(new("k", $"k must be between 1 and the number of candidates ({p.Candidates.Count})."));
        if (usesK && fixedCount > p.K)
            errors.Add(new("fixed", $"{fixedCount} fixed sites do not fit in k = {p.K}."));

        bool needsRadius = p.Objective != AllocationObjective.PMedian;
        if (p.RadiusMetres is not { } r ? needsRadius : !(double.IsFinite(r) && r > 0))
            errors.Add(new("radiusMetres", "Radius must be a finite number of metres > 0."));

        if (p.CoverageTarget is { } t && !(t > 0 && t <= 1))
            errors.Add(new("coverageTarget", "Coverage target must be a share in (0, 1]."));
        if (p.CoverageTarget is not null && p.Objective != AllocationObjective.Lscp)
            errors.Add(new("coverageTarget", "Coverage target applies to objective 'lscp' only."));
        if (!(p.TimeLimitSeconds > 0 && p.TimeLimitSeconds <= MaxTimeLimitSeconds))
            errors.Add(new("timeLimitSeconds", $"Time limit must be in (0, {MaxTimeLimitSeconds}] seconds."));
        if (p.PMedianNeighbours < 0) errors.Add(new("pMedianNeighbours", "Must be ≥ 0."));
        if (!(p.RelativeGapLimit >= 0 && p.RelativeGapLimit < 1)) errors.Add(new("relativeGapLimit", "Must be in [0, 1)."));
        CheckAreas(p, usesK, errors);
    }

    private static void CheckAreas(AllocationProblem p, bool usesK, List<AllocationFieldError> errors)
    {
        var perArea = p.Candidates.Where(c => c.AreaId is not null)
            .GroupBy(c => c.AreaId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        long sum = 0;
        foreach (var (area, min) in p.MinPerArea)
        {
            if (min < 0) errors.Add(new($"minPerArea.{area}", "Minimum must be ≥ 0."));
            else if (perArea.GetValueOrDefault(area) < min)
                errors.Add(new($"minPerArea.{area}", $"Area has {perArea.GetValueOrDefault(area)} candidates, fewer than the minimum {min}."));
            sum += Math.Max(min, 0);
        }
        if (usesK && sum > p.K) errors.Add(new("minPerArea", $"The minimums add up to {sum}, more than k = {p.K}."));
    }
}
