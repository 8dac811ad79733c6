using Kortlaegning.Domain.Allocation;
using Kortlaegning.Domain.Boundaries;
using Npgsql;

namespace Kortlaegning.Api.Planning;

/// <summary>A scenario's definition, parsed: from a create body, or from a stored row before a run.</summary>
public sealed record ScenarioSpec(
    string Municipality, string Source, int? NeedPresetId, IReadOnlyList<DemandBody?>? Points,
    IReadOnlyList<CandidateBody?> Candidates, bool CandidateFacilities, IReadOnlyList<string?> Fixed, PlanParameters Parameters);

/// <summary>A candidate ready for the solver, with its map position and label.</summary>
public sealed record PlanCandidate(CandidateSite Site, double Lon, double Lat, string? Name)
{
    public PlanSite ToSite() => new(Site.Id, Lon, Lat, Name);
}

/// <summary>Demand and candidates of one scenario, built from PostGIS and the stored request.</summary>
public sealed record ScenarioInputs(IReadOnlyList<PlanPoint> Demand, IReadOnlyList<PlanCandidate> Candidates);

/// <summary>Resolves a <see cref="ScenarioSpec"/> into points: demand through <see cref="DemandBuilder"/>, facilities from PostGIS.</summary>
public sealed class ScenarioInputBuilder(DemandBuilder demand, NpgsqlDataSource db)
{
    public const string FacilityPrefix = "facility:";

    public async Task<ScenarioInputs> BuildAsync(ScenarioSpec spec, FieldErrors errors, CancellationToken ct)
    {
        var points = await demand.BuildAsync(spec.Municipality, spec.Source, spec.Points, spec.NeedPresetId, "demand", errors, ct);
        var drawn = PlanSolver.Candidates(spec.Candidates, "candidates", errors);
        var candidates = drawn.Select((c, j) => new PlanCandidate(c, spec.Candidates[j]?.Lon ?? 0, spec.Candidates[j]?.Lat ?? 0, spec.Candidates[j]?.Name)).ToList();
        var fixedFacilities = new List<int>();
        for (int f = 0; f < spec.Fixed.Count; f++)
        {
            if (spec.Fixed[f] is { } id && id.StartsWith(FacilityPrefix, StringComparison.Ordinal))
            {
                if (int.TryParse(id.AsSpan(FacilityPrefix.Length), out int n)) fixedFacilities.Add(n);
                else errors.Add($"fixed[{f}]", $"'{id}' is not facility:<number>.");
            }
        }
        if (spec.CandidateFacilities || fixedFacilities.Count > 0)
        {
            if (!await FacilitiesExistAsync(ct)) errors.Add(spec.CandidateFacilities ? "candidateFacilities" : "fixed", "Facilities are not available on this server yet.");
            else candidates.AddRange(await FacilitiesAsync(spec.Municipality, fixedFacilities, spec.CandidateFacilities, candidates.Select(c => c.Site.Id), ct));
        }
        return new ScenarioInputs(points, candidates);
    }

    /// <summary>Municipality code normalised (0561), or an error.</summary>
    public static string? Municipality(string? raw, FieldErrors errors)
    {
        var code = AreaCodes.Normalise(AreaLevel.Municipality, raw);
        if (code is null) errors.Add("municipality", $"'{raw}' is not {AreaCodes.Describe(AreaLevel.Municipality)}.");
        return code;
    }

    private async Task<bool> FacilitiesExistAsync(CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(PlanQueries.FacilitiesExist);
        return (bool)(await cmd.ExecuteScalarAsync(ct))!;
    }

    private async Task<List<PlanCandidate>> FacilitiesAsync(string municipality, List<int> ids, bool all, IEnumerable<string> taken, CancellationToken ct)
    {
        var seen = taken.ToHashSet(StringComparer.Ordinal);
        await using var cmd = db.CreateCommand(PlanQueries.FacilityCandidates);
        cmd.Parameters.AddWithValue("municipality", municipality);
        cmd.Parameters.AddWithValue("ids", ids.ToArray());
        cmd.Parameters.AddWithValue("all", all);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var list = new List<PlanCandidate>();
        while (await r.ReadAsync(ct))
        {
            string id = FacilityPrefix + r.GetInt32(0);
            if (!seen.Add(id)) continue;
            list.Add(new PlanCandidate(new CandidateSite(id, new(r.GetDouble(2), r.GetDouble(3))), r.GetDouble(4), r.GetDouble(5), r.GetString(1)));
        }
        return list;
    }
}
