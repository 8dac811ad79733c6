using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Api.Infrastructure.Localisation;
using Kortlaegning.Api.Infrastructure.Security;
using Kortlaegning.Api.Infrastructure.Validation;
using Kortlaegning.Api.Network;
using Kortlaegning.Domain.Allocation;
using Kortlaegning.Domain.Distance;
using Kortlaegning.Domain.Network;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Kortlaegning.Api.Planning;

/// <summary>
/// One-off solves and demand points; stored scenarios are in <see cref="ScenarioEndpoints"/>. A solve goes one way:
/// body → <see cref="PlanInputs"/> (the domain problem, or every bad field) → <see cref="SolveGate"/> (429 when the
/// server is busy) → <see cref="LocationAllocation.Solve(AllocationProblem, IDistanceProvider, CancellationToken, TimeProvider?)"/>.
/// </summary>
public static class PlanningEndpoints
{
    /// <summary>
    /// Largest request body for solves and scenarios: 200,000 demand and 20,000 candidate points at ~170 bytes each with
    /// generous ids. Bigger bodies are answered 413 before they are read.
    /// </summary>
    public const long MaxBodyBytes = 40L * 1024 * 1024;

    public static void MapPlanning(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/plans").WithTags("Planning");
        group.MapPost("/solve", Solve).WithName("SolvePlan").RequireRateLimiting(RateLimitPolicies.Solves)
            .WithSummary("Location-allocation (MCLP, p-median, LSCP) on posted demand and candidates in lon/lat; straight-line metres in EPSG:25832.")
            .WithDescription("Models, solvers, time limit and gap: docs/allocation.md. 429 with Retry-After when Planning:MaxConcurrentSolves solves are running.")
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes))
            .RequireAuthorization(Policies.Analyst);
        group.MapGet("/demand", Demand).WithName("PlanDemand")
            .WithSummary("A municipality's demand points (grid cells, parishes or housing departments) with weights, optionally need-weighted.");
        ScenarioEndpoints.Map(group);
    }

    internal static async Task<Results<Ok<AllocationResult>, ProblemHttpResult>> Solve(SolveBody body, SolveGate gate, DistanceProviders providers, HttpContext http, CancellationToken ct)
    {
        var response = http.Response;
        if (gate.TimeLimitProblem(body.TimeLimitSeconds, "timeLimitSeconds") is { } capped) return capped;
        var plan = PlanInputs.FromBody(body);
        if (!plan.IsValid) return Rejected(plan, "The planning request has errors");
        var (distances, missing) = await DistanceAsync(providers, plan.Distance, ct);
        if (missing is not null) return missing;
        using var slot = gate.TryEnter(SolveGate.UserKey(http));
        if (slot is null) return gate.Busy(response);
        return TypedResults.Ok(LocationAllocation.Solve(plan.Problem!, distances!, ct));
    }

    /// <summary>The provider a plan asks for, or 409 naming the import command when that street network is not loaded.</summary>
    internal static async Task<(IDistanceProvider? Distances, ProblemHttpResult? Problem)> DistanceAsync(DistanceProviders providers, DistanceMode mode, CancellationToken ct)
    {
        try
        {
            return (await providers.GetAsync(mode, ct), null);
        }
        catch (NetworkMissingException e)
        {
            return (null, DistanceProviders.Missing(e));
        }
    }

    public sealed record DemandQuery(string? Municipality, string? Source, int? NeedPresetId);

    public sealed record DemandResponse(string Municipality, string MunicipalityName, string Source, int? NeedPresetId, double TotalWeight, IReadOnlyList<DemandPointDto> Points);

    public sealed record DemandPointDto(string Id, double Lon, double Lat, double Weight);

    internal static async Task<Results<Ok<DemandResponse>, ProblemHttpResult>> Demand([AsParameters] DemandQuery q, PlanningSource source, DemandBuilder demand, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var municipality = PlanInputs.Municipality(q.Municipality, errors);
        var kind = errors.Enum<DemandKind>("source", q.Source, DemandKind.Grid);
        if (kind == DemandKind.Points) errors.Add("source", Texts.DemandSourceNoPoints.Get());
        if (errors.Any) return errors.ToProblem("The demand request has errors");
        if (await source.MunicipalityNameAsync(municipality!, ct) is not { } name) return Problems.NotFound(Texts.NoMunicipality.Format(municipality));
        var points = await demand.BuildAsync(municipality!, kind!.Value, null, q.NeedPresetId, "", errors, ct);
        if (errors.Any) return errors.ToProblem("The demand request has errors");
        var dto = points.Select(p => new DemandPointDto(p.Id, Math.Round(p.Lon, 6), Math.Round(p.Lat, 6), Math.Round(p.Weight, 3))).ToList();
        return TypedResults.Ok(new DemandResponse(municipality!, name, EnumNames.Name(kind.Value), q.NeedPresetId, points.Sum(p => p.Weight), dto));
    }

    /// <summary>An invalid problem: 413 when it is over the size limits, otherwise 400 with every bad field.</summary>
    internal static ProblemHttpResult Rejected(PlanProblem plan, string title) =>
        plan.TooLarge ? TooLarge(plan.Errors) : plan.Errors.ToProblem(title);

    internal static ProblemHttpResult TooLarge(FieldErrors errors)
    {
        var byField = errors.ToDictionary();
        return Problems.Status(StatusCodes.Status413PayloadTooLarge, "Too large",
            string.Join(" ", byField.SelectMany(kv => kv.Value)), new Dictionary<string, object?> { ["errors"] = byField });
    }
}
